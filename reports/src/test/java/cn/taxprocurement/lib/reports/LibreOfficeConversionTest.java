package cn.taxprocurement.lib.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice stands in for the office suites managers use: if it cannot print a report, neither can they trust it. */
class LibreOfficeConversionTest {
    private static final String PACKAGE = "libreoffice-calc-nogui";

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensBothReportsAndPrintsThemToPdf() throws IOException, InterruptedException {
        Path soffice = soffice();
        Path savings = Files.write(
                dir.resolve("savings.xlsx"),
                ReportFixtures.savingsWorkbook(ReportFixtures.savingsDetails().iterator()));
        Path catalog =
                Files.write(dir.resolve("catalog.xlsx"), ReportFixtures.catalogWorkbook(ReportFixtures.catalog2019()));
        Path pdfs = Files.createDirectory(dir.resolve("pdf"));
        Path log = dir.resolve("soffice.log");
        Process conversion = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        pdfs.toString(),
                        savings.toString(),
                        catalog.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!conversion.waitFor(5, TimeUnit.MINUTES)) {
            conversion.destroyForcibly();
        }
        assertThat(conversion.isAlive()).as("soffice finished within 5 minutes").isFalse();
        assertThat(conversion.exitValue()).as(Files.readString(log)).isZero();
        assertThat(pdfs.resolve("savings.pdf")).as(Files.readString(log)).isNotEmptyFile();
        assertThat(pdfs.resolve("catalog.pdf")).as(Files.readString(log)).isNotEmptyFile();
    }

    private static Path soffice() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "soffice"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("LibreOffice (soffice) is not on the PATH, so nobody checked that the"
                                + " reports open outside POI: install the Debian package " + PACKAGE));
    }
}
