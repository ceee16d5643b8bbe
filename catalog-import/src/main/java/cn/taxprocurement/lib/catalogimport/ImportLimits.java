package cn.taxprocurement.lib.catalogimport;

/** How large an upload may be: its size in bytes and its number of data rows. */
public record ImportLimits(long maxFileBytes, int maxRows) {

    /** 20 MB and 100,000 data rows. */
    public static final ImportLimits DEFAULTS = new ImportLimits(20L * 1024 * 1024, 100_000);

    public ImportLimits {
        if (maxFileBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
