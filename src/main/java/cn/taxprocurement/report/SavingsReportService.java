package cn.taxprocurement.report;

import cn.taxprocurement.common.Download;
import cn.taxprocurement.lib.reports.SavingsReportWriter;
import cn.taxprocurement.security.Actor;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The savings report of a year over its AWARDED projects, computed with SQL aggregates over the raw amounts: the one
 * source of the JSON report, the pages and the workbook.
 */
@ApplicationScoped
public class SavingsReportService {
    @Inject
    ReportQueries queries;

    @Inject
    ReportDownloads downloads;

    @Transactional
    public SavingsReport savings(int year) {
        return queries.savings(year);
    }

    /** The years that have awarded projects, oldest first: the years a savings report has something to say about. */
    @Transactional
    public List<Integer> years() {
        return queries.savingsYears();
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
        queries.savingsDetails(year, projects -> new SavingsReportWriter()
                .write(
                        report.summary(Instant.now(), generatedBy),
                        report.categoryRows(),
                        report.methodRows(),
                        projects,
                        out));
    }
}
