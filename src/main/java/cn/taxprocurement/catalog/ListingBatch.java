package cn.taxprocurement.catalog;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists many products at once for a catalog import: each listing is made by {@link Product#list}, exactly as one
 * listed alone, and inserted with JDBC batches (the entity's IDENTITY id would stop Hibernate from batching).
 */
@ApplicationScoped
public class ListingBatch {
    private static final String INSERT = "INSERT IGNORE INTO product (vendor_id, round_id, category_code, brand,"
            + " model, specs, unit_price, status, brand_key, listing_key, search_text, created_at, version,"
            + " catalog_import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VendorRepository vendors;

    @Inject
    CatalogRoundRepository rounds;

    @Inject
    AuditLog audit;

    /** A listing to make: what one row of a catalog holds. */
    public record Draft(String categoryCode, String brand, String model, String specs, BigDecimal unitPrice) {}

    /** The keys of the vendor's live listings in the round, leaving out those an import itself made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> liveKeys(long vendorId, long roundId, long excludingImportId) {
        Set<String> keys = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT listing_key FROM product"
                        + " WHERE vendor_id = ? AND round_id = ? AND listing_key IS NOT NULL"
                        + " AND (catalog_import_id IS NULL OR catalog_import_id <> ?)")) {
            select.setLong(1, vendorId);
            select.setLong(2, roundId);
            select.setLong(3, excludingImportId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    /**
     * Lists the drafts for the vendor in the round, on behalf of an import, and audits each new listing. A draft
     * whose brand and model the vendor already lists live is skipped (the unique listing key refuses it).
     *
     * @return how many listings were made
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int list(Actor actor, long vendorId, long roundId, long importId, List<Draft> drafts) {
        Vendor vendor = vendors.findByIdOptional(vendorId)
                .orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_FOUND, vendorId));
        CatalogRound round =
                rounds.findByIdOptional(roundId).orElseThrow(() -> new Refusal(RefusalCode.ROUND_NOT_FOUND, roundId));
        rounds.lockForListing(round);
        List<Product> products = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            products.add(Product.list(
                    vendor,
                    round,
                    draft.categoryCode(),
                    draft.brand(),
                    draft.model(),
                    draft.specs(),
                    draft.unitPrice()));
        }
        Map<String, Long> made;
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, importId, products);
            made = madeBy(connection, importId, vendorId, roundId, products);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<AuditLog.Entry> events = new ArrayList<>(made.size());
        for (Product product : products) {
            Long id = made.get(product.listingKey);
            if (id != null) {
                events.add(new AuditLog.Entry(
                        id, ProductService.submittedSummary(vendor, product.brand, product.model, round)));
            }
        }
        audit.recordAll(actor, AuditAction.PRODUCT_SUBMITTED, ProductService.ENTITY, events);
        return events.size();
    }

    /** Removes every listing an import made, when the import fails after some of its chunks were committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeImported(long importId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM product WHERE catalog_import_id = ?")) {
            delete.setLong(1, importId);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(Connection connection, long importId, List<Product> products) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Product p : products) {
                insert.setLong(1, p.vendorId);
                insert.setLong(2, p.roundId);
                insert.setString(3, p.categoryCode);
                insert.setString(4, p.brand);
                insert.setString(5, p.model);
                insert.setString(6, p.specs);
                insert.setBigDecimal(7, p.unitPrice);
                insert.setString(8, p.status.name());
                insert.setString(9, p.brandKey);
                insert.setString(10, p.listingKey);
                insert.setString(11, p.searchText);
                // The wall-clock time in UTC, as Hibernate stores instants here (quarkus.hibernate-orm.jdbc.timezone).
                insert.setObject(12, LocalDateTime.ofInstant(p.createdAt, ZoneOffset.UTC));
                insert.setLong(13, importId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The ids of the listings of this import among the given ones: those the insert did not skip. */
    private static Map<String, Long> madeBy(
            Connection connection, long importId, long vendorId, long roundId, List<Product> products)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (products.isEmpty()) {
            return ids;
        }
        String marks = String.join(",", Collections.nCopies(products.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT id, listing_key FROM product"
                + " WHERE vendor_id = ? AND round_id = ? AND catalog_import_id = ? AND listing_key IN (" + marks
                + ")")) {
            select.setLong(1, vendorId);
            select.setLong(2, roundId);
            select.setLong(3, importId);
            int i = 4;
            for (Product p : products) {
                select.setString(i++, p.listingKey);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
