package cn.taxprocurement.lib.catalogimport;

import java.util.List;

/**
 * One non-blank data row of the uploaded sheet, its cells as the vendor typed them (numbers as their exact decimal
 * text), with the problems already found while reading its cells (a date or an uncomputed formula in a cell).
 */
public record CatalogRow(
        int rowNumber,
        String categoryCode,
        String brand,
        String model,
        String specs,
        String unitPrice,
        List<RowError> cellErrors) {

    public CatalogRow {
        cellErrors = List.copyOf(cellErrors);
    }

    /** The text of one column, {@code null} when the cell was absent. */
    public String text(CatalogColumn column) {
        return switch (column) {
            case CATEGORY_CODE -> categoryCode;
            case BRAND -> brand;
            case MODEL -> model;
            case SPECS -> specs;
            case UNIT_PRICE -> unitPrice;
        };
    }
}
