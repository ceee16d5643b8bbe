package cn.taxprocurement.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Hex SHA-256 of an audit event's fields, in the encoding of the event's hash version. */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);
    /** The version new events are hashed with. */
    static final int CURRENT_VERSION = 2;

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread, reset by each use: a catalog import hashes an event for every listing it makes. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private AuditHash() {}

    /**
     * Version 1 joined the fields with U+001F, which free text may contain: text moved across a field's edge kept the
     * hash. Version 2 prefixes each field with its length in bytes (-1 for none), so no two field lists share an
     * encoding.
     */
    static String of(int version, String... fields) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return switch (version) {
            case 1 ->
                HEX.formatHex(digest.digest(String.join(
                                "\u001F",
                                Arrays.stream(fields).map(String::valueOf).toList())
                        .getBytes(StandardCharsets.UTF_8)));
            case 2 -> HEX.formatHex(digest.digest(lengthPrefixed(fields)));
            default -> throw new IllegalArgumentException("unknown audit hash version " + version);
        };
    }

    private static byte[] lengthPrefixed(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : fields) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4)
                    .putInt(field == null ? -1 : bytes.length)
                    .array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
