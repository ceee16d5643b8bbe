package cn.taxprocurement.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** A random secret of the embedded default, made once and kept in a file only its owner may read. */
final class KeptSecret {
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeptSecret() {}

    /** The secret in this file, made on first use: 43 characters of base64url (256 random bits). */
    static String of(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                try {
                    write(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another start made it first: use that one
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成 " + file, e);
        }
    }

    /** Writes a new file that only its owner can read and write. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text);
    }
}
