package cn.taxprocurement.catalogimport;

import cn.taxprocurement.common.DuplicateKey;
import cn.taxprocurement.lib.catalogimport.CatalogFileInvalid;
import cn.taxprocurement.lib.catalogimport.CatalogImporter;
import cn.taxprocurement.lib.catalogimport.ErrorWorkbookWriter;
import cn.taxprocurement.lib.catalogimport.ImportLimits;
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

/**
 * Takes an uploaded catalog in: checks its size and type with the library before anything is stored (413, 415),
 * outside any transaction, then queues it once per file, vendor and round.
 */
@ApplicationScoped
class Uploads {
    private static final int NAME_LIMIT = 255;

    @Inject
    CatalogImportService service;

    @Inject
    ImportConfig config;

    ImportView accept(Actor actor, long roundId, String fileName, Path file) {
        long size = size(file);
        check(file);
        String sha256 = sha256(file);
        String name = fileName == null ? "" : fileName.strip();
        // A browser sends the file's name; a path in it is the sender's doing, and no part of it is kept.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.isBlank() ? "catalog.xlsx" : name;
        name = name.length() > NAME_LIMIT ? name.substring(name.length() - NAME_LIMIT) : name;
        try {
            return service.queue(actor, roundId, name, file, size, sha256);
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                return service.sameFile(actor, roundId, sha256);
            }
            throw e;
        }
    }

    /**
     * The library refuses a file too large or not an .xlsx workbook before reading it; reading stops at the second
     * data row, since everything else about the file is the worker's to find and report on the import.
     */
    private void check(Path file) {
        CatalogImporter quickLook =
                new CatalogImporter(new ImportLimits(config.maxFileSize().asLongValue(), 1));
        try {
            quickLook.read(file.toFile(), row -> {});
        } catch (CatalogFileInvalid e) {
            // The workbook is one; whether it can be imported is decided when it is processed.
        }
    }

    static void writeEmptyErrorWorkbook(OutputStream out) {
        new ErrorWorkbookWriter(out).close();
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
