package cn.taxprocurement.catalogimport;

import cn.taxprocurement.common.DuplicateKey;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.CatalogFileInvalid;
import cn.taxprocurement.lib.catalogimport.CatalogImporter;
import cn.taxprocurement.lib.catalogimport.ImportLimits;
import cn.taxprocurement.lib.catalogimport.WorkbookShape;
import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Takes an uploaded catalog in: checks its size, type and structure with the library before anything is stored (413,
 * 415, 422), outside any transaction, then queues it once per file, vendor and round. The API and the pages upload
 * through it alike.
 */
@ApplicationScoped
public class Uploads {
    private static final int NAME_LIMIT = 255;

    @Inject
    CatalogImportService service;

    @Inject
    ImportConfig config;

    /** Checks and queues a vendor's upload for a round: the one way a catalog comes in. */
    public ImportView accept(Actor actor, Long roundId, FileUpload upload) {
        if (roundId == null) {
            throw Refusal.onField("roundId", RefusalCode.ROUND_REQUIRED);
        }
        if (upload == null) {
            throw Refusal.onField("file", RefusalCode.FILE_REQUIRED);
        }
        return accept(actor, roundId, upload.fileName(), upload.uploadedFile());
    }

    /** As {@link #accept(Actor, Long, FileUpload)}, for a file already on disk. */
    public ImportView accept(Actor actor, long roundId, String fileName, Path file) {
        long size = size(file);
        int dataRows = 0;
        String failure = null;
        try {
            dataRows = check(file).dataRows();
        } catch (CatalogFileInvalid e) {
            failure = e.getMessage();
        }
        String sha256 = sha256(file);
        String name = fileName == null ? "" : fileName.strip();
        // A browser sends the file's name; a path in it is the sender's doing, and no part of it is kept.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.isBlank() ? "catalog.xlsx" : name;
        name = name.length() > NAME_LIMIT ? name.substring(name.length() - NAME_LIMIT) : name;
        try {
            return service.queue(actor, roundId, new CheckedUpload(name, file, size, sha256, dataRows, failure));
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                return service.sameFile(actor, roundId, sha256);
            }
            throw e;
        }
    }

    /**
     * The library reads the workbook under its memory limits and refuses here a file too large (413), not an .xlsx
     * workbook (415), or whose structure could exhaust memory or is unsafe (422: too wide, too many parts, a zip bomb,
     * a DOCTYPE). A workbook that is one but cannot be imported (missing columns, too many rows, links to other files,
     * damaged content) throws {@link CatalogFileInvalid}: its import fails at once with the reason, where the vendor
     * follows the file's outcome.
     */
    private WorkbookShape check(Path file) {
        CatalogImporter importer =
                new CatalogImporter(new ImportLimits(config.maxFileSize().asLongValue(), config.maxRows()));
        return importer.inspect(file.toFile());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
