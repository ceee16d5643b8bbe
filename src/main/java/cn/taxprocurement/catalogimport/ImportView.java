package cn.taxprocurement.catalogimport;

import java.time.Instant;
import java.util.List;

/** An import as the API shows it: its progress, its counts and its first errors. */
public record ImportView(
        long id,
        long roundId,
        String fileName,
        ImportStatus status,
        int totalRows,
        int processedRows,
        int acceptedRows,
        int rejectedRows,
        List<ErrorView> errors,
        String failureMessage,
        Instant createdAt,
        Instant finishedAt) {

    /** One problem of one row: its 1-based sheet row, the column's header text and a message. */
    public record ErrorView(int row, String column, String message) {}
}
