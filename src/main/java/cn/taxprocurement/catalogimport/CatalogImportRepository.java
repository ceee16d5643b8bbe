package cn.taxprocurement.catalogimport;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where imports and their stored workbooks are found; the queue is read with row locks that skip taken rows. */
@ApplicationScoped
class CatalogImportRepository implements PanacheRepository<CatalogImport> {
    static final String UPLOAD = "UPLOAD";
    static final String ERRORS = "ERRORS";
    /** How much of a stored workbook is read at once. */
    private static final int SLICE = 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    Optional<CatalogImport> findByFile(long vendorId, long roundId, String sha256) {
        return find("vendorId = ?1 and roundId = ?2 and fileSha256 = ?3", vendorId, roundId, sha256)
                .firstResultOptional();
    }

    /**
     * Locks the oldest import waiting for a worker, or running under a claim older than {@code staleBefore}, skipping
     * those another worker has locked. Native SQL: Hibernate's pessimistic lock says {@code FOR UPDATE OF alias},
     * which MariaDB refuses.
     */
    Optional<Long> lockNextClaimable(Instant staleBefore) {
        List<?> ids = getEntityManager()
                .createNativeQuery("SELECT id FROM catalog_import WHERE status = 'QUEUED'"
                        + " OR (status = 'RUNNING' AND claimed_at < :staleBefore)"
                        + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter("staleBefore", staleBefore)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Locks the row of the vendor signed in as {@code subject} until the transaction ends; empty if there is none. */
    Optional<Long> lockVendor(String subject) {
        List<?> ids = getEntityManager()
                .createNativeQuery("SELECT id FROM vendor WHERE subject = :subject FOR UPDATE")
                .setParameter("subject", subject)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** How many imports of the vendor are queued or running. */
    long countActive(long vendorId) {
        return count("vendorId = ?1 and status in ?2", vendorId, List.of(ImportStatus.QUEUED, ImportStatus.RUNNING));
    }

    Page<CatalogImport> ofVendor(long vendorId, PageRequest page) {
        PanacheQuery<CatalogImport> found = find("vendorId", Sort.descending("id"), vendorId);
        return new Page<>(found.page(page.page, page.size).list(), found.count(), page.page, page.size);
    }

    /** Stores a workbook of an import, streamed from a file, replacing one of the same kind. */
    void storeFile(long importId, String kind, Path file) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "REPLACE INTO catalog_import_file (import_id, kind, content) VALUES (?, ?, ?)");
                InputStream content = Files.newInputStream(file)) {
            insert.setLong(1, importId);
            insert.setString(2, kind);
            insert.setBinaryStream(3, content, Files.size(file));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a stored workbook to {@code out} a slice at a time, since the driver reads a whole value into memory;
     * false when there is none. Within one transaction the slices are of one and the same workbook.
     */
    boolean copyFile(long importId, String kind, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement length = connection.prepareStatement(
                        "SELECT LENGTH(content) FROM catalog_import_file WHERE import_id = ? AND kind = ?");
                PreparedStatement slice = connection.prepareStatement(
                        "SELECT SUBSTRING(content, ?, ?) FROM catalog_import_file WHERE import_id = ? AND kind = ?")) {
            length.setLong(1, importId);
            length.setString(2, kind);
            long size;
            try (ResultSet rows = length.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                size = rows.getLong(1);
            }
            slice.setLong(3, importId);
            slice.setString(4, kind);
            for (long from = 0; from < size; from += SLICE) {
                slice.setLong(1, from + 1);
                slice.setInt(2, SLICE);
                try (ResultSet rows = slice.executeQuery()) {
                    rows.next();
                    out.write(rows.getBytes(1));
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteFile(long importId, String kind) {
        getEntityManager()
                .createNativeQuery("DELETE FROM catalog_import_file WHERE import_id = :id AND kind = :kind")
                .setParameter("id", importId)
                .setParameter("kind", kind)
                .executeUpdate();
    }
}
