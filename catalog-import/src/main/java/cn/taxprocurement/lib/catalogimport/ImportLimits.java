package cn.taxprocurement.lib.catalogimport;

/**
 * How large an upload may be: its size in bytes and its number of data rows. The constants bound what reading any
 * workbook may hold in memory, whatever it contains; a workbook beyond them is refused with {@link CatalogFileRefused}.
 */
public record ImportLimits(long maxFileBytes, int maxRows) {

    /** 20 MB and 100,000 data rows. */
    public static final ImportLimits DEFAULTS = new ImportLimits(20L * 1024 * 1024, 100_000);

    /** Excel's last column, XFD. */
    public static final int MAX_COLUMNS = 16_384;

    /** Excel's last row. */
    public static final int MAX_ROW_NUMBER = 1_048_576;

    /**
     * Columns a catalog may use, A to IV: the template's five, the vendor's notes and Excel's habit of writing a few
     * formatted empty cells fit many times over.
     */
    public static final int MAX_CATALOG_COLUMNS = 256;

    /** A row cannot hold more cells than a catalog has columns; more means cells written over and over. */
    public static final int MAX_CELLS_PER_ROW = MAX_CATALOG_COLUMNS;

    /** Parts in the package: a catalog has about ten (workbook, sheets, styles, strings, relationships). */
    public static final int MAX_PARTS = 1_000;

    /** Inflated size of a part POI reads whole into memory: content types, relationships, workbook, properties. */
    public static final long MAX_PACKAGE_PART_BYTES = 1024L * 1024;

    /**
     * Inflated size of the shared-strings part, which is held in memory: room for 100,000 rows each with a unique model
     * and 80 Chinese characters of unique specifications, while the strings held stay under about 55 MB of heap.
     */
    public static final long MAX_SHARED_STRINGS_BYTES = 32L * 1024 * 1024;

    /** Inflated size of the styles part; Excel's own with thousands of formats stays well under 1 MB. */
    public static final long MAX_STYLES_BYTES = 4L * 1024 * 1024;

    /** Excel's own limit on distinct cell formats in a workbook. */
    public static final int MAX_CELL_FORMATS = 65_490;

    /** Number formats of a workbook; Excel itself allows at most about 250 custom ones. */
    public static final int MAX_NUMBER_FORMATS = 1_000;

    /** Nesting of XML elements; a worksheet's deepest element sits about eight levels down. */
    public static final int MAX_XML_DEPTH = 256;

    /** One XML tag (its name and attributes) may not be longer; a cell's tag is some 30 bytes. */
    public static final int MAX_TAG_BYTES = 1024 * 1024;

    public ImportLimits {
        if (maxFileBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A catalog needs at most one string per cell of its five columns, plus the header and other sheets' texts. */
    int maxSharedStrings() {
        return (int) Math.min(Integer.MAX_VALUE - 8L, maxRows * 6L + 10_000);
    }
}
