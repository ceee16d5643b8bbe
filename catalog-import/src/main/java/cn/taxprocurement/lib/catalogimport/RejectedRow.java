package cn.taxprocurement.lib.catalogimport;

import java.util.List;

/** A row that failed one or more checks, kept as uploaded so that the error workbook can reproduce it. */
public record RejectedRow(CatalogRow row, List<RowError> errors) {

    public RejectedRow {
        errors = List.copyOf(errors);
    }
}
