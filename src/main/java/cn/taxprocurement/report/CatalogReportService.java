package cn.taxprocurement.report;

import cn.taxprocurement.common.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** Counts the approved listings of a year's shortlist rounds with SQL aggregates. */
@ApplicationScoped
class CatalogReportService {
    private static final String APPROVED_OF_YEAR = " FROM product p JOIN catalog_round r ON r.id = p.round_id"
            + " WHERE r.round_year = :year AND p.status = 'APPROVED'";

    @Inject
    EntityManager em;

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
                comparable ? growth(current.productCount(), previous.productCount()) : null,
                comparable ? growth(current.vendorCount(), previous.vendorCount()) : null,
                byCategory(year));
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

    private static BigDecimal growth(long current, long previous) {
        return Money.percent(BigDecimal.valueOf(current - previous), BigDecimal.valueOf(previous));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
