package cn.taxprocurement.catalogimport;

import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.audit.RefusedAccess;
import cn.taxprocurement.catalog.CatalogRound;
import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.ListingBatch;
import cn.taxprocurement.catalog.RoundStatus;
import cn.taxprocurement.category.Category;
import cn.taxprocurement.category.CategoryRepository;
import cn.taxprocurement.common.Download;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.CatalogProduct;
import cn.taxprocurement.lib.catalogimport.CatalogTemplate;
import cn.taxprocurement.lib.catalogimport.ErrorWorkbookWriter;
import cn.taxprocurement.lib.catalogimport.ImportSummary;
import cn.taxprocurement.lib.catalogimport.RoundCategory;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Catalog imports in the database: vendors queue them, workers claim them and list their rows chunk by chunk, each
 * step in its own short transaction; vendors and officers follow them.
 */
@ApplicationScoped
public class CatalogImportService {
    static final String ENTITY = "CatalogImport";
    /** How many imports of one vendor may be queued or running at once. */
    static final int ACTIVE_LIMIT = 3;
    /** What a vendor at the limit is told to wait: a small catalog's import takes about this long. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private static final TypeReference<List<ImportView.ErrorView>> ERRORS = new TypeReference<>() {};

    @Inject
    CatalogImportRepository imports;

    @Inject
    VendorRepository vendors;

    @Inject
    CatalogRoundService rounds;

    @Inject
    CategoryRepository categories;

    @Inject
    ListingBatch listings;

    @Inject
    AuditLog audit;

    @Inject
    RefusedAccess refusals;

    @Inject
    ImportConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Event<ImportQueued> queued;

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
     * Queues the checked upload of the signed-in vendor for a round, or answers the import the same file already
     * made for that round.
     */
    @Transactional
    public ImportView queue(Actor actor, long roundId, String fileName, Path file, long size, String sha256) {
        // Locked before anything else is read, so that this transaction's reads see what the previous holder queued.
        long vendorId =
                imports.lockVendor(actor.subject()).orElseThrow(() -> new Refusal(RefusalCode.REGISTRATION_REQUIRED));
        Vendor vendor = vendors.findById(vendorId);
        if (!vendor.isActive()) {
            throw new Refusal(RefusalCode.VENDOR_NOT_ACTIVE, vendor.status());
        }
        CatalogRound round = rounds.get(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new Refusal(RefusalCode.ROUND_CLOSED, round.name());
        }
        Optional<CatalogImport> existing = imports.findByFile(vendor.id(), roundId, sha256);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        if (imports.countActive(vendor.id()) >= ACTIVE_LIMIT) {
            throw Refusal.tryLater(RETRY_AFTER, RefusalCode.IMPORTS_IN_PROGRESS, ACTIVE_LIMIT);
        }
        CatalogImport job =
                CatalogImport.queue(vendor.id(), roundId, fileName, sha256, size, actor.name(), actor.sourceIp());
        imports.persistAndFlush(job);
        imports.storeFile(job.id, CatalogImportRepository.UPLOAD, file);
        queued.fire(new ImportQueued(job.id));
        audit.record(
                actor,
                "CATALOG_IMPORT_QUEUED",
                ENTITY,
                job.id,
                vendor.name() + " 上传产品目录 " + fileName + "（入围采购 " + roundId + "）");
        return view(job);
    }

