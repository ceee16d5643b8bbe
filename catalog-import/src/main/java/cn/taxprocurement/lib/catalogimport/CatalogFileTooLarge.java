package cn.taxprocurement.lib.catalogimport;

/** The file is larger than the size limit (the service answers 413). */
public final class CatalogFileTooLarge extends CatalogFileException {

    CatalogFileTooLarge(long size, long limit) {
        super("文件大小为 %s，超过了 %s 的上限".formatted(megabytes(size), megabytes(limit)), null);
    }

    private static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / (1024.0 * 1024.0));
    }
}
