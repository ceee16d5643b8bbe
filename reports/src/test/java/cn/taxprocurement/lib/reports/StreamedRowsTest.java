package cn.taxprocurement.lib.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text of every kind a listing may hold comes back from a streamed sheet as written, or as POI itself writes it. */
class StreamedRowsTest {
    @Test
    void markupSpacesLineBreaksAndCharactersBeyondTheBasicPlaneSurviveWhatXmlCannotHoldBecomesAQuestionMark()
            throws IOException {
        List<String> texts = List.of(
                "<b>Dell & HP</b> \"quoted\" 'single'",
                "  leading and trailing spaces  ",
                "一行\n二行\t制表\r回车",
                "表情 😀 与 𠀀 字",
                "控制\u0001字符\u001f",
                "孤立\uD800代理",
                "非字符\uFFFE\uFFFF",
                "华为技术有限公司 ТаиШань Ünïcödé");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogReportWriter()
                .write(
                        texts.stream()
                                .map(text -> new CatalogProductRow(
                                        "A02010104", "台式计算机", text, null, "品牌", "型号", "", new BigDecimal("1.5")))
                                .iterator(),
                        () -> new CatalogFigures(ReportFixtures.catalog2019(), List.of()),
                        out);

        try (XSSFWorkbook workbook = ReportFixtures.read(out.toByteArray())) {
            var sheet = workbook.getSheet(CatalogReportWriter.PRODUCTS);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("供应商");
            assertThat(sheet.getLastRowNum()).isEqualTo(texts.size());
            List<String> read = texts.stream()
                    .map(text ->
                            sheet.getRow(texts.indexOf(text) + 1).getCell(2).getStringCellValue())
                    .toList();
            assertThat(read)
                    .containsExactly(
                            "<b>Dell & HP</b> \"quoted\" 'single'",
                            "  leading and trailing spaces  ",
                            "一行\n二行\t制表\r回车",
                            "表情 😀 与 𠀀 字",
                            "控制?字符?",
                            "孤立?代理",
                            "非字符??",
                            "华为技术有限公司 ТаиШань Ünïcödé");
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(3)).as("a missing value writes no cell").isNull();
            assertThat(first.getCell(6).getStringCellValue()).isEmpty();
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(1.5);
            assertThat(first.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
