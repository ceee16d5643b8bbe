package cn.taxprocurement.catalogimport;

import static cn.taxprocurement.catalogimport.CatalogImportService.ENTITY;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.ListingBatch;
import cn.taxprocurement.catalog.RoundView;
import cn.taxprocurement.lib.catalogimport.CatalogProduct;
import cn.taxprocurement.lib.catalogimport.ImportSummary;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workers' side of the import queue: an import is claimed with a row lock, kept alive by heartbeats, listed chunk
 * by chunk and ended, each step in its own short transaction; a worker that lost its claim learns it at its next step.
 */
@ApplicationScoped
class ImportQueue {
    @Inject
    CatalogImportRepository imports;

    @Inject
    VendorRepository vendors;

    @Inject
    CatalogRoundService rounds;

    @Inject
    ListingBatch listings;

    @Inject
    AuditLog audit;

    @Inject
    ImportConfig config;

    @Inject
    ObjectMapper json;

    /** What a worker holds while it processes an import: enough to list its rows without reading the import again. */
    record Claim(
            long id,
            int attempt,
            String worker,
            long vendorId,
            long roundId,
            Actor actor,
            Set<String> categoryCodes,
            Set<String> liveKeys,
            int committedProducts) {}

    /** The claim was taken over by another worker (this one was thought dead): stop without writing. */
    static final class ClaimLost extends RuntimeException {
        ClaimLost(long id) {
            super("catalog import " + id + " was claimed by another worker");
        }
    }

    /**
     * Claims the oldest import waiting for a worker, or one whose worker stopped reporting progress, and gathers what
     * processing it needs. An import that has been started too often fails instead.
     */
    @Transactional
    Optional<Claim> claimNext(String worker) {
        Instant now = Instant.now();
        Optional<Long> id = imports.lockNextClaimable(now.minus(config.claimTimeout()));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        CatalogImport job = imports.findById(id.get());
        if (job.outOfAttempts(config.maxAttempts())) {
            end(job, "导入多次中断未能完成，请重新上传文件", now);
            return claimNext(worker);
        }
        job.claim(worker, now);
        Vendor vendor = vendors.findById(job.vendorId);
        RoundView round = rounds.get(job.roundId);
        Actor actor = new Actor(vendor.subject(), job.submittedBy, Roles.VENDOR, job.sourceIp);
        return Optional.of(new Claim(
                job.id,
                job.attempts,
                worker,
                job.vendorId,
                job.roundId,
                actor,
                Set.copyOf(round.categoryCodes()),
                listings.liveKeys(job.vendorId, job.roundId, job.id),
                job.committedProducts));
    }

    /** Copies the uploaded workbook to a file for the reader. */
    @Transactional
    void copyUpload(Claim claim, OutputStream out) {
        if (!imports.copyFile(claim.id(), CatalogImportRepository.UPLOAD, out)) {
            throw new IllegalStateException("catalog import " + claim.id() + " has no stored upload");
        }
    }

    /** The worker is alive and still holds the import: its claim is renewed, or it learns that it lost it. */
    @Transactional
    void heartbeat(Claim claim) {
        claimed(claim).heartbeat(Instant.now());
    }

    /** Lists one chunk of accepted rows, audited, and records how far the import has come: all or nothing. */
    @Transactional
    void listChunk(Claim claim, List<CatalogProduct> products, int processedRows, int rejectedRows) {
        list(claimed(claim), claim.actor(), products, processedRows, rejectedRows);
    }

    /**
     * Lists the rows for the import and records its progress; one audit event vouches for the listings made (see
     * {@link ImportChunk}). The event is written last, so that the chain head, locked until the commit, is held for it
     * alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void list(CatalogImport job, Actor actor, List<CatalogProduct> products, int processedRows, int rejectedRows) {
        List<ListingBatch.Draft> drafts = products.stream()
                .map(p -> new ListingBatch.Draft(p.categoryCode(), p.brand(), p.model(), p.specs(), p.unitPrice()))
                .toList();
        ListingBatch.Listed listed = listings.list(job.vendorId, job.roundId, job.id, drafts);
        job.progressed(processedRows, rejectedRows, products.size(), listed.count(), Instant.now());
        if (listed.count() == 0) {
            return;
        }
        ImportChunk chunk = ImportChunk.of(job.chunkListed(), listed);
        imports.flush();
        audit.record(actor, AuditAction.CATALOG_IMPORT_CHUNK, ENTITY, job.id, chunk.summary());
    }

    /** The whole file is read and its accepted rows listed: its counts, first errors and rejected rows' workbook. */
    @Transactional
    void succeed(Claim claim, ImportSummary summary, Path errorWorkbook) {
        CatalogImport job = claimed(claim);
        List<ImportView.ErrorView> errors = summary.firstErrors().stream()
                .map(e -> new ImportView.ErrorView(e.row(), e.column(), e.message()))
                .toList();
        try {
            job.succeed(summary.totalRows(), summary.rejectedRows(), json.writeValueAsString(errors), Instant.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (errorWorkbook != null) {
            imports.storeFile(job.id, CatalogImportRepository.ERRORS, errorWorkbook);
        }
        imports.deleteFile(job.id, CatalogImportRepository.UPLOAD);
        audit.record(
                Actor.SYSTEM,
                AuditAction.CATALOG_IMPORT_SUCCEEDED,
                ENTITY,
                job.id,
                "产品目录导入完成：共 %d 行，导入 %d 行，未通过 %d 行".formatted(job.totalRows, job.acceptedRows, job.rejectedRows));
    }

    /** The import fails as a whole: the listings it made so far are removed in the same transaction. */
    @Transactional
    void fail(Claim claim, String message) {
        end(claimed(claim), message, Instant.now());
    }

    /** Puts the import back in the queue after an unexpected error, or fails it when it has been tried enough. */
    @Transactional
    void release(Claim claim) {
        CatalogImport job = claimed(claim);
        if (job.outOfAttempts(config.maxAttempts())) {
            end(job, "导入多次出错未能完成，请稍后重新上传文件", Instant.now());
        } else {
            job.release();
        }
    }

    /** Puts the import back in the queue because its worker is stopping: the interrupted attempt does not count. */
    @Transactional
    void handBack(Claim claim) {
        claimed(claim).handBack();
    }

    private void end(CatalogImport job, String message, Instant now) {
        int removed = listings.removeImported(job.id);
        job.fail(message, now);
        imports.deleteFile(job.id, CatalogImportRepository.UPLOAD);
        audit.record(Actor.SYSTEM, AuditAction.CATALOG_IMPORT_FAILED, ENTITY, job.id, job.failureSummary(removed));
    }

    private CatalogImport claimed(Claim claim) {
        CatalogImport job = imports.findById(claim.id());
        if (job == null || !job.claimedBy(claim.worker(), claim.attempt())) {
            throw new ClaimLost(claim.id());
        }
        return job;
    }
}
