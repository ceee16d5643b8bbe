package cn.taxprocurement.catalogimport;

import cn.taxprocurement.catalog.ListingIndex;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.lib.catalogimport.CatalogFileException;
import cn.taxprocurement.lib.catalogimport.CatalogImporter;
import cn.taxprocurement.lib.catalogimport.CatalogProduct;
import cn.taxprocurement.lib.catalogimport.ErrorWorkbookWriter;
import cn.taxprocurement.lib.catalogimport.ImportLimits;
import cn.taxprocurement.lib.catalogimport.ImportSummary;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Processes queued catalog imports, in any replica: claims one with a row lock, then reads its file once, checking each
 * row and listing the accepted ones chunk by chunk (a file that cannot be imported as a whole failed at upload). An
 * import that fails on the way has the listings it made removed with it. A resumed import skips the rows its committed
 * chunks already listed. A stopping instance hands its import back to the queue at the next row or chunk, so that
 * another replica resumes it at once.
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** This instance's name in claims. */
    static final String INSTANCE = "worker-" + UUID.randomUUID();

    /** The poll's name in the scheduler. */
    static final String POLL = "catalog-import-poll";

    @Inject
    ImportQueue queue;

    @Inject
    ImportConfig config;

    @Inject
    ListingIndex listingIndex;

    /** Held while an import is claimed and processed, so that stopping can wait for it to be handed back. */
    private final ReentrantLock working = new ReentrantLock();

    /** Works through the queue when this replica queues an import; one wake-up waits while one runs, more are moot. */
    private final ThreadPoolExecutor wakeUps = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1),
            work -> new Thread(work, "catalog-import-wake-up"),
            new ThreadPoolExecutor.DiscardPolicy());

    /** Reads an import's file while the import's thread lists what was read. */
    private final ExecutorService readers =
            Executors.newSingleThreadExecutor(work -> new Thread(work, "catalog-import-reader"));

    private volatile boolean stopping;

    /** Picks up what other replicas queued and imports whose worker stopped reporting. */
    @Scheduled(identity = POLL, every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        while (processNext()) {
            // one import after another until the queue is empty
        }
    }

    /** An upload on this replica has committed: its import starts now rather than at the next poll. */
    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportQueued queued) {
        wakeUps.execute(this::tick);
    }

    /** Processes the next claimable import, if any; whether there was one. */
    boolean processNext() {
        working.lock();
        try {
            return !stopping && queue.claimNext(INSTANCE).map(this::process).orElse(false);
        } finally {
            working.unlock();
        }
    }

    /** Claims nothing more and waits until the import in hand, if any, is handed back or done. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        wakeUps.shutdown();
        if (working.tryLock(config.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            working.unlock();
            readers.shutdown();
        } else {
            LOG.warnf("the catalog import in hand was not handed back within %s", config.stopTimeout());
        }
    }

    private boolean process(ImportQueue.Claim claim) {
        LOG.infof("catalog import %d claimed by %s, attempt %d", claim.id(), INSTANCE, claim.attempt());
        Path upload = null;
        Path errors = null;
        try {
            upload = Files.createTempFile("catalog-import-", ".xlsx");
            errors = Files.createTempFile("catalog-import-errors-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(upload)) {
                queue.copyUpload(claim, out);
            }
            CatalogImporter importer =
                    new CatalogImporter(new ImportLimits(config.maxFileSize().asLongValue(), config.maxRows()));
            ImportSummary summary =
                    list(importer, claim, upload, errors, config.claimTimeout().dividedBy(4));
            // an import that says it succeeded has its listings searchable, on this replica at once
            listingIndex.catchUp();
            queue.succeed(claim, summary, summary.rejectedRows() > 0 ? errors : null);
        } catch (CatalogFileException | Refusal e) {
            queue.fail(claim, e.getMessage());
        } catch (ImportQueue.ClaimLost e) {
            LOG.warnf("%s", e.getMessage());
        } catch (Stopping e) {
            LOG.infof("catalog import %d handed back to the queue: this instance is stopping", claim.id());
            queue.handBack(claim);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "catalog import %d stopped; it goes back to the queue", claim.id());
            queue.release(claim);
        } finally {
            delete(upload);
            delete(errors);
        }
        return true;
    }

    /**
     * Reads the file and lists its accepted rows in chunks of the configured size; the rejected rows go to the error
     * workbook. The file is read on a thread of its own while this one lists the previous chunk; all database work,
     * heartbeats included, stays on this thread, which renews the claim itself while it waits for the next chunk.
     *
     * @return what the reading found in the whole file
     */
    ImportSummary list(CatalogImporter importer, ImportQueue.Claim claim, Path upload, Path errors, Duration beat) {
        HandOff handOff = new HandOff();
        Future<?> reading = readers.submit(() -> read(importer, claim, upload, errors, handOff));
        try {
            while (true) {
                Chunk chunk = handOff.take(beat);
                if (chunk == null) {
                    queue.heartbeat(claim);
                } else if (chunk.failure() instanceof Error error) {
                    throw error;
                } else if (chunk.failure() instanceof RuntimeException failure) {
                    throw failure;
                } else {
                    queue.listChunk(claim, chunk.products(), chunk.processed(), chunk.rejected());
                    if (chunk.summary() != null) {
                        return chunk.summary();
                    }
                }
            }
        } finally {
            handOff.abandon();
            awaitQuietly(reading);
        }
    }

    /**
     * The reader's side of {@link #list}: hands over each full chunk, then the last one with the summary once the error
     * workbook is written, or what stopped it.
     */
    private void read(CatalogImporter importer, ImportQueue.Claim claim, Path upload, Path errors, HandOff handOff) {
        try {
            ImportRoundCheck round = new ImportRoundCheck(claim.categoryCodes(), claim.liveKeys());
            Progress progress = new Progress(claim.committedProducts());
            Filling filling = new Filling(config.chunkSize());
            ImportSummary summary;
            try (OutputStream out = Files.newOutputStream(errors);
                    ErrorWorkbookWriter rejectedRows = new ErrorWorkbookWriter(out)) {
                summary = importer.validate(
                        upload.toFile(),
                        round,
                        product -> {
                            stopIfStopping();
                            handOff.requireListening();
                            round.accepted(product);
                            if (!progress.accepted()) {
                                return;
                            }
                            List<CatalogProduct> full = filling.add(product);
                            if (full != null) {
                                handOff.put(new Chunk(full, progress.processed(), progress.rejected(), null, null));
                            }
                        },
                        rejected -> {
                            stopIfStopping();
                            handOff.requireListening();
                            progress.reject();
                            rejectedRows.accept(rejected);
                        });
            }
            handOff.put(new Chunk(filling.rest(), progress.processed(), progress.rejected(), summary, null));
        } catch (IOException e) {
            handOff.fail(new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            handOff.fail(e);
        }
    }

    /** The chunk being filled with accepted rows. */
    private static final class Filling {
        private final int size;
        private List<CatalogProduct> products;

        Filling(int size) {
            this.size = size;
            this.products = new ArrayList<>(size);
        }

        /** Adds a row; the chunk once it is full, with a new one started after it, else null. */
        List<CatalogProduct> add(CatalogProduct product) {
            products.add(product);
            if (products.size() < size) {
                return null;
            }
            List<CatalogProduct> full = products;
            products = new ArrayList<>(size);
            return full;
        }

        List<CatalogProduct> rest() {
            return products;
        }
    }

    /**
     * Accepted rows to list in one transaction, how many rows of the file were read and rejected once they are, and
     * for the last chunk what the whole file held.
     */
    private record Chunk(
            List<CatalogProduct> products, int processed, int rejected, ImportSummary summary, Throwable failure) {}

    /**
     * The reader's chunks on their way to the lister: at most one waits while one is listed and the next is read, so
     * memory stays bounded however long the file is. Once the lister has left, the reader stops at its next hand-over.
     */
    private static final class HandOff {
        private static final long RECHECK_MILLIS = 100;
        private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(1);
        private volatile boolean abandoned;

        void put(Chunk chunk) {
            try {
                while (!chunks.offer(chunk, RECHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (abandoned) {
                        throw new Stopping();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopping();
            }
        }

        /** Stops the reader once the lister has left. */
        void requireListening() {
            if (abandoned) {
                throw new Stopping();
            }
        }

        /** Hands over what stopped the reader, unless nobody is listening any more. */
        void fail(Throwable failure) {
            if (!abandoned) {
                try {
                    put(new Chunk(List.of(), 0, 0, null, failure));
                } catch (Stopping e) {
                    // the lister left meanwhile: nobody is left to tell
                }
            }
        }

        /** The next chunk, or null when none came within {@code wait}. */
        Chunk take(Duration wait) {
            try {
                return chunks.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopping();
            }
        }

        void abandon() {
            abandoned = true;
            chunks.clear();
        }
    }

    private static void awaitQuietly(Future<?> reading) {
        boolean interrupted = false;
        while (true) {
            try {
                reading.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How far the reading has come, and which accepted rows the committed chunks of earlier attempts listed. */
    private static final class Progress {
        private final int committed;
        private int processed;
        private int accepted;
        private int rejected;

        Progress(int committed) {
            this.committed = committed;
        }

        /** Counts an accepted row; whether it is still to be listed. */
        boolean accepted() {
            processed++;
            return accepted++ >= committed;
        }

        void reject() {
            processed++;
            rejected++;
        }

        int processed() {
            return processed;
        }

        int rejected() {
            return rejected;
        }
    }

    private void stopIfStopping() {
        if (stopping) {
            throw new Stopping();
        }
    }

    /**
     * This instance is stopping: the import goes back to the queue as it stands. Thrown from a row's callback, the one
     * way to end a reading early; the library and its SAX parser let it through unwrapped, as they do {@code ClaimLost}.
     */
    private static final class Stopping extends RuntimeException {
        Stopping() {
            super("stopping", null, false, false);
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
