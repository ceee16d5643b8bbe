package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImportCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aValidFileExitsWithZeroAndLeavesNoErrorWorkbook() throws IOException {
        Path file = copy("blank-rows.xlsx");

        assertThat(run("validate", file.toString())).isEqualTo(0);

        assertThat(out()).contains("数据行 3 行：通过 3 行，未通过 0 行", "全部通过校验，可以上传。");
        assertThat(dir.resolve("blank-rows-错误.xlsx")).doesNotExist();
    }

    @Test
    void aFileWithRejectedRowsExitsWithOneAndWritesTheErrorWorkbookBesideIt() throws Exception {
        Path file = copy("shuffled-columns.xlsx");

        assertThat(run("validate", file.toString(), "--categories", "A02010104"))
                .isEqualTo(1);

        assertThat(out())
                .contains(
                        "数据行 3 行：通过 2 行，未通过 1 行",
                        "  第 4 行 品目编码：品目编码 A02021001 不在本轮入围采购的品目范围内",
                        "  第 4 行 单价(元)：单价必须大于 0",
                        "shuffled-columns-错误.xlsx");
        try (XSSFWorkbook errors =
                new XSSFWorkbook(dir.resolve("shuffled-columns-错误.xlsx").toFile())) {
            assertThat(errors.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(errors.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("HP");
        }
    }

    @Test
    void aFileThatCannotBeImportedExitsWithOneAndSaysWhy() throws IOException {
        Path file = copy("xls-renamed.xlsx");

        assertThat(run("validate", file.toString())).isEqualTo(1);

        assertThat(err()).contains("文件无法导入：这是旧版 Excel 97-2003 (.xls) 文件");
        assertThat(dir.resolve("xls-renamed-错误.xlsx")).doesNotExist();
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndShowsTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("用法：");

        assertThat(run("check", "x.xlsx")).isEqualTo(2);
        assertThat(run("validate", "x.xlsx", "--verbose")).isEqualTo(2);
        assertThat(err()).contains("无法识别的参数：--verbose");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("validate", dir.resolve("nowhere.xlsx").toString())).isEqualTo(2);
        assertThat(err()).contains("找不到文件：");
    }

    private int run(String... args) {
        return CatalogImportCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copy(String name) throws IOException {
        return Files.copy(CatalogImporterTest.catalog(name), dir.resolve(name));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
