package cn.taxprocurement.catalogimport;

import cn.taxprocurement.catalog.ListingBatch;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One listed chunk of an import as its audit event says it: the chunk's number in the import, how many listings it
 * made, their first and last ids, and the SHA-256 of their rows ({@code ListingDigest}). The summary is the event's
 * only record of it, so it is written and read back here alone.
 */
record ImportChunk(int number, int count, long firstId, long lastId, String digest) {
    private static final Pattern SUMMARY =
            Pattern.compile("产品目录导入第 (\\d+) 块：(\\d+) 条产品，编号 (\\d+) 至 (\\d+)，SHA-256 ([0-9a-f]{64})");

    static ImportChunk of(int number, ListingBatch.Listed listed) {
        return new ImportChunk(number, listed.count(), listed.firstId(), listed.lastId(), listed.digest());
    }

    String summary() {
        return "产品目录导入第 %d 块：%d 条产品，编号 %d 至 %d，SHA-256 %s".formatted(number, count, firstId, lastId, digest);
    }

    static Optional<ImportChunk> parse(String summary) {
        Matcher m = SUMMARY.matcher(summary);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ImportChunk(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)),
                m.group(5)));
    }

    /** Whether the rows found now are the ones this chunk listed. */
    boolean matches(ListingBatch.Listed found) {
        return found.count() == count && found.digest().equals(digest);
    }
}
