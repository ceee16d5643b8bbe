package cn.taxprocurement.lib.catalogimport;

/**
 * The workbook's structure is refused because reading it could exhaust memory: a cell beyond column XFD or row
 * 1,048,576, more cells in a row than Excel has columns, shared strings or styles beyond their limits, too many
 * parts, too deep or too long XML (the service answers 422). The message names the limit.
 */
public final class CatalogFileRefused extends CatalogFileException {

    CatalogFileRefused(String message) {
        super(message, null);
    }

    CatalogFileRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
