package cn.taxprocurement.lib.catalogimport;

/** A whole file refused before or while reading it; its message, in Chinese, is meant for the vendor. */
public abstract sealed class CatalogFileException extends RuntimeException
        permits CatalogFileTooLarge, CatalogFileNotXlsx, CatalogFileInvalid, CatalogFileRefused {

    CatalogFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
