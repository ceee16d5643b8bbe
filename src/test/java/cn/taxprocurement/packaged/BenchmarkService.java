package cn.taxprocurement.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service as the benchmarks run it: at -Xmx256m on a new embedded database in {@code target/<name>/},
 * trusting the bearer tokens its {@link #api} signs, and logging its collections so that its peak heap can be read.
 */
final class BenchmarkService implements AutoCloseable {
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    final PackagedService service;
    final ServiceClient api;
    final Path dataDir;
    private final Path gcLog;

    private BenchmarkService(PackagedService service, ServiceClient api, Path dataDir, Path gcLog) {
        this.service = service;
        this.api = api;
        this.dataDir = dataDir;
        this.gcLog = gcLog;
    }

    /** Starts the service on a new, empty database in {@code target/<name>/}. */
    static BenchmarkService start(String name) throws IOException, InterruptedException {
        return start(name, Map.of());
    }

    /** As {@link #start(String)}, with these environment variables besides. */
    static BenchmarkService start(String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path folder = Path.of("target", name);
        Path dataDir = folder.resolve("mariadb");
        Path gcLog = folder.resolve("gc.log");
        PackagedService.deleteRecursively(dataDir);
        Files.createDirectories(folder);
        Files.deleteIfExists(gcLog);
        SigningKey key = new SigningKey();
        Map<String, String> variables = new HashMap<>(environment);
        variables.putAll(Map.of(
                "PROCUREMENT_EMBEDDED_DB_DATA_DIR",
                dataDir.toString(),
                "QUARKUS_OIDC_PUBLIC_KEY",
                key.publicKey(),
                "QUARKUS_OIDC_PAGES_TENANT_ENABLED",
                "false"));
        PackagedService service = PackagedService.start(variables, List.of("-Xlog:gc:file=" + gcLog.toAbsolutePath()));
        return new BenchmarkService(service, new ServiceClient(service, key), dataDir, gcLog);
    }

    /**
     * A connection to the embedded database as the schema's owner, whose password the embedded default keeps beside
     * its data folder: for what a benchmark sets up in bulk, not through the API.
     */
    Connection asOwner() throws IOException, SQLException {
        Matcher url =
                Pattern.compile("jdbc:mysql://127\\.0\\.0\\.1:\\d+/procurement").matcher(service.logText());
        if (!url.find()) {
            throw new IllegalStateException("the service did not log its embedded database's address");
        }
        String password = Files.readString(dataDir.resolveSibling("embedded-db-owner.password"))
                .strip();
        return DriverManager.getConnection(url.group(), "procurement_owner", password);
    }

    /** Where the service's collections are logged so far: {@link #peakHeapMegabytes(long)} reads what comes after. */
    long gcLogMark() throws IOException {
        return Files.size(gcLog);
    }

    /**
     * The most heap the service used since the mark, from its GC log: the largest heap before a collection; 0 when it
     * has not collected since.
     */
    long peakHeapMegabytes(long mark) throws IOException {
        String logged = Files.readString(gcLog);
        Matcher collection = COLLECTION.matcher(logged.substring((int) Math.min(mark, logged.length())));
        long peak = 0;
        while (collection.find()) {
            peak = Math.max(peak, Long.parseLong(collection.group(1)));
        }
        return peak;
    }

    @Override
    public void close() throws InterruptedException {
        service.close();
    }
}
