package cn.taxprocurement.lib.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small reports resembling the yearbook's, with the vendor texts that try to break a spreadsheet. */
final class ReportFixtures {
    static final Instant GENERATED_AT = Instant.parse("2019-01-15T02:30:00Z");
    static final String FORMULA_TEXT = "=HYPERLINK(\"http://evil.example\",\"点击领奖\")";
    static final String LONG_TEXT = "规".repeat(40_000);
    static final String YEARBOOK = "2018年，完成信息化采购项目3个，预算金额为0.01亿元，采购金额为0.01亿元，资金节约率约7.62%。";

    private ReportFixtures() {}

    static SavingsSummary savings2018() {
        return new SavingsSummary(
                2018,
                3,
                money("1220000.00"),
                money("1127000.00"),
                money("93000.00"),
                Rates.savingsRate(money("1220000.00"), money("1127000.00")),
                CatalogOrderSavings.of(4, money("96000.00"), money("90240.00")),
                YEARBOOK,
                GENERATED_AT,
                "张经理");
    }

    static List<SavingsGroupRow> savingsByCategory() {
        return List.of(
                new SavingsGroupRow(
                        "A02010104", "台式计算机", 2, money("700000.00"), money("650000.00"), new BigDecimal("7.14")),
                new SavingsGroupRow(
                        "A02010103", "服务器", 1, money("520000.00"), money("477000.00"), new BigDecimal("8.27")));
    }

    static List<SavingsGroupRow> savingsTrend() {
        return List.of(
                new SavingsGroupRow("2017", "2017", 0, money("0.00"), money("0.00"), null),
                new SavingsGroupRow(
                        "2018", "2018", 3, money("1220000.00"), money("1127000.00"), new BigDecimal("7.62")));
    }

    static List<SavingsGroupRow> savingsByMethod() {
        return List.of(
                new SavingsGroupRow(
                        "OPEN_TENDER", "公开招标", 2, money("1000000.00"), money("920000.00"), new BigDecimal("8.00")),
                new SavingsGroupRow(
                        "REQUEST_FOR_QUOTATION",
                        "询价",
                        1,
                        money("220000.00"),
                        money("207000.00"),
                        new BigDecimal("5.91")));
    }

    static List<SavingsDetailRow> savingsDetails() {
        return List.of(
                detail("TP-2018-001", "2018年台式计算机集中采购", "A02010104", "台式计算机", FORMULA_TEXT, "500000.00", "460000.00"),
                detail("TP-2018-002", LONG_TEXT, "A02010104", "台式计算机", "+86 联想(北京)有限公司", "200000.00", "190000.00"),
                detail("TP-2018-003", "@服务器扩容", "A02010103", "服务器", "-浪潮电子信息产业股份有限公司", "520000.00", "477000.00"));
    }

    static SavingsDetailRow detail(
            String code,
            String title,
            String categoryCode,
            String categoryName,
            String vendor,
            String budget,
            String awarded) {
        BigDecimal budgetAmount = money(budget);
        BigDecimal awardedAmount = money(awarded);
        return new SavingsDetailRow(
                code,
                title,
                categoryCode,
                categoryName,
                "公开招标",
                budgetAmount,
                awardedAmount,
                budgetAmount.subtract(awardedAmount),
                Rates.savingsRate(budgetAmount, awardedAmount),
                vendor,
                LocalDate.of(2018, 6, 30));
    }

    static CatalogSummary catalog2019() {
        return new CatalogSummary(
                new CatalogYearFigures(2019, 9, 98, 2435, 120),
                new CatalogYearFigures(2018, 8, 77, 1385, 100),
                GENERATED_AT,
                "李经理");
    }

    static List<CatalogCategoryRow> catalogByCategory() {
        return List.of(
                new CatalogCategoryRow("A02010104", "台式计算机", 60, 1500, 70),
                new CatalogCategoryRow("A0201060101", "激光打印机", 40, 935, 50));
    }

    static List<CatalogProductRow> catalogProducts() {
        return List.of(
                product("联想(北京)有限公司", "联想", "ThinkCentre M920t", "i5-8500/8G/1T", "4999.00"),
                product(FORMULA_TEXT, "+HP", "-LaserJet Pro M404dn", LONG_TEXT, "2599.00"),
                product("@华为技术有限公司", "华为", "MateStation S", "R5-4600G/16G/512G", "5299.50"));
    }

    static CatalogProductRow product(String vendor, String brand, String model, String specs, String price) {
        return new CatalogProductRow(
                "A02010104", "台式计算机", vendor, "91110108700000000X", brand, model, specs, money(price));
    }

    static BigDecimal money(String yuan) {
        return new BigDecimal(yuan);
    }

    static byte[] savingsWorkbook(Iterator<SavingsDetailRow> details) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SavingsReportWriter()
                .write(savings2018(), savingsByCategory(), savingsByMethod(), savingsTrend(), details, out);
        return out.toByteArray();
    }

    static byte[] catalogWorkbook(CatalogSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogReportWriter()
                .write(catalogProducts().iterator(), () -> new CatalogFigures(summary, catalogByCategory()), out);
        return out.toByteArray();
    }

    static XSSFWorkbook read(byte[] workbook) throws IOException {
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook));
    }
}
