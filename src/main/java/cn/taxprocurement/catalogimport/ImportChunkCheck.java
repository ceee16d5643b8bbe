package cn.taxprocurement.catalogimport;

import static cn.taxprocurement.catalogimport.CatalogImportService.ENTITY;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditEventView;
import cn.taxprocurement.audit.AuditTrail;
import cn.taxprocurement.audit.AuditedRows;
import cn.taxprocurement.catalog.ListingBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The chain check of imported listings: each chunk's rows are digested again from the {@code product} table and
 * compared with the digest its event recorded, and their current prices are explained by the imported price or an
 * approved price cut. A failed import's chunks are gone by design, once the chain records its failure.
 */
@ApplicationScoped
class ImportChunkCheck implements AuditedRows {
    @Inject
    ListingBatch listings;

    @Inject
    AuditTrail trail;

    @Override
    public AuditAction action() {
        return AuditAction.CATALOG_IMPORT_CHUNK;
    }

    @Override
    public Optional<String> altered(AuditEventView event, long headId) {
        long importId = Long.parseLong(event.entityId());
        Optional<ImportChunk> recorded = ImportChunk.parse(event.summary());
        if (recorded.isEmpty()) {
            return Optional.of("产品目录导入 " + importId + " 的审计记录 " + event.id() + " 无法解读");
        }
        ImportChunk chunk = recorded.get();
        ListingBatch.Found found = listings.found(importId, chunk.firstId(), chunk.lastId());
        String named =
                "产品目录导入 %d 第 %d 块（产品编号 %d 至 %d）".formatted(importId, chunk.number(), chunk.firstId(), chunk.lastId());
        if (found.listed().count() == 0 && failedLater(event, headId)) {
            return Optional.empty();
        }
        if (!chunk.matches(found.listed())) {
            return Optional.of(named + "的产品与导入时的记录不符（记录 " + chunk.count() + " 条，现有 "
                    + found.listed().count() + " 条）");
        }
        if (found.repricedId() != null) {
            return Optional.of(named + "中产品 " + found.repricedId() + " 的现价既不是导入价，也不是核准的降价");
        }
        return Optional.empty();
    }

    /** Whether the chain records, after this chunk, that its import failed and so removed its listings. */
    private boolean failedLater(AuditEventView event, long headId) {
        return trail.count(
                        "entityType = ?1 and entityId = ?2 and action = ?3 and id > ?4 and id <= ?5",
                        ENTITY,
                        event.entityId(),
                        AuditAction.CATALOG_IMPORT_FAILED.name(),
                        event.id(),
                        headId)
                > 0;
    }
}
