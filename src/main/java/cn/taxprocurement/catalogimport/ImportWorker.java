package cn.taxprocurement.catalogimport;

import cn.taxprocurement.common.Conflict;
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
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Processes queued catalog imports, in any replica: claims one with a row lock, reads the whole file once to validate
 * it (so a file that fails leaves nothing behind), then reads it again and lists its accepted rows chunk by chunk.
 * A resumed import skips the rows its committed chunks already listed. A stopping instance hands its import back to
 * the queue at the next row or chunk, so that another replica resumes it at once.
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** This instance's name in claims. */
    static final String INSTANCE = "worker-" + UUID.randomUUID();

    @Inject
    CatalogImportService service;

    @Inject
    ImportConfig config;

    /** Held while an import is claimed and processed, so that stopping can wait for it to be handed back. */
    private final ReentrantLock working = new ReentrantLock();

    private volatile boolean stopping;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        while (processNext()) {
            // one import after another until the queue is empty
        }
    }

    /** Processes the next claimable import, if any; whether there was one. */
    boolean processNext() {
        working.lock();
        try {
            return !stopping && service.claimNext(INSTANCE).map(this::process).orElse(false);
        } finally {
            working.unlock();
        }
    }

    /** Claims nothing more and waits until the import in hand, if any, is handed back or done. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (working.tryLock(config.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            working.unlock();
        } else {
            LOG.warnf("the catalog import in hand was not handed back within %s", config.stopTimeout());
        }
    }

    private boolean process(CatalogImportService.Claim claim) {
        LOG.infof("catalog import %d claimed by %s, attempt %d", claim.id(), INSTANCE, claim.attempt());
        Path upload = null;
        Path errors = null;
        try {
            upload = Files.createTempFile("catalog-import-", ".xlsx");
            errors = Files.createTempFile("catalog-import-errors-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(upload)) {
                service.copyUpload(claim, out);
            }
            CatalogImporter importer =
                    new CatalogImporter(new ImportLimits(config.maxFileSize().asLongValue(), config.maxRows()));
            ImportSummary summary = validate(importer, claim, upload, errors);
            service.validated(claim, summary, summary.rejectedRows() > 0 ? errors : null);
            list(importer, claim, upload);
            service.succeed(claim);
        } catch (CatalogFileException | Conflict e) {
            if (stopped(e)) {
                service.handBack(claim);
            } else {
                service.fail(claim, e.getMessage());
            }
        } catch (CatalogImportService.ClaimLost e) {
            LOG.warnf("%s", e.getMessage());
        } catch (Stopping e) {
            LOG.infof("catalog import %d handed back to the queue: this instance is stopping", claim.id());
            service.handBack(claim);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "catalog import %d stopped; it goes back to the queue", claim.id());
            service.release(claim);
        } finally {
            delete(upload);
            delete(errors);
        }
        return true;
    }

    /** First reading: every row checked, nothing listed; the rejected rows go to the error workbook. */
    private ImportSummary validate(CatalogImporter importer, CatalogImportService.Claim claim, Path upload, Path errors)
            throws IOException {
        ImportRoundCheck round = new ImportRoundCheck(claim.categoryCodes(), claim.liveKeys());
        try (OutputStream out = Files.newOutputStream(errors);
                ErrorWorkbookWriter rejected = new ErrorWorkbookWriter(out)) {
            return importer.validate(
                    upload.toFile(),
                    round,
                    product -> {
                        stopIfStopping();
                        round.accepted(product);
                    },
                    rejected);
        }
    }

    /** Second reading: the same rows accepted again, listed in chunks of the configured size. */
    private void list(CatalogImporter importer, CatalogImportService.Claim claim, Path upload) {
        ImportRoundCheck round = new ImportRoundCheck(claim.categoryCodes(), claim.liveKeys());
        int chunkSize = config.chunkSize();
        List<CatalogProduct> chunk = new ArrayList<>(chunkSize);
        int[] processed = {0};
        int[] accepted = {0};
        importer.validate(
                upload.toFile(),
                round,
                product -> {
                    round.accepted(product);
                    processed[0]++;
                    if (accepted[0]++ < claim.committedProducts()) {
                        return;
                    }
                    chunk.add(product);
                    if (chunk.size() == chunkSize) {
                        stopIfStopping();
                        service.listChunk(claim, chunk, processed[0]);
                        chunk.clear();
                    }
                },
                rejected -> processed[0]++);
        service.listChunk(claim, chunk, processed[0]);
    }

    private void stopIfStopping() {
        if (stopping) {
            throw new Stopping();
        }
    }

    private static boolean stopped(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Stopping) {
                return true;
            }
        }
        return false;
    }

    /** This instance is stopping: the import goes back to the queue as it stands. */
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
