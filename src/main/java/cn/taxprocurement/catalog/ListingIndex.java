package cn.taxprocurement.catalog;

import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.lib.catalogimport.ListingKey;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * This replica's search index of the listings: Apache Lucene, in a temporary folder. It is built from the database at
 * start, then follows the change feed {@code listing_change} (see {@link ListingFeed}): this replica's writes as they
 * commit, every replica's at each poll. A search finds the ids of its page here; the rows come from the database.
 *
 * <p>One thread, {@code listing-index}, builds and updates the index; searches read the newest refreshed view.
 */
@ApplicationScoped
public class ListingIndex {
    static final String ID = "id";
    static final String PRICE = "price";
    private static final String ROUND = "round";
    private static final String VENDOR = "vendor";
    private static final String CATEGORY = "category";
    private static final String BRAND = "brand";
    private static final String STATUS = "status";
    private static final String WORDS = "words";
    private static final String COLUMNS = "SELECT id, round_id, vendor_id, category_code, brand_key, status,"
            + " unit_price, brand, model, specs FROM product";
    private static final FieldType WORDS_TYPE = wordsType();
    private static final Logger LOG = Logger.getLogger(ListingIndex.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ListingIndexConfig config;

    private final ScheduledExecutorService updater =
            Executors.newSingleThreadScheduledExecutor(ListingIndex::updaterThread);
    private final CountDownLatch built = new CountDownLatch(1);
    // used by the updater thread only; searchers is read by searches once built
    private final SearchText.Words words = new SearchText.Words();
    private Path folder;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private FeedPosition position;
    private boolean failing;
    // whether the writer holds changes searches do not see yet, and when searches were last refreshed
    private boolean unsearched;
    private long refreshedAt;

    /** The ids of a page of listings in the search's order, and how many the search finds. */
    record Hits(List<Long> ids, long total, boolean totalIsLowerBound) {}

    /** Builds the index, then reads the feed every {@code follow-every}, on the updater thread. */
    void start(@Observes StartupEvent event) {
        long every = config.followEvery().toNanos();
        updater.scheduleWithFixedDelay(() -> updateQuietly(false), 0, every, TimeUnit.NANOSECONDS);
    }

    /** The feed's rows a day old have long been read by every replica: a replica that starts builds from the table. */
    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM listing_change WHERE created_at < NOW(6) - INTERVAL 1 DAY");
        }
    }

    /** Whether the index is built: until then the replica is not ready for traffic. */
    public boolean ready() {
        return searchers != null;
    }

    /** Returns once the index holds every change committed before the call; a failure is logged, not thrown. */
    public void catchUp() {
        try {
            updater.submit(() -> updateQuietly(true)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Starts catching up, without waiting for it. */
    void nudge() {
        updater.execute(() -> updateQuietly(false));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException, IOException {
        updater.shutdown();
        updater.awaitTermination(30, TimeUnit.SECONDS);
        if (searchers != null) {
            searchers.close();
            writer.rollback();
            deleteFolder(folder);
        }
    }

    Hits search(
            ProductFilter filter,
            BigDecimal minPrice,
            BigDecimal maxPrice,
            CatalogSort sort,
            PageRequest page,
            int countUpTo) {
        long from = (long) page.page * page.size;
        TopFieldDocs top = top(query(filter, minPrice, maxPrice), sort, from + page.size, countUpTo);
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO && top.totalHits.value <= countUpTo;
        return new Hits(ids(top, from), exact ? top.totalHits.value : countUpTo, !exact);
    }

    /** The ids of every listing the filter finds, newest first. */
    List<Long> ids(ProductFilter filter) {
        return ids(top(query(filter, null, null), CatalogSort.NEWEST, Integer.MAX_VALUE, Integer.MAX_VALUE), 0);
    }

    /** The first {@code wanted} hits of the query in the order, counted up to {@code countUpTo}. */
    private TopFieldDocs top(Query query, CatalogSort sort, long wanted, int countUpTo) {
        SearcherManager manager = awaitBuilt();
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                int hits = (int)
                        Math.min(wanted, Math.max(1, searcher.getIndexReader().maxDoc()));
                return searcher.search(query, new TopFieldCollectorManager(sort.sort(), hits, null, countUpTo));
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the hits from {@code from} on: every order ends with the id. */
    private static List<Long> ids(TopFieldDocs top, long from) {
        return Arrays.stream(top.scoreDocs)
                .skip(from)
                .map(hit -> ((FieldDoc) hit).fields)
                .map(fields -> (Long) fields[fields.length - 1])
                .toList();
    }

    private SearcherManager awaitBuilt() {
        try {
            if (!built.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The listing index is not built yet");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return searchers;
    }

    private static Query query(ProductFilter filter, BigDecimal minPrice, BigDecimal maxPrice) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<Query> clauses = new ArrayList<>();
        if (filter.roundId() != null) {
            clauses.add(LongPoint.newExactQuery(ROUND, filter.roundId()));
        }
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            clauses.add(new TermQuery(new Term(CATEGORY, filter.categoryCode().strip())));
        }
        if (filter.status() != null) {
            clauses.add(new TermQuery(new Term(STATUS, filter.status().name())));
        }
        if (filter.vendorId() != null) {
            clauses.add(LongPoint.newExactQuery(VENDOR, filter.vendorId()));
        }
        if (filter.brand() != null && !filter.brand().isBlank()) {
            clauses.add(new TermQuery(new Term(BRAND, ListingKey.fold(filter.brand()))));
        }
        if (filter.text() != null) {
            SearchText.required(filter.text()).forEach(word -> clauses.add(new TermQuery(new Term(WORDS, word))));
        }
        if (minPrice != null || maxPrice != null) {
            clauses.add(LongPoint.newRangeQuery(
                    PRICE,
                    minPrice == null ? Long.MIN_VALUE : cents(minPrice.setScale(2, RoundingMode.CEILING)),
                    maxPrice == null ? Long.MAX_VALUE : cents(maxPrice.setScale(2, RoundingMode.FLOOR))));
        }
        if (clauses.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        clauses.forEach(clause -> query.add(clause, BooleanClause.Occur.FILTER));
        return query.build();
    }

    /** Follows the database; {@code awaited}: someone waits to search what it brings, so searches see it at once. */
    private void updateQuietly(boolean awaited) {
        try {
            if (searchers == null) {
                build();
            } else {
                apply(awaited);
            }
            failing = false;
        } catch (SQLException | IOException | RuntimeException e) {
            // the database may be away for a while: say so once, and try again at the next poll
            if (!failing) {
                LOG.warnf(e, "The listing index could not follow the database; it tries again");
            }
            failing = true;
        }
    }

    /**
     * Builds the index from one consistent snapshot of the database: the feed's position and every listing as of the
     * same moment, so that the feed then brings exactly what came after.
     */
    private void build() throws IOException, SQLException {
        long started = System.nanoTime();
        Path newFolder = Files.createTempDirectory("listing-index");
        IndexWriter newWriter = new IndexWriter(
                FSDirectory.open(newFolder),
                new IndexWriterConfig()
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        .setIndexSort(CatalogSort.NEWEST.sort()));
        int listings = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement snapshot = connection.createStatement()) {
                snapshot.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            }
            FeedPosition start = startPosition(connection);
            try (Statement select =
                    connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                // Connector/J streams the rows one by one at this fetch size, rather than holding them all
                select.setFetchSize(Integer.MIN_VALUE);
                try (ResultSet rows = select.executeQuery(COLUMNS)) {
                    while (rows.next()) {
                        newWriter.addDocument(document(rows));
                        listings++;
                    }
                }
            }
            connection.commit();
            position = start;
        } catch (SQLException | IOException | RuntimeException e) {
            newWriter.rollback();
            deleteFolder(newFolder);
            throw e;
        }
        folder = newFolder;
        writer = newWriter;
        searchers = new SearcherManager(writer, null);
        built.countDown();
        LOG.infof(
                "The listing index holds %d listings, built in %d ms, %d MB on disk",
                listings, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), megabytes(newFolder));
        apply(true);
    }

    /**
     * Where a snapshot stands in the feed: rows older than the gap timeout are settled; among newer ones, ids the
     * snapshot does not see below its newest are transactions still open, read when they commit.
     */
    private FeedPosition startPosition(Connection connection) throws SQLException {
        long settled;
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM listing_change"
                + " WHERE created_at < NOW(6) - INTERVAL ? MICROSECOND")) {
            select.setLong(1, TimeUnit.NANOSECONDS.toMicros(config.gapTimeout().toNanos()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                settled = row.getLong(1);
            }
        }
        List<Long> seen = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id FROM listing_change WHERE id > ? ORDER BY id")) {
            select.setLong(1, settled);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seen.add(rows.getLong(1));
                }
            }
        }
        FeedPosition start = new FeedPosition(settled, config.gapTimeout().toNanos());
        start.read(seen, System.nanoTime());
        return start;
    }

    /**
     * Reads the feed's new rows and indexes the listings they name as the database holds them now. Searches see them
     * at once when someone waits for them, otherwise at the first reading two {@code follow-every} or more after the
     * last refresh, so other replicas' changes are searchable within three: each refresh writes a new segment that
     * merges later rewrite, and an import's chunks, one every few hundred milliseconds, would each make one.
     */
    private void apply(boolean awaited) throws IOException, SQLException {
        List<Long> read = new ArrayList<>();
        List<long[]> changed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<Long> gaps = position.gaps();
            String orGaps = gaps.isEmpty()
                    ? ""
                    : gaps.stream().map(String::valueOf).collect(Collectors.joining(", ", " OR id IN (", ")"));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, first_id, last_id FROM listing_change WHERE id > ?" + orGaps + " ORDER BY id")) {
                select.setLong(1, position.newest());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read.add(rows.getLong(1));
                        changed.add(new long[] {rows.getLong(2), rows.getLong(3)});
                    }
                }
            }
            for (long[] range : merged(changed)) {
                index(connection, range[0], range[1]);
            }
        }
        long now = System.nanoTime();
        position.read(read, now);
        unsearched |= !read.isEmpty();
        if (unsearched
                && (awaited || now - refreshedAt >= 2 * config.followEvery().toNanos())) {
            searchers.maybeRefreshBlocking();
            refreshedAt = now;
            unsearched = false;
        }
    }

    /** The ranges of ids, overlapping and neighbouring ones joined. */
    private static List<long[]> merged(List<long[]> ranges) {
        List<long[]> merged = new ArrayList<>();
        ranges.stream().sorted(Comparator.comparingLong(range -> range[0])).forEach(range -> {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        });
        return merged;
    }

    private void index(Connection connection, long firstId, long lastId) throws IOException, SQLException {
        writer.deleteDocuments(LongPoint.newRangeQuery(ID, firstId, lastId));
        try (PreparedStatement select = connection.prepareStatement(COLUMNS + " WHERE id BETWEEN ? AND ?")) {
            select.setLong(1, firstId);
            select.setLong(2, lastId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    writer.addDocument(document(rows));
                }
            }
        }
    }

    private Document document(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        long price = cents(row.getBigDecimal(7));
        Document document = new Document();
        document.add(new LongPoint(ID, id));
        document.add(new NumericDocValuesField(ID, id));
        document.add(new LongPoint(ROUND, row.getLong(2)));
        document.add(new LongPoint(VENDOR, row.getLong(3)));
        document.add(new StringField(CATEGORY, row.getString(4), Field.Store.NO));
        document.add(new StringField(BRAND, row.getString(5), Field.Store.NO));
        document.add(new StringField(STATUS, row.getString(6), Field.Store.NO));
        document.add(new LongPoint(PRICE, price));
        document.add(new NumericDocValuesField(PRICE, price));
        document.add(new Field(WORDS, words.of(row.getString(8), row.getString(9), row.getString(10)), WORDS_TYPE));
        return document;
    }

    /** A price as the index and the price checks compare it: whole cents. */
    static long cents(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    /** A daemon: a build still running when the service stops must not keep the process alive. */
    private static Thread updaterThread(Runnable task) {
        Thread thread = new Thread(task, "listing-index");
        thread.setDaemon(true);
        return thread;
    }

    /** Words are only looked up, never scored or shown: the index keeps which listings have them, nothing more. */
    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    /** What the index takes on disk, in the temporary folder the pod's limits bound; merges may remove a file meanwhile. */
    private static long megabytes(Path folder) {
        File[] files = folder.toFile().listFiles();
        return files == null ? 0 : Arrays.stream(files).mapToLong(File::length).sum() / (1024 * 1024);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
