package cn.taxprocurement.lib.catalogimport;

/** A problem with one row: its 1-based sheet row, the header text of the column at fault and a message in Chinese. */
public record RowError(int row, String column, String message) {}
