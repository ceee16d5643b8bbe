package cn.taxprocurement.report;

import cn.taxprocurement.catalog.FlaggedListing;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.common.Download;
import cn.taxprocurement.lib.reports.CatalogPriceAnomalyRow;
import cn.taxprocurement.lib.reports.CatalogReportWriter;
import cn.taxprocurement.security.Actor;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

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
     * The year's flagged prices, its approved listings one by one, then its figures, from one snapshot of the database:
     * the year's figures are counted from the listings as they are written, so the product table is read once, and the
     * year before's come frozen once its round closed. The flagged listings are read while their sheet is written,
     * before the listings' cursor opens.
     */
    @Transactional
    @TransactionConfiguration(timeout = DetailCursor.EXPORT_TIMEOUT_SECONDS)
    void write(int year, String generatedBy, OutputStream out) throws IOException {
        Iterator<CatalogPriceAnomalyRow> anomalies = priceAnomalies(year);
        CatalogTally tally = new CatalogTally(year);
        queries.catalogProducts(year, tally, listings -> new CatalogReportWriter()
                .write(
                        listings,
                        () -> tally.report(queries.catalogTotals(year - 1)).figures(Instant.now(), generatedBy),
                        anomalies,
                        out));
    }

    /** The year's approved listings whose price check is flagged, round by round (价格异常). */
    private Iterator<CatalogPriceAnomalyRow> priceAnomalies(int year) {
        Map<String, String> categoryNames = queries.categoryNames();
        Iterator<FlaggedListing> flagged = products.flaggedInCatalog(queries.catalogRounds(year));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return flagged.hasNext();
            }

            @Override
            public CatalogPriceAnomalyRow next() {
                FlaggedListing listing = flagged.next();
                return new CatalogPriceAnomalyRow(
                        listing.vendorName(),
                        listing.categoryCode(),
                        categoryNames.get(listing.categoryCode()),
                        listing.brand(),
                        listing.model(),
                        listing.unitPrice(),
                        listing.check().peerCount(),
                        listing.check().peerMedian(),
                        listing.check().ratio());
            }
        };
    }
}
