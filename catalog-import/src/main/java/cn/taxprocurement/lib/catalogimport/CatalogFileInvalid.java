package cn.taxprocurement.lib.catalogimport;

/** The workbook cannot be imported as a whole: missing columns, too many rows, no data, damaged or unsafe content. */
public final class CatalogFileInvalid extends CatalogFileException {

    CatalogFileInvalid(String message) {
        super(message, null);
    }

    CatalogFileInvalid(String message, Throwable cause) {
        super(message, cause);
    }
}
