package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists many products at once for a catalog import: each listing is made by {@link Product#list}, exactly as one
 * listed alone, and inserted by multi-row statements (the entity's IDENTITY id would stop Hibernate from batching).
 */
@ApplicationScoped
public class ListingBatch {
    /** A listing's own columns, bound row by row. */
    private static final String OWN_COLUMNS = "category_code, brand, model, specs, unit_price, brand_key, listing_key";

    /** The columns every listing of a chunk shares, written into the statement as literals. */
    private static final String SHARED_COLUMNS =
            "vendor_id, round_id, status, created_at, catalog_import_id, version, imported_price";

    private static final DateTimeFormatter LISTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /**
     * Rows sent in one multi-row statement: about 250 KB, so that the driver's buffer for it stays below half of G1's
     * 1 MB heap region at -Xmx256m. A larger buffer is allocated as a humongous object, and each one starts a
     * concurrent mark cycle once the heap is half full: at 5,000 rows a statement, every chunk started one.
     */
    private static final int ROWS_PER_STATEMENT = 1_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VendorRepository vendors;

    @Inject
    CatalogRoundRepository rounds;

    @Inject
    ListingFeed feed;

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
     * Lists the drafts for the vendor in the round, on behalf of an import. A draft whose brand and model the vendor
     * already lists live is skipped (the unique listing key refuses it). The ids of the listings made are read back by
     * their range in the import, for the caller's audit event to vouch for them.
     *
     * @return the listings made: how many, their first and last ids and their {@link ListingDigest}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Listed list(long vendorId, long roundId, long importId, List<Draft> drafts) {
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
        try (Connection connection = dataSource.getConnection()) {
            long after = lastImported(connection, importId);
            if (!products.isEmpty()) {
                insert(connection, importId, products);
            }
            Listed listed = madeAfter(connection, importId, after, products).listed();
            if (listed.count() > 0) {
                feed.imported(listed.firstId(), listed.lastId());
            }
            return listed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a chunk of an import listed: how many listings, the first and last id, and the digest of their rows. */
    public record Listed(int count, long firstId, long lastId, String digest) {}

    /** An import's listings with ids from {@code firstId} to {@code lastId} as they are now. */
    public record Found(Listed listed, Long repricedId) {}

    /**
     * The listings an import made from {@code firstId} to {@code lastId} as the table holds them now, digested as when
     * they were listed, and the first whose current price neither its imported price nor its latest approved price cut
     * (in {@code price_history}) explains.
     */
    public Found found(long importId, long firstId, long lastId) {
        ListingDigest digest = new ListingDigest();
        Long repriced = null;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + ListingDigest.COLUMNS
                        + ", unit_price = COALESCE((SELECT h.unit_price FROM price_history h WHERE h.product_id = p.id"
                        + " ORDER BY h.effective_from DESC, h.id DESC LIMIT 1), imported_price) FROM product p"
                        + " WHERE catalog_import_id = ? AND id BETWEEN ? AND ? ORDER BY id")) {
            select.setLong(1, importId);
            select.setLong(2, firstId);
            select.setLong(3, lastId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    digest.add(rows);
                    if (repriced == null && !rows.getBoolean(9)) {
                        repriced = rows.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Found(digest.listed(), repriced);
    }

    /** Removes every listing an import made, when the import fails after some of its chunks were committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeImported(long importId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement range = connection.prepareStatement(
                        "SELECT MIN(id), MAX(id) FROM product WHERE catalog_import_id = ?");
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM product WHERE catalog_import_id = ?")) {
            range.setLong(1, importId);
            delete.setLong(1, importId);
            try (ResultSet made = range.executeQuery()) {
                made.next();
                long firstId = made.getLong(1);
                if (made.wasNull()) {
                    return 0;
                }
                int removed = delete.executeUpdate();
                feed.imported(firstId, made.getLong(2));
                return removed;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts the listings {@link #ROWS_PER_STATEMENT} to a statement. Each statement is one multi-row {@code INSERT}
     * of its own rather than a JDBC batch: the driver copies a batch's bindings row by row, and binding the columns
     * every listing of the chunk shares took as long again as binding its own. A statement is prepared once for all
     * the full ones of a chunk: the driver reads the whole text of each statement it prepares, which took 4 ms for
     * one of 1,000 rows.
     */
    private static void insert(Connection connection, long importId, List<Product> products) throws SQLException {
        Product first = products.get(0);
        int full = products.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement insert =
                    connection.prepareStatement(insertStatement(ROWS_PER_STATEMENT, first, importId))) {
                for (int from = 0; from < full; from += ROWS_PER_STATEMENT) {
                    insert(insert, products.subList(from, from + ROWS_PER_STATEMENT));
                }
            }
        }
        if (full < products.size()) {
            try (PreparedStatement insert =
                    connection.prepareStatement(insertStatement(products.size() - full, first, importId))) {
                insert(insert, products.subList(full, products.size()));
            }
        }
    }

    private static void insert(PreparedStatement insert, List<Product> rows) throws SQLException {
        int column = 0;
        for (Product p : rows) {
            insert.setString(++column, p.categoryCode);
            insert.setString(++column, p.brand);
            insert.setString(++column, p.model);
            insert.setString(++column, p.specs);
            insert.setBigDecimal(++column, p.unitPrice);
            insert.setString(++column, p.brandKey);
            insert.setString(++column, p.listingKey);
        }
        insert.executeUpdate();
    }

    /**
     * An {@code INSERT IGNORE} of {@code rows} listings, with what they share taken from {@code first} (its time too:
     * a chunk's listings are made at one moment): numbers, an enum's name and a time this service formats, never text
     * from the file. The time is the wall-clock time in UTC, as Hibernate stores instants here
     * ({@code quarkus.hibernate-orm.jdbc.timezone}); the imported price is the price the row lists.
     */
    private static String insertStatement(int rows, Product first, long importId) {
        String row = "(?, ?, ?, ?, ?, ?, ?, %d, %d, '%s', '%s', %d, 0, unit_price)"
                .formatted(
                        first.vendorId,
                        first.roundId,
                        first.status.name(),
                        LISTED_AT.format(LocalDateTime.ofInstant(first.createdAt, ZoneOffset.UTC)),
                        importId);
        return "INSERT IGNORE INTO product (" + OWN_COLUMNS + ", " + SHARED_COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** The newest listing of the import so far (0 for none): the rows a chunk inserts lie beyond it. */
    private static long lastImported(Connection connection, long importId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM product WHERE catalog_import_id = ?")) {
            select.setLong(1, importId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The import's listings after {@code afterId}, found by range in id order and digested as {@code products} made
     * them: only the id and the key are read back, since the digest covers the columns as inserted.
     */
    private static ListingDigest madeAfter(Connection connection, long importId, long afterId, List<Product> products)
            throws SQLException {
        Map<String, Product> byKey = new HashMap<>();
        // of two drafts with one key, the INSERT IGNORE keeps the first
        products.forEach(p -> byKey.putIfAbsent(p.listingKey, p));
        ListingDigest digest = new ListingDigest();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, listing_key FROM product WHERE catalog_import_id = ? AND id > ? ORDER BY id")) {
            select.setLong(1, importId);
            select.setLong(2, afterId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Product made = byKey.get(rows.getString(2));
                    digest.add(
                            rows.getLong(1),
                            made.vendorId,
                            made.roundId,
                            made.categoryCode,
                            made.brand,
                            made.model,
                            made.specs,
                            made.unitPrice);
                }
            }
        }
        return digest;
    }
}
