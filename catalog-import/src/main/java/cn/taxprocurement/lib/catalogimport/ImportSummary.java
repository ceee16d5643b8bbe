package cn.taxprocurement.lib.catalogimport;

import java.util.List;

/** The counts of one validated file and its first errors (at most {@link #MAX_ERRORS}), in row order. */
public record ImportSummary(int totalRows, int acceptedRows, int rejectedRows, List<RowError> firstErrors) {

    /** How many errors a summary keeps; the error workbook has them all. */
    public static final int MAX_ERRORS = 100;

    public ImportSummary {
        firstErrors = List.copyOf(firstErrors);
    }

    /** Whether every data row was accepted. */
    public boolean allAccepted() {
        return rejectedRows == 0;
    }
}
