package cn.taxprocurement.lib.catalogimport;

/** The file is not an .xlsx workbook, whatever its name says (the service answers 415). */
public final class CatalogFileNotXlsx extends CatalogFileException {

    CatalogFileNotXlsx(String message, Throwable cause) {
        super(message, cause);
    }
}
