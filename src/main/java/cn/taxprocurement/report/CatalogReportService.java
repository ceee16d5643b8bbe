package cn.taxprocurement.report;

import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.common.Download;
import cn.taxprocurement.lib.reports.CatalogReportWriter;
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

    @Inject
    ProductService products;

    @Transactional
    public CatalogReport of(int year) {
        return CatalogReport.of(
                queries.catalogTotals(year),
                queries.catalogTotals(year - 1),
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
     * The year's approved listings one by one, then its flagged prices, then its figures, from one snapshot of the
     * database, reading the product table once: the figures are counted from the listings as they are written, and the
     * year before's come frozen once its round closed; the prices are checked before the first listing is read, and
     * the flagged listings kept as they are read (see {@link PriceAnomalies}).
     */
    @Transactional
    @TransactionConfiguration(timeout = DetailCursor.EXPORT_TIMEOUT_SECONDS)
    void write(int year, String generatedBy, OutputStream out) throws IOException {
        CatalogTally tally = new CatalogTally(year);
        PriceAnomalies anomalies = new PriceAnomalies(() -> products.flaggedPrices(queries.catalogRounds(year)));
        queries.catalogProducts(year, tally, anomalies, listings -> new CatalogReportWriter()
                .write(
                        anomalies.checkedBefore(listings, out),
                        () -> tally.report(queries.catalogTotals(year - 1)).figures(Instant.now(), generatedBy),
                        anomalies.rows(),
                        out));
    }
}
