package cn.taxprocurement.lib.catalogimport;

import java.util.List;

/**
 * What reading a workbook found, without keeping its rows: the sheet row of its header, the catalog columns the
 * header names in sheet order, and how many non-blank data rows follow (at most the row limit).
 */
public record WorkbookShape(int headerRow, List<CatalogColumn> columns, int dataRows) {}
