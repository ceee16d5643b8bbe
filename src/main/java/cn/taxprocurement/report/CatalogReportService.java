package cn.taxprocurement.report;

import cn.taxprocurement.common.Download;
import cn.taxprocurement.lib.reports.CatalogReportWriter;
import cn.taxprocurement.lib.reports.Rates;
import cn.taxprocurement.security.Actor;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** The catalog report of a year over the approved listings of its shortlist rounds: the one source of the JSON report, the pages and the workbook. */
@ApplicationScoped
public class CatalogReportService {
    @Inject
    ReportQueries queries;

    @Inject
    ReportDownloads downloads;

    @Transactional
    public CatalogReport of(int year) {
        CatalogReport.Totals current = queries.catalogTotals(year);
        CatalogReport.Totals previous = queries.catalogTotals(year - 1);
        boolean comparable = !previous.isEmpty();
        return new CatalogReport(
                year,
                current.categoryCount(),
                current.vendorCount(),
                current.productCount(),
                current.brandCount(),
                comparable ? previous : null,
                comparable ? Rates.growthRate(current.productCount(), previous.productCount()) : null,
                comparable ? Rates.growthRate(current.vendorCount(), previous.vendorCount()) : null,
                queries.catalogByCategory(year),
                queries.catalogSuspendedSinceClose(year));
    }

    /** catalog.xlsx of a year: the download is audited before its first byte, the listings are read while it is written. */
    public Download workbook(Actor actor, int year) {
        downloads.record(actor, "catalog-" + year, "下载入围目录报表（" + year + "年，Excel）");
        return Download.xlsx(
                "入围目录报表-" + year + ".xlsx", "catalog-" + year + ".xlsx", out -> write(year, actor.name(), out));
    }

    /**
     * The year's approved listings one by one, then its figures, from one snapshot of the database: the listings
     * first, because counting a large year takes seconds that a download should not wait for.
     */
    @Transactional
    @TransactionConfiguration(timeout = DetailCursor.EXPORT_TIMEOUT_SECONDS)
    void write(int year, String generatedBy, OutputStream out) throws IOException {
        queries.catalogProducts(year, products -> new CatalogReportWriter()
                .write(products, () -> of(year).figures(Instant.now(), generatedBy), out));
    }
}
