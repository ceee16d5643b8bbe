package cn.taxprocurement.catalog;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * SHA-256 over imported listings as a listing never changes them, in ascending id order. Each row is eight fields —
 * id, vendor id, round id (decimal digits), category code, brand, model, specs, and the price as imported (plain
 * decimal with two places, e.g. {@code 4999.50}) — each written as its length in UTF-8 bytes (4 bytes, big-endian; -1
 * and no bytes for a missing value) followed by those bytes, as audit event hashes encode their fields.
 */
final class ListingDigest {
    /** The columns digested, in order, for a select that reads them first. */
    static final String COLUMNS = "id, vendor_id, round_id, category_code, brand, model, specs, imported_price";

    private final MessageDigest sha256;
    private final ByteBuffer length = ByteBuffer.allocate(4);
    private int count;
    private long firstId;
    private long lastId;

    ListingDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Adds the row the result set stands on, read by a select that starts with {@link #COLUMNS}. */
    void add(ResultSet row) throws SQLException {
        add(
                row.getLong(1),
                row.getLong(2),
                row.getLong(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getBigDecimal(8));
    }

    /** Adds a listing, the next in id order. */
    void add(
            long id,
            long vendorId,
            long roundId,
            String categoryCode,
            String brand,
            String model,
            String specs,
            BigDecimal importedPrice) {
        field(Long.toString(id));
        field(Long.toString(vendorId));
        field(Long.toString(roundId));
        field(categoryCode);
        field(brand);
        field(model);
        field(specs);
        field(importedPrice == null ? null : importedPrice.setScale(2).toPlainString());
        if (count++ == 0) {
            firstId = id;
        }
        lastId = id;
    }

    private void field(String value) {
        byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        sha256.update(length.clear().putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            sha256.update(bytes);
        }
    }

    /** The rows added so far: how many, their first and last ids, and the hex digest (which ends the adding). */
    ListingBatch.Listed listed() {
        return new ListingBatch.Listed(count, firstId, lastId, HexFormat.of().formatHex(sha256.digest()));
    }
}
