package cn.taxprocurement.lib.catalogimport;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a vendor's .xlsx catalog as a stream of rows and validates each one: the entry point the service and the
 * command line call. Safe to share between threads; each call reads one file.
 */
public final class CatalogImporter {

    private final ImportLimits limits;

    /** An importer with the given size and row limits. */
    public CatalogImporter(ImportLimits limits) {
        this.limits = limits;
    }

    /** An importer with the default limits: 20 MB and 100,000 data rows. */
    public CatalogImporter() {
        this(ImportLimits.DEFAULTS);
    }

    /**
     * Hands out the non-blank data rows of the first sheet, in sheet order, as uploaded.
     *
     * @return the number of rows handed out
     * @throws CatalogFileTooLarge when the file exceeds the size limit, before it is opened
     * @throws CatalogFileNotXlsx when the file is not an .xlsx workbook, before it is parsed
     * @throws CatalogFileInvalid when the workbook as a whole cannot be imported; rows already handed out then belong
     *     to a failed import
     * @throws CatalogFileRefused when the workbook's structure goes beyond a limit that bounds reading's memory
     */
    public int read(File xlsx, Consumer<CatalogRow> rows) {
        return SheetReader.read(xlsx, limits, rows);
    }

    /**
     * Reads the first sheet under the same rules and limits as {@link #read}, keeping none of its rows: what an upload
     * is checked with before it is queued.
     *
     * @return where the header is, the catalog columns it names and how many data rows follow
     * @throws CatalogFileException as {@link #read}; {@link CatalogFileRefused} when the workbook's structure could
     *     exhaust memory
     */
    public WorkbookShape inspect(File xlsx) {
        return SheetReader.inspect(xlsx, limits);
    }

    /**
     * Reads and validates every row, handing each to {@code accepted} or {@code rejected} as soon as it is read.
     *
     * @throws CatalogFileException as {@link #read}
     */
    public ImportSummary validate(
            File xlsx, RoundCheck round, Consumer<CatalogProduct> accepted, Consumer<RejectedRow> rejected) {
        RowValidator validator = new RowValidator(round);
        List<RowError> firstErrors = new ArrayList<>();
        int[] acceptedCount = {0};
        List<RowError> errors = new ArrayList<>();
        int total = read(xlsx, row -> {
            errors.clear();
            CatalogProduct product = validator.validate(row, errors);
            if (product != null) {
                acceptedCount[0]++;
                accepted.accept(product);
                return;
            }
            for (RowError error : errors) {
                if (firstErrors.size() < ImportSummary.MAX_ERRORS) {
                    firstErrors.add(error);
                }
            }
            rejected.accept(new RejectedRow(row, errors));
        });
        return new ImportSummary(total, acceptedCount[0], total - acceptedCount[0], firstErrors);
    }
}
