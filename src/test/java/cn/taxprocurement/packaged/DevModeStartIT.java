package cn.taxprocurement.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.web.Browser;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The README's first command on a fresh clone, {@code ./mvnw quarkus:dev} from the repository's root (on a free port
 * and with a data folder of its own, so that it cannot meet a developer's running service): it starts, loads the demo
 * data and logs nothing that would alarm a newcomer, the Dev UI opens without an error, the README's token command works
 * as written, and the service keeps to its memory settings.
 */
class DevModeStartIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target/dev-mode-it").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    /** What a newcomer should never see in a clean start: warnings and errors of Maven, of the service and its libraries. */
    private static final Pattern ALARMING = Pattern.compile(
            "\\[WARNING]|\\[ERROR]| WARN | ERROR |Skipping quarkus:dev|HHH100045|Unknown column|Exception");

    @Test
    void aCleanDevModeStartAndTheDevUiLogNothingAlarmingAndTheReadmesTokenCommandWorksAsWritten() throws Exception {
        PackagedService.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        int port = PackagedService.freePort();
        Path log = WORK.resolve("quarkus-dev.log");
        Process maven = new ProcessBuilder(
                        ROOT.resolve("mvnw").toString(),
                        "-B",
                        "quarkus:dev",
                        "-Dquarkus.http.port=" + port,
                        // Debugging stays on, on a port no other running dev mode holds.
                        "-Ddebug=" + PackagedService.freePort(),
                        "-Dprocurement.embedded-db.data-dir=" + WORK.resolve("mariadb"))
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String startLog;
        try {
            long started = System.nanoTime();
            awaitReady(maven, log, port);
            System.out.printf("dev mode: ready in %.1f s%n", (System.nanoTime() - started) / 1e9);

            try (Browser browser =
                    Browser.open(URI.create("http://127.0.0.1:" + port + "/").toURL())) {
                browser.go("/q/dev-ui/extensions");
                browser.waitFor(d -> (Boolean) ((JavascriptExecutor) d).executeScript(DEV_UI_EXTENSIONS_SHOWN));
            }

            String command = tokenCommand(Files.readString(ROOT.resolve("README.md")))
                    .replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port);
            // curl's progress meter goes to standard error: the answer is what the command prints.
            Process bash = new ProcessBuilder("bash", "-c", command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String answer = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // The demo data's 2018: 80 results, answered only to a signed-in officer or manager.
            JsonPath savings = JsonPath.from(answer);
            assertThat(savings.getInt("year")).as(answer).isEqualTo(2018);
            assertThat(savings.getInt("projectCount")).as(answer).isEqualTo(80);

            ProcessHandle service = maven.descendants()
                    .filter(process ->
                            process.info().commandLine().orElse("").contains("tax-procurement-service-dev.jar"))
                    .findFirst()
                    .orElseThrow();
            long resident = residentMegabytes(service.pid());
            System.out.printf("dev mode: the service's RSS %d MB%n", resident);
            startLog = Files.readString(log);
            // The default JVM took 0.9–1.2 GB here (src/README.md, "Dev mode memory").
            assertThat(resident).isLessThan(640);
        } finally {
            stop(maven);
        }
        List<String> alarming =
                startLog.lines().filter(line -> ALARMING.matcher(line).find()).toList();
        assertThat(startLog).contains("Listening on: http://127.0.0.1:" + port);
        assertThat(alarming).isEmpty();
    }

    /** Whether the Dev UI's extensions page has been rendered, looking through the shadow roots of its components. */
    private static final String DEV_UI_EXTENSIONS_SHOWN = """
            const shown = root => [...root.querySelectorAll('*')].some(element =>
                (element.localName === 'qwc-extensions' && element.shadowRoot
                        && element.shadowRoot.querySelector('.grid') !== null)
                    || (element.shadowRoot && shown(element.shadowRoot)));
            return shown(document);
            """;

    /** The README's token command: the code block of "Signing in on the embedded default". */
    static String tokenCommand(String readme) {
        String section = readme.substring(readme.indexOf("### Signing in on the embedded default"));
        Matcher block = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(block.find())
                .as("a bash block in the README's sign-in section")
                .isTrue();
        return block.group(1);
    }

    private static void awaitReady(Process maven, Path log, int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                throw new IllegalStateException(
                        "quarkus:dev exited with " + maven.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "quarkus:dev was not ready within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** Stops the service first, so that it stops its MariaDB, then Maven; whatever is left is killed. */
    private static void stop(Process maven) throws InterruptedException {
        List<ProcessHandle> children = maven.descendants().toList();
        for (ProcessHandle child : children) {
            if (child.info().commandLine().orElse("").contains("-dev.jar")) {
                child.destroy();
                child.onExit().completeOnTimeout(child, 60, TimeUnit.SECONDS).join();
            }
        }
        maven.destroy();
        if (!maven.waitFor(60, TimeUnit.SECONDS)) {
            maven.destroyForcibly().waitFor();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
