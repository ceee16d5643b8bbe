package cn.taxprocurement.catalogimport;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.audit.RefusedAccess;
import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.RoundStatus;
import cn.taxprocurement.catalog.RoundView;
import cn.taxprocurement.category.Category;
import cn.taxprocurement.category.CategoryRepository;
import cn.taxprocurement.common.Download;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.CatalogTemplate;
import cn.taxprocurement.lib.catalogimport.ErrorWorkbookWriter;
import cn.taxprocurement.lib.catalogimport.RoundCategory;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorStatus;
import cn.taxprocurement.vendor.VendorView;
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

/**
 * Catalog imports as vendors and officers use them: vendors queue their uploads and follow them, officers follow them
 * too; the workers take them from the queue through {@link ImportQueue}.
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
    VendorService vendors;

    @Inject
    CatalogRoundService rounds;

    @Inject
    CategoryRepository categories;

    @Inject
    AuditLog audit;

    @Inject
    RefusedAccess refusals;

    @Inject
    ObjectMapper json;

    @Inject
    Event<ImportQueued> queued;

    /**
     * Queues the checked upload of the signed-in vendor for a round, or answers the import the same file already
     * made for that round. An upload the check found cannot be imported gets an import that has failed with the
     * reason, so that nothing of it is ever listed.
     */
    @Transactional
    ImportView queue(Actor actor, long roundId, CheckedUpload upload) {
        // Locked before anything else is read, so that this transaction's reads see what the previous holder queued.
        long vendorId =
                imports.lockVendor(actor.subject()).orElseThrow(() -> new Refusal(RefusalCode.REGISTRATION_REQUIRED));
        VendorView vendor = vendors.get(vendorId);
        if (vendor.status() != VendorStatus.ACTIVE) {
            throw new Refusal(RefusalCode.VENDOR_NOT_ACTIVE, vendor.status());
        }
        RoundView round = rounds.get(roundId);
        if (round.status() != RoundStatus.OPEN) {
            throw new Refusal(RefusalCode.ROUND_CLOSED, round.name());
        }
        Optional<CatalogImport> existing = imports.findByFile(vendor.id(), roundId, upload.sha256());
        if (existing.isPresent()) {
            return view(existing.get());
        }
        if (imports.countActive(vendor.id()) >= ACTIVE_LIMIT) {
            throw Refusal.tryLater(RETRY_AFTER, RefusalCode.IMPORTS_IN_PROGRESS, ACTIVE_LIMIT);
        }
        CatalogImport job = CatalogImport.queue(
                vendor.id(),
                roundId,
                upload.fileName(),
                upload.sha256(),
                upload.size(),
                upload.dataRows(),
                actor.name(),
                actor.sourceIp());
        imports.persistAndFlush(job);
        audit.record(
                actor,
                AuditAction.CATALOG_IMPORT_QUEUED,
                ENTITY,
                job.id,
                vendor.name() + " 上传产品目录 " + upload.fileName() + "（入围采购 " + roundId + "）");
        if (upload.failure() != null) {
            job.fail(upload.failure(), Instant.now());
            audit.record(Actor.SYSTEM, AuditAction.CATALOG_IMPORT_FAILED, ENTITY, job.id, job.failureSummary(0));
            return view(job);
        }
        imports.storeFile(job.id, CatalogImportRepository.UPLOAD, upload.file());
        queued.fire(new ImportQueued(job.id));
        return view(job);
    }

    /** The import an earlier upload of the same file made (two uploads raced on the unique key). */
    @Transactional
    public ImportView sameFile(Actor actor, long roundId, String sha256) {
        VendorView vendor =
                vendors.registered(actor).orElseThrow(() -> new Refusal(RefusalCode.IMPORT_NOT_FOUND, sha256));
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
    public Page<ImportView> mine(Actor actor, PageRequest page) {
        return imports.ofVendor(vendors.mine(actor).id(), page).map(this::view);
    }

    /** The blank catalog workbook of a round, with its categories and their names in the dropdown. */
    @Transactional
    public Download template(long roundId) {
        RoundView round = rounds.get(roundId);
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

    /** The import if the actor may see it: an officer any, a vendor only its own; otherwise not found. */
    private CatalogImport visible(Actor actor, long id) {
        CatalogImport job =
                imports.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.IMPORT_NOT_FOUND, id));
        if (Roles.OFFICER.equals(actor.role())) {
            return job;
        }
        Optional<VendorView> vendor = vendors.registered(actor);
        if (vendor.isEmpty() || !job.belongsTo(vendor.get().id())) {
            refusals.record(
                    actor,
                    ENTITY,
                    id,
                    vendor.map(VendorView::name).orElse("未注册供应商的用户") + " 请求查看其他供应商的产品目录导入 " + id + "，已拒绝");
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