    /** The import an earlier upload of the same file made (two uploads raced on the unique key). */
    @Transactional
    public ImportView sameFile(Actor actor, long roundId, String sha256) {
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.IMPORT_NOT_FOUND, sha256));
        return view(imports.findByFile(vendor.id(), roundId, sha256)
                .orElseThrow(() -> new Refusal(RefusalCode.IMPORT_NOT_FOUND, sha256)));
    }

    @Transactional
    public ImportView get(Actor actor, long id) {
        return view(visible(actor, id));
    }

    /**
     * The rejected rows' workbook of an import, copied out of the database into a file that is gone once it has been
     * sent, so that sending it holds neither a connection nor the workbook in memory; an empty one while it has none.
     */
    @Transactional
    public Download errorWorkbook(Actor actor, long id) {
        CatalogImport job = visible(actor, id);
        StreamingOutput body = storedErrorWorkbook(job)
                .<StreamingOutput>map(stored -> out -> {
                    try (stored) {
                        stored.transferTo(out);
                    }
                })
                .orElse(out -> new ErrorWorkbookWriter(out).close());
        return Download.xlsx("未通过的行-导入" + id + ".xlsx", "import-" + id + "-errors.xlsx", body);
    }

    private Optional<InputStream> storedErrorWorkbook(CatalogImport job) {
        try {
            Path copy = Files.createTempFile("catalog-import-download-", ".xlsx");
            try {
                boolean found;
                try (OutputStream out = Files.newOutputStream(copy)) {
                    found = imports.copyFile(job.id, CatalogImportRepository.ERRORS, out);
                }
                return found
                        ? Optional.of(Files.newInputStream(copy, StandardOpenOption.DELETE_ON_CLOSE))
                        : Optional.empty();
            } finally {
                // The name goes whatever happened: an opened copy is read on until its stream is closed.
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public Page<ImportView> mine(String subject, PageRequest page) {
        Vendor vendor =
                vendors.findBySubject(subject).orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_REGISTERED));
        return imports.ofVendor(vendor.id(), page).map(this::view);
    }

    /** The blank catalog workbook of a round, with its categories and their names in the dropdown. */
    @Transactional
    public Download template(long roundId) {
        CatalogRound round = rounds.get(roundId);
        List<RoundCategory> codes = round.categoryCodes().stream()
                .map(code -> new RoundCategory(
                        code,
                        categories.findByIdOptional(code).map(Category::name).orElse(code)))
                .toList();
        return Download.xlsx(
                "入围产品目录模板-" + round.name() + ".xlsx",
                "catalog-template-" + roundId + ".xlsx",
                out -> CatalogTemplate.write(codes, out));
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
        CatalogRound round = rounds.get(job.roundId);
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

    /** The whole file passed the first reading: record its counts, first errors and rejected rows' workbook. */
    @Transactional
    void validated(Claim claim, ImportSummary summary, Path errorWorkbook) {
        CatalogImport job = claimed(claim);
        List<ImportView.ErrorView> errors = summary.firstErrors().stream()
                .map(e -> new ImportView.ErrorView(e.row(), e.column(), e.message()))
                .toList();
        try {
            job.validated(summary.totalRows(), summary.rejectedRows(), json.writeValueAsString(errors), Instant.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (errorWorkbook != null) {
            imports.storeFile(job.id, CatalogImportRepository.ERRORS, errorWorkbook);
        }
    }

    /** Lists one chunk of accepted rows, audited, and records how far the import has come: all or nothing. */
    @Transactional
    void listChunk(Claim claim, List<CatalogProduct> products, int processedRows) {
        CatalogImport job = claimed(claim);
        List<ListingBatch.Draft> drafts = products.stream()
                .map(p -> new ListingBatch.Draft(p.categoryCode(), p.brand(), p.model(), p.specs(), p.unitPrice()))
                .toList();
        int made = listings.list(claim.actor(), claim.vendorId(), claim.roundId(), claim.id(), drafts);
        job.progressed(processedRows, products.size(), made, Instant.now());
    }

    @Transactional
    void succeed(Claim claim) {
        CatalogImport job = claimed(claim);
        job.succeed(Instant.now());
        imports.deleteFile(job.id, CatalogImportRepository.UPLOAD);
        audit.record(
                Actor.SYSTEM,
                "CATALOG_IMPORT_SUCCEEDED",
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
        audit.record(
                Actor.SYSTEM,
                "CATALOG_IMPORT_FAILED",
                ENTITY,
                job.id,
                "产品目录导入失败：" + message + (removed > 0 ? "（已撤销本次导入的 " + removed + " 条产品）" : ""));
    }

    private CatalogImport claimed(Claim claim) {
        CatalogImport job = imports.findById(claim.id());
        if (job == null || !job.claimedBy(claim.worker(), claim.attempt())) {
            throw new ClaimLost(claim.id());
        }
        return job;
    }

    /** The import if the actor may see it: an officer any, a vendor only its own; otherwise not found. */
    private CatalogImport visible(Actor actor, long id) {
        CatalogImport job =
                imports.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.IMPORT_NOT_FOUND, id));
        if (Roles.OFFICER.equals(actor.role())) {
            return job;
        }
        Optional<Vendor> vendor = vendors.findBySubject(actor.subject());
        if (vendor.isEmpty() || !job.belongsTo(vendor.get().id())) {
            refusals.record(
                    actor,
                    ENTITY,
                    id,
                    vendor.map(Vendor::name).orElse("未注册供应商的用户") + " 请求查看其他供应商的产品目录导入 " + id + "，已拒绝");
            throw new Refusal(RefusalCode.IMPORT_NOT_FOUND, id);
        }
        return job;
    }

    private ImportView view(CatalogImport job) {
        List<ImportView.ErrorView> errors;
        try {
            errors = job.errorsJson == null ? List.of() : json.readValue(job.errorsJson, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new ImportView(
                job.id,
                job.roundId,
                job.fileName,
                job.status,
                job.totalRows,
                job.processedRows,
                job.acceptedRows,
                job.rejectedRows,
                errors,
                job.failureMessage,
                job.createdAt,
                job.finishedAt);
    }
}
