package cn.taxprocurement.report;

import cn.taxprocurement.lib.reports.CatalogProductRow;
import cn.taxprocurement.lib.reports.Rates;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Counts the approved listings of a year's shortlist rounds with SQL aggregates: the one source of the JSON report and of the workbook. */
@ApplicationScoped
class CatalogReportService {
    private static final String APPROVED_OF_YEAR = " FROM product p JOIN catalog_round r ON r.id = p.round_id"
            + " WHERE r.round_year = :year AND p.status = 'APPROVED'";
    // Read along the index on (round_id, status, category_code), rounds named by id, so that no sort of the year's
    // products stands between the query and its first row; left to itself the optimizer scans and sorts.
    static final String PRODUCTS = "SELECT STRAIGHT_JOIN p.category_code, c.name, v.name, v.uscc, p.brand, p.model,"
            + " p.specs, p.unit_price FROM product p FORCE INDEX (idx_product_round_status)"
            + " JOIN category c ON c.code = p.category_code JOIN vendor v ON v.id = p.vendor_id"
            + " WHERE p.round_id IN (%s) AND p.status = 'APPROVED' ORDER BY p.round_id, p.category_code, p.id";

    @Inject
    EntityManager em;

    @Inject
    DetailCursor cursor;

    @Transactional
    CatalogReport of(int year) {
        CatalogReport.Totals current = totals(year);
        CatalogReport.Totals previous = totals(year - 1);
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
                byCategory(year));
    }

    /**
     * The year's approved products one by one, then its figures, from one snapshot of the database: the products first,
     * because counting a large year takes seconds that a download should not wait for.
     */
    @Transactional
    @TransactionConfiguration(timeout = DetailCursor.EXPORT_TIMEOUT_SECONDS)
    void export(int year, DetailCursor.Export<Supplier<CatalogReport>, CatalogProductRow> export) throws IOException {
        List<Long> rounds = roundsOf(year);
        if (rounds.isEmpty()) {
            export.write(() -> of(year), Collections.emptyIterator());
            return;
        }
        String placeholders = String.join(", ", Collections.nCopies(rounds.size(), "?"));
        cursor.read(
                PRODUCTS.formatted(placeholders),
                rounds,
                CatalogReportService::product,
                products -> export.write(() -> of(year), products));
    }

    @SuppressWarnings("unchecked")
    private List<Long> roundsOf(int year) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM catalog_round WHERE round_year = :year ORDER BY id")
                .setParameter("year", year)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static CatalogProductRow product(ResultSet row) throws SQLException {
        return new CatalogProductRow(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getBigDecimal(8));
    }

    private CatalogReport.Totals totals(int year) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT p.category_code),"
                        + " COUNT(DISTINCT p.vendor_id), COUNT(*), COUNT(DISTINCT p.brand_key)" + APPROVED_OF_YEAR)
                .setParameter("year", year)
                .getSingleResult();
        return new CatalogReport.Totals(year, count(row[0]), count(row[1]), count(row[2]), count(row[3]));
    }

    @SuppressWarnings("unchecked")
    private List<CatalogReport.CategoryLine> byCategory(int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.category_code, c.name, COUNT(DISTINCT p.vendor_id),"
                        + " COUNT(*), COUNT(DISTINCT p.brand_key)"
                        + APPROVED_OF_YEAR.replace(" WHERE", " JOIN category c ON c.code = p.category_code WHERE")
                        + " GROUP BY p.category_code, c.name ORDER BY p.category_code")
                .setParameter("year", year)
                .getResultList();
        return rows.stream()
                .map(r -> new CatalogReport.CategoryLine(
                        (String) r[0], (String) r[1], count(r[2]), count(r[3]), count(r[4])))
                .toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
