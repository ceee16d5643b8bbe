package cn.taxprocurement.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code src/target/quarkus-app/quarkus-run.jar}) started with {@code java -jar} and
 * production environment variables, as an operator would start it.
 */
final class PackagedService implements AutoCloseable {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    final int port;
    final Path log;
    private final Process process;

    private PackagedService(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the jar with these environment variables and waits until it is ready (or has failed); on a free port
     * unless they name one.
     */
    static PackagedService start(Map<String, String> environment) throws IOException, InterruptedException {
        return start(environment, List.of());
    }

    /** As {@link #start(Map)}, with these options for the JVM after {@code -Xmx256m}. */
    static PackagedService start(Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        int port = environment.containsKey("QUARKUS_HTTP_PORT")
                ? Integer.parseInt(environment.get("QUARKUS_HTTP_PORT"))
                : freePort();
        Path log = Files.createTempFile("packaged-service", ".log");
        PackagedService service = new PackagedService(port, log, launch(environment, jvmOptions, port, log));
        service.awaitReady();
        return service;
    }

    /**
     * Runs the jar with these environment variables until it exits by itself, as a Kubernetes init container does
     * with {@code QUARKUS_INIT_AND_EXIT=true}; answers its output, or fails with it when the exit code is not 0.
     */
    static String run(Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile("packaged-service-run", ".log");
        Process process = launch(environment, List.of(), freePort(), log);
        if (!process.waitFor(READY_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the service did not exit within " + READY_TIMEOUT);
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    private static Process launch(Map<String, String> environment, List<String> jvmOptions, int port, Path log)
            throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        List<String> command = new java.util.ArrayList<>(List.of(javaExecutable(), "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // A setting production cannot start without; a test that is about it gives its own, or "" to leave it unset.
        builder.environment().put("PROCUREMENT_CSRF_SIGNING_KEY", "packaged-test-csrf-signing-key-0123456789");
        builder.environment().putAll(environment);
        builder.environment().values().removeIf(String::isEmpty);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return builder.start();
    }

    /** Resident memory of the service process, from /proc. */
    long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    /** Whether the service has started a MariaDB server of its own (the embedded default). */
    boolean runsAnEmbeddedDatabase() {
        return process.descendants()
                .anyMatch(child -> child.info().command().orElse("").endsWith("mariadbd"));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /** Kills it at once (SIGKILL), as a crashed node or an out-of-memory kill would: it gets no chance to clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops it as an operator's SIGTERM would, and waits for a clean exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the service was not ready within " + READY_TIMEOUT + ":\n" + logText());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
