package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Lists many products at once for a catalog import: each listing is made by {@link Product#list}, exactly as one
 * listed alone, and loaded into the table by one statement for the whole chunk, rather than inserted one by one
 * through Hibernate (whose IDENTITY ids would stop it from batching).
 */
@ApplicationScoped
public class ListingBatch {
    private static final DateTimeFormatter LISTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final Logger LOG = Logger.getLogger(ListingBatch.class);

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VendorRepository vendors;

    @Inject
    CatalogRoundRepository rounds;

    @Inject
    ListingFeed feed;

    /** Where the files of listings to load are written: the one folder the driver sends the database files from. */
    @ConfigProperty(name = "procurement.listing-load-folder")
    Path loadFolder;

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
     * Loads the listings with one {@code LOAD DATA LOCAL INFILE} from a file of their own columns, written to this
     * service's folder for such files and removed once loaded. The server reads each row's values without the SQL
     * text around them: for 100,000 rows in chunks of 5,000 it took 2.4 s, where multi-row {@code INSERT}s of the same
     * rows took 3.0 s. A row whose key the vendor already lists is skipped with a warning, as by {@code INSERT IGNORE};
     * any other warning means a value was not stored as given, and the chunk fails.
     */
    private void insert(Connection connection, long importId, List<Product> products) throws SQLException {
        Path rows = writeRows(products);
        try (Statement load = connection.createStatement()) {
            int skipped = products.size() - load.executeUpdate(loadStatement(rows, products.get(0), importId));
            long warnings = warningCount(load);
            if (warnings != skipped) {
                throw new IllegalStateException("loading %d listings, the database skipped %d and warned %d times"
                        .formatted(products.size(), skipped, warnings));
            }
        } finally {
            try {
                Files.deleteIfExists(rows);
            } catch (IOException e) {
                LOG.warnf(e, "the listings file %s could not be removed", rows);
            }
        }
    }

    /**
     * The listings' own columns, a line each, in the format {@code LOAD DATA} reads by default: fields separated by
     * tabs, lines by line feeds, and a backslash escaping those and itself.
     */
    private Path writeRows(List<Product> products) {
        try {
            Path rows = newRowsFile();
            try (Writer out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder(512);
                for (Product p : products) {
                    line.setLength(0);
                    field(line, p.categoryCode).append('\t');
                    field(line, p.brand).append('\t');
                    field(line, p.model).append('\t');
                    field(line, p.specs).append('\t');
                    line.append(p.unitPrice.toPlainString()).append('\t');
                    field(line, p.brandKey).append('\t');
                    field(line, p.listingKey).append('\n');
                    out.append(line);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new file in the folder of listings files, which only this service's user may write to: another user of the
     * machine who could replace a file between its writing and its loading would list rows of their own.
     */
    private Path newRowsFile() throws IOException {
        Files.createDirectories(loadFolder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Path rows = Files.createTempFile(loadFolder, "listings-", ".tsv");
        PosixFileAttributes folder =
                Files.readAttributes(loadFolder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!folder.isDirectory()
                || !folder.owner().equals(Files.getOwner(rows))
                || folder.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || folder.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            Files.delete(rows);
            throw new IllegalStateException(
                    "the folder of listings files %s must belong to this service's user, who alone may write to it"
                            .formatted(loadFolder));
        }
        return rows;
    }

    private static StringBuilder field(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\0' -> line.append("\\0");
                default -> line.append(c);
            }
        }
        return line;
    }

    /**
     * The {@code LOAD DATA} of the file {@code rows}, with what its listings share taken from {@code first} (its time
     * too: a chunk's listings are made at one moment): numbers, an enum's name and a time this service formats, never
     * text from the file. The time is the wall-clock time in UTC, as Hibernate stores instants here
     * ({@code quarkus.hibernate-orm.jdbc.timezone}); the imported price is the price the row lists.
     */
    private static String loadStatement(Path rows, Product first, long importId) {
        return ("LOAD DATA LOCAL INFILE '%s' IGNORE INTO TABLE product CHARACTER SET utf8mb4"
                        + " (category_code, brand, model, specs, @price, brand_key, listing_key)"
                        + " SET unit_price = @price, imported_price = @price, vendor_id = %d, round_id = %d,"
                        + " status = '%s', created_at = '%s', catalog_import_id = %d, version = 0")
                .formatted(
                        rows.toString().replace("\\", "\\\\").replace("'", "\\'"),
                        first.vendorId,
                        first.roundId,
                        first.status.name(),
                        LISTED_AT.format(LocalDateTime.ofInstant(first.createdAt, ZoneOffset.UTC)),
                        importId);
    }

    /** How many warnings the statement just run on {@code statement}'s connection gave. */
    private static long warningCount(Statement statement) throws SQLException {
        try (ResultSet count = statement.executeQuery("SELECT @@warning_count")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The newest listing of the import so far (0 for none): the rows a chunk loads lie beyond it. */
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
     * them: only the id and the key are read back, since the digest covers the columns as loaded. They are read
     * along the primary key from {@code afterId} on, where the chunk's rows lie together with what others listed
     * meanwhile: through the import's index, each row cost a lookup of its key in the table (8 ms for a chunk of 5,000
     * rows against 2 ms).
     */
    private static ListingDigest madeAfter(Connection connection, long importId, long afterId, List<Product> products)
            throws SQLException {
        Map<String, Product> byKey = new HashMap<>();
        // of two drafts with one key, the load keeps the first
        products.forEach(p -> byKey.putIfAbsent(p.listingKey, p));
        ListingDigest digest = new ListingDigest();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id, listing_key FROM product FORCE INDEX (PRIMARY)"
                        + " WHERE catalog_import_id = ? AND id > ? ORDER BY id")) {
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
