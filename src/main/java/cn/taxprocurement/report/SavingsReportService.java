package cn.taxprocurement.report;

import cn.taxprocurement.common.Download;
import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.reports.Rates;
import cn.taxprocurement.lib.reports.SavingsGroupRow;
import cn.taxprocurement.lib.reports.SavingsReportWriter;
import cn.taxprocurement.lib.reports.SavingsSummary;
import cn.taxprocurement.lib.reports.Yearbook;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.BuyingUnitConfig;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The savings report of a year over its AWARDED projects, computed with SQL aggregates over the raw amounts: the one
 * source of the JSON report, the pages and the workbook.
 */
@ApplicationScoped
public class SavingsReportService {
    static final int MAX_TREND_YEARS = 20;

    @Inject
    ReportQueries queries;

    @Inject
    ReportDownloads downloads;

    @Inject
    CatalogReportService catalog;

    @Inject
    BuyingUnitConfig units;

    @Transactional
    public SavingsReport savings(int year) {
        return queries.savings(year);
    }

    /**
     * Savings of every year from {@code from} to {@code to}, at most {@value #MAX_TREND_YEARS} years, optionally split by
     * category, method or buying unit. Projects are bought centrally: split by unit, each year is one unit's.
     */
    @Transactional
    public SavingsTrend trend(int from, int to, SavingsTrend.By by) {
        if (to < from || to - from >= MAX_TREND_YEARS) {
            throw Refusal.onField("to", RefusalCode.TREND_SPAN, from, to, MAX_TREND_YEARS);
        }
        List<SavingsTrend.Sums> yearly = queries.savingsTrend(ReportQueries.SAVINGS_TREND, from, to);
        Map<Integer, SavingsTrend.Sums> totals =
                yearly.stream().collect(Collectors.toMap(SavingsTrend.Sums::year, sums -> sums));
        Map<Integer, List<SavingsTrend.Group>> groups = by == null
                ? Map.of()
                : groupSums(by, yearly, from, to).stream()
                        .collect(Collectors.groupingBy(
                                SavingsTrend.Sums::year,
                                Collectors.mapping(sums -> group(by, sums), Collectors.toList())));
        return new SavingsTrend(IntStream.rangeClosed(from, to)
                .mapToObj(year -> {
                    SavingsTrend.Sums sums = totals.get(year);
                    long projects = sums == null ? 0 : sums.projectCount();
                    BigDecimal budget = sums == null ? Money.yuan(BigDecimal.ZERO) : sums.budgetTotal();
                    BigDecimal awarded = sums == null ? Money.yuan(BigDecimal.ZERO) : sums.awardedTotal();
                    return new SavingsTrend.TrendYear(
                            year,
                            projects,
                            budget,
                            awarded,
                            Rates.savingsRate(budget, awarded),
                            by == null ? null : groups.getOrDefault(year, List.of()));
                })
                .toList());
    }

    // A year's one unit has the year's sums: they are read once, for the totals.
    private List<SavingsTrend.Sums> groupSums(SavingsTrend.By by, List<SavingsTrend.Sums> yearly, int from, int to) {
        return switch (by) {
            case CATEGORY -> queries.savingsTrend(ReportQueries.SAVINGS_TREND_BY_CATEGORY, from, to);
            case METHOD -> queries.savingsTrend(ReportQueries.SAVINGS_TREND_BY_METHOD, from, to);
            case UNIT -> yearly;
        };
    }

    private SavingsTrend.Group group(SavingsTrend.By by, SavingsTrend.Sums sums) {
        String key =
                switch (by) {
                    case CATEGORY, METHOD -> sums.key();
                    case UNIT -> units.defaultUnit();
                };
        String name =
                switch (by) {
                    case CATEGORY -> sums.name();
                    case METHOD -> ProcurementMethod.valueOf(sums.key()).label();
                    case UNIT -> units.defaultUnit();
                };
        return new SavingsTrend.Group(
                key,
                name,
                sums.projectCount(),
                sums.budgetTotal(),
                sums.awardedTotal(),
                Rates.savingsRate(sums.budgetTotal(), sums.awardedTotal()));
    }

    /** The years that have awarded projects, oldest first: the years a savings report has something to say about. */
    @Transactional
    public List<Integer> years() {
        return queries.savingsYears();
    }

    /** The years that have projects, results or shortlist rounds, oldest first: the years a manager may pick. */
    @Transactional
    public List<Integer> yearsWithData() {
        return queries.dataYears();
    }

    /** A year's figures as the yearbook prints them: its savings over awarded projects and its shortlist. */
    @Transactional
    public Yearbook yearbook(int year) {
        return yearbookOf(queries.savings(year));
    }

    private Yearbook yearbookOf(SavingsReport projects) {
        CatalogReport shortlist = catalog.of(projects.year());
        return new Yearbook(
                projects.year(),
                projects.projectCount(),
                projects.budgetTotal(),
                projects.awardedTotal(),
                projects.savingsRate(),
                shortlist.categoryCount(),
                shortlist.vendorCount(),
                shortlist.productCount(),
                shortlist.productGrowthRate());
    }

    /** savings.xlsx of a year: the download is audited before its first byte, the projects are read while it is written. */
    public Download workbook(Actor actor, int year) {
        downloads.record(actor, "savings-" + year, "下载节约率报表（" + year + "年，Excel）");
        return Download.xlsx(
                "节约率报表-" + year + ".xlsx", "savings-" + year + ".xlsx", out -> write(year, actor.name(), out));
    }

    /**
     * The year's figures, then its awarded projects one by one, from one snapshot of the database: the detail rows
     * of the workbook add up to its totals even while officers award projects.
     */
    @Transactional
    @TransactionConfiguration(timeout = DetailCursor.EXPORT_TIMEOUT_SECONDS)
    void write(int year, String generatedBy, OutputStream out) throws IOException {
        SavingsReport report = queries.savings(year);
        List<SavingsGroupRow> trend =
                trend(Math.max(year - MAX_TREND_YEARS + 1, firstYear(year)), year, null).years().stream()
                        .map(y -> new SavingsGroupRow(
                                String.valueOf(y.year()),
                                String.valueOf(y.year()),
                                y.projectCount(),
                                y.budgetTotal(),
                                y.awardedTotal(),
                                y.savingsRate()))
                        .toList();
        // Everything but the details is read first: no statement may run while the details stream.
        SavingsSummary summary = report.summary(yearbookOf(report).text(), Instant.now(), generatedBy);
        queries.savingsDetails(year, projects -> new SavingsReportWriter()
                .write(summary, report.categoryRows(), report.methodRows(), trend, projects, out));
    }

    // The trend starts with the first year that has awarded projects, or with the report's own year.
    private int firstYear(int year) {
        return queries.savingsYears().stream()
                .findFirst()
                .filter(first -> first < year)
                .orElse(year);
    }
}
