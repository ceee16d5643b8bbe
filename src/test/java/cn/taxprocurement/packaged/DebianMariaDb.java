package cn.taxprocurement.packaged;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The MariaDB server that Debian ships ({@code apt-get install mariadb-server}, 10.11 on Debian 12), started on a
 * free port with a throw-away data folder, holding one database and one application user: an external database as
 * production has one.
 */
final class DebianMariaDb implements AutoCloseable {
    static final String DATABASE = "procurement";
    static final String USER = "procurement";
    static final String PASSWORD = "smoke-test-password";
    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");

    final int port;
    private final Path dataDir;
    private final ProcessBuilder command;
    private Process process;

    private DebianMariaDb(int port, Path dataDir, ProcessBuilder command) throws IOException {
        this.port = port;
        this.dataDir = dataDir;
        this.command = command;
        this.process = command.start();
    }

    static DebianMariaDb start() throws IOException, InterruptedException {
        if (!Files.isExecutable(SERVER)) {
            throw new IllegalStateException(
                    SERVER + " is missing: install Debian's mariadb-server (scripts/test does)");
        }
        Path dir = Files.createTempDirectory("debian-mariadb");
        Path data = dir.resolve("data");
        Path init = dir.resolve("init.sql");
        Files.writeString(
                init,
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                        + "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';\n"
                        // As a schema owner in production: it may grant the service's own account its tables.
                        + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'%' WITH GRANT OPTION;\n"
                        + "GRANT CREATE USER ON *.* TO '" + USER + "'@'%';\n");
        run(List.of(
                "mariadb-install-db",
                "--no-defaults",
                "--datadir=" + data,
                "--user=" + System.getProperty("user.name"),
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        int port = PackagedService.freePort();
        ProcessBuilder server = new ProcessBuilder(
                        SERVER.toString(),
                        "--no-defaults",
                        "--datadir=" + data,
                        "--port=" + port,
                        "--bind-address=127.0.0.1",
                        "--skip-name-resolve",
                        "--socket=" + dir.resolve("mysqld.sock"),
                        "--pid-file=" + dir.resolve("mysqld.pid"),
                        "--user=" + System.getProperty("user.name"),
                        "--init-file=" + init)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("server.log").toFile()));
        DebianMariaDb db = new DebianMariaDb(port, dir, server);
        db.awaitListening();
        return db;
    }

    /**
     * The packaged service's production variables for this database's application user, API tokens checked against
     * the key, page sign-in off (no identity provider); a map the caller may add to.
     */
    static final String AUDIT_SIGNING_KEY = "PROCUREMENT_AUDIT_SIGNING_KEY";

    Map<String, String> serviceEnvironment(SigningKey key) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        environment.put("QUARKUS_OIDC_PUBLIC_KEY", key.publicKey());
        environment.put("QUARKUS_OIDC_PAGES_TENANT_ENABLED", "false");
        // One key for every replica: a checkpoint one signs, another verifies.
        environment.put(AUDIT_SIGNING_KEY, "packaged-test-audit-signing-key-0123456789");
        return environment;
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Takes the server away as a crash would (SIGKILL): connections break, uncommitted transactions are lost. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts the server again on the same port and data folder. */
    void restart() throws IOException, InterruptedException {
        process = command.start();
        awaitListening();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        PackagedService.deleteRecursively(dataDir);
    }

    private void awaitListening() throws InterruptedException, IOException {
        for (int attempt = 0; attempt < 240; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited:\n" + Files.readString(dataDir.resolve("server.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("mariadbd did not listen on " + port);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
