package cn.taxprocurement.catalogimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One uploaded catalog (批量导入) of a vendor for a round: queued on upload, claimed by one worker at a time,
 * read once, its rows checked and listed in chunks, and finally SUCCEEDED or FAILED. The file itself is stored apart.
 */
@Entity
@Table(name = "catalog_import")
public class CatalogImport {
    private static final int MESSAGE_LIMIT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    Long vendorId;

    @Column(name = "round_id", nullable = false, updatable = false)
    Long roundId;

    @Column(name = "file_name", nullable = false, updatable = false)
    String fileName;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    String fileSha256;

    @Column(name = "file_size", nullable = false, updatable = false)
    long fileSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    int totalRows;

    @Column(name = "processed_rows", nullable = false)
    int processedRows;

    @Column(name = "accepted_rows", nullable = false)
    int acceptedRows;

    @Column(name = "rejected_rows", nullable = false)
    int rejectedRows;

    @Column(name = "committed_products", nullable = false)
    int committedProducts;

    /** Chunks listed and audited so far: the number of the next chunk's audit event. */
    @Column(name = "listed_chunks", nullable = false)
    int listedChunks;

    @Column(name = "failure_message")
    String failureMessage;

    @Column(name = "errors_json", columnDefinition = "MEDIUMTEXT")
    String errorsJson;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    String submittedBy;

    @Column(name = "source_ip", updatable = false)
    String sourceIp;

    @Column(name = "claimed_by")
    String claimedBy;

    @Column(name = "claimed_at")
    Instant claimedAt;

    @Column(nullable = false)
    int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    @Version
    long version;

    protected CatalogImport() {}

    static CatalogImport queue(
            long vendorId,
            long roundId,
            String fileName,
            String sha256,
            long fileSize,
            int dataRows,
            String submittedBy,
            String sourceIp) {
        CatalogImport job = new CatalogImport();
        job.vendorId = vendorId;
        job.roundId = roundId;
        job.fileName = fileName;
        job.fileSha256 = sha256;
        job.fileSize = fileSize;
        job.totalRows = dataRows;
        job.status = ImportStatus.QUEUED;
        job.submittedBy = submittedBy;
        job.sourceIp = sourceIp;
        job.createdAt = Instant.now();
        return job;
    }

    /** A worker takes the import; a new attempt reads the file from its start and resumes its listing. */
    void claim(String worker, Instant now) {
        status = ImportStatus.RUNNING;
        claimedBy = worker;
        claimedAt = now;
        attempts++;
    }

    /** Whether the claim of {@code worker}'s attempt still stands: nobody took the import over since. */
    boolean claimedBy(String worker, int attempt) {
        return status == ImportStatus.RUNNING && worker.equals(claimedBy) && attempts == attempt;
    }

    /** Its worker is still at it: the claim holds for another claim timeout. */
    void heartbeat(Instant now) {
        claimedAt = now;
    }

    /**
     * A chunk of listings is committed: {@code processed} rows of the file read, {@code rejected} of them rejected,
     * {@code products} accepted rows passed and {@code made} listings made.
     */
    void progressed(int processed, int rejected, int products, int made, Instant now) {
        processedRows = processed;
        rejectedRows = rejected;
        committedProducts += products;
        acceptedRows += made;
        claimedAt = now;
    }

    /** A chunk that made listings is audited; its number in the import. */
    int chunkListed() {
        return ++listedChunks;
    }

    /** The whole file was read and listed: these are its counts and first errors. */
    void succeed(int total, int rejected, String errors, Instant now) {
        status = ImportStatus.SUCCEEDED;
        totalRows = total;
        processedRows = total;
        rejectedRows = rejected;
        errorsJson = errors;
        finishedAt = now;
        claimedBy = null;
    }

    /** The import ends without listings: whatever it listed was removed in the same transaction. */
    void fail(String message, Instant now) {
        status = ImportStatus.FAILED;
        failureMessage = message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) : message;
        acceptedRows = 0;
        committedProducts = 0;
        finishedAt = now;
        claimedBy = null;
    }

    /** What its failure's audit event says; {@code removed}: the listings it had made, removed with it. */
    String failureSummary(int removed) {
        return "产品目录导入失败：" + failureMessage + (removed > 0 ? "（已撤销本次导入的 " + removed + " 条产品）" : "");
    }

    /** Back to the queue after an unexpected error, keeping what was committed. */
    void release() {
        status = ImportStatus.QUEUED;
        claimedBy = null;
    }

    /** Back to the queue because its worker stopped on purpose: that attempt is not counted. */
    void handBack() {
        status = ImportStatus.QUEUED;
        claimedBy = null;
        attempts--;
    }

    boolean outOfAttempts(int maxAttempts) {
        return attempts >= maxAttempts;
    }

    boolean belongsTo(long vendor) {
        return vendorId == vendor;
    }
}
