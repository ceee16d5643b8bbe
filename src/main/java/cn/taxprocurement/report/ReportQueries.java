package cn.taxprocurement.report;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.lib.reports.CatalogOrderSavings;
import cn.taxprocurement.lib.reports.CatalogProductRow;
import cn.taxprocurement.lib.reports.Rates;
import cn.taxprocurement.lib.reports.SavingsDetailRow;
import cn.taxprocurement.project.ProcurementMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one home of the SQL that reports read from other features' tables (project, category, vendor, product,
 * catalog_round). Every statement is a constant here, so that {@code ReportQueriesTest} runs each one against the
 * migrated schema: a renamed column fails that test, not a manager's download.
 */
@ApplicationScoped
class ReportQueries {
    /** The projects that count in a year's savings. */
    private static final String AWARDED_IN_YEAR = " WHERE p.year = ? AND p.status = 'AWARDED'";

    /**
     * The listings that count in a year's catalog: its shortlists, as fixed when their rounds closed, and the listings
     * approved so far in its open rounds (a closed round admits no more, so its approved listings are all shortlisted).
     */
    private static final String SHORTLISTED = "(p.status = 'APPROVED' OR p.shortlisted)";

    private static final String APPROVED_IN_YEAR = " WHERE r.round_year = ? AND " + SHORTLISTED;

    static final String SAVINGS_TOTALS =
            "SELECT COUNT(*), SUM(p.budget_amount), SUM(p.awarded_amount) FROM project p" + AWARDED_IN_YEAR;

    static final String SAVINGS_BY_CATEGORY = "SELECT p.category_code, c.name, COUNT(*), SUM(p.budget_amount),"
            + " SUM(p.awarded_amount) FROM project p JOIN category c ON c.code = p.category_code" + AWARDED_IN_YEAR
            + " GROUP BY p.category_code, c.name ORDER BY p.category_code";

    static final String SAVINGS_BY_METHOD = "SELECT p.method, COUNT(*), SUM(p.budget_amount), SUM(p.awarded_amount)"
            + " FROM project p" + AWARDED_IN_YEAR + " GROUP BY p.method";

    static final String SAVINGS_DETAILS = "SELECT p.code, p.title, p.category_code, c.name, p.method,"
            + " p.budget_amount, p.awarded_amount, v.name, p.awarded_at"
            + " FROM project p JOIN category c ON c.code = p.category_code"
            + " LEFT JOIN vendor v ON v.id = p.awarded_vendor_id" + AWARDED_IN_YEAR + " ORDER BY p.code";

    private static final String AWARDED_IN_YEARS = " WHERE p.year BETWEEN ? AND ? AND p.status = 'AWARDED'";

    static final String SAVINGS_TREND = "SELECT p.year, p.year, p.year, COUNT(*), SUM(p.budget_amount),"
            + " SUM(p.awarded_amount) FROM project p" + AWARDED_IN_YEARS + " GROUP BY p.year";

    static final String SAVINGS_TREND_BY_CATEGORY = "SELECT p.year, p.category_code, c.name, COUNT(*),"
            + " SUM(p.budget_amount), SUM(p.awarded_amount) FROM project p JOIN category c ON c.code = p.category_code"
            + AWARDED_IN_YEARS + " GROUP BY p.year, p.category_code, c.name ORDER BY p.category_code";

    static final String SAVINGS_TREND_BY_METHOD = "SELECT p.year, p.method, p.method, COUNT(*), SUM(p.budget_amount),"
            + " SUM(p.awarded_amount) FROM project p" + AWARDED_IN_YEARS
            + " GROUP BY p.year, p.method ORDER BY p.method";

    /** The year's orders from the shortlist that count: confirmed by their vendor, whatever happened after. */
    static final String CATALOG_ORDER_TOTALS =
            "SELECT COUNT(*), SUM(o.listed_total), SUM(o.total) FROM purchase_order o"
                    + " WHERE o.order_year = ? AND o.status IN ('CONFIRMED', 'DELIVERED', 'ACCEPTED')";

    static final String SAVINGS_YEARS =
            "SELECT DISTINCT p.year FROM project p WHERE p.status = 'AWARDED' ORDER BY p.year";

    static final String DATA_YEARS =
            "SELECT p.year FROM project p UNION SELECT r.round_year FROM catalog_round r ORDER BY 1";

    // Rounds named by id, so that the optimizer weighs each round's own size: joined by year, a small year in a table
    // that one large round fills was counted by scanning the whole table.
    static final String CATALOG_TOTALS = "SELECT COUNT(DISTINCT p.category_code), COUNT(DISTINCT p.vendor_id),"
            + " COUNT(*), COUNT(DISTINCT p.brand_key) FROM product p WHERE p.round_id IN (%s) AND " + SHORTLISTED;

    static final String CATALOG_BY_CATEGORY = "SELECT p.category_code, c.name, COUNT(DISTINCT p.vendor_id),"
            + " COUNT(*), COUNT(DISTINCT p.brand_key) FROM product p JOIN catalog_round r ON r.id = p.round_id"
            + " JOIN category c ON c.code = p.category_code" + APPROVED_IN_YEAR
            + " GROUP BY p.category_code, c.name ORDER BY p.category_code";

    /** The year's rounds with the figures each froze when it closed: null while it is open. */
    static final String CATALOG_FROZEN_TOTALS = "SELECT r.category_count, r.vendor_count, r.product_count,"
            + " r.brand_count, r.id FROM catalog_round r WHERE r.round_year = ?";

    static final String CATALOG_ROUNDS = "SELECT r.id FROM catalog_round r WHERE r.round_year = ? ORDER BY r.id";

    /** The shortlisted listings suspended since their round closed: still in the year's figures, out of the catalog. */
    static final String CATALOG_SUSPENDED_SINCE_CLOSE = "SELECT COUNT(*) FROM product p"
            + " JOIN catalog_round r ON r.id = p.round_id WHERE r.round_year = ? AND p.shortlisted"
            + " AND p.status <> 'APPROVED'";

    // Read along the index on (round_id, status, category_code), rounds named by id, so that no sort of the year's
    // products stands between the query and its first row; left to itself the optimizer scans and sorts. Listings
    // suspended since their round closed come after its approved ones. The product table alone: categories and
    // vendors are few and named from CATALOG_VENDORS and categoryNames(), since joining them took the server half as
    // long again over a million listings (6.6 s against 4.2), and with the statistics of category out of date MariaDB
    // joined it through a buffer and sorted every listing before the first row.
    // The vendor, the brand as the column's collation compares it, and whether the listing was suspended since its
    // round closed count the figures while the rows are written (CatalogTally); the id finds its price check
    // (PriceAnomalies). These rows are the figures' rows: a shortlisted listing is APPROVED, or SUSPENDED after its
    // round closed.
    static final String CATALOG_PRODUCTS = "SELECT p.category_code, p.brand, p.model, p.specs, p.unit_price,"
            + " p.vendor_id, WEIGHT_STRING(p.brand_key), p.status = 'SUSPENDED', p.id"
            + " FROM product p FORCE INDEX (idx_product_round_status)"
            + " WHERE p.round_id IN (%s) AND p.status IN ('APPROVED', 'SUSPENDED') AND " + SHORTLISTED
            + " ORDER BY p.round_id, p.status, p.category_code, p.id";

    static final String CATALOG_VENDORS = "SELECT v.id, v.name, v.uscc FROM vendor v";

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    @Inject
    DetailCursor cursor;

    SavingsReport savings(int year) {
        Object[] totals = (Object[]) query(SAVINGS_TOTALS, year).getSingleResult();
        BigDecimal budget = Money.yuan((BigDecimal) totals[1]);
        BigDecimal awarded = Money.yuan((BigDecimal) totals[2]);
        return new SavingsReport(
                year,
                count(totals[0]),
                budget,
                awarded,
                budget.subtract(awarded),
                Rates.savingsRate(budget, awarded),
                catalogOrders(year),
                savingsByCategory(year),
                savingsByMethod(year));
    }

    private CatalogOrderSavings catalogOrders(int year) {
        Object[] totals = (Object[]) query(CATALOG_ORDER_TOTALS, year).getSingleResult();
        return CatalogOrderSavings.of(
                count(totals[0]), Money.yuan((BigDecimal) totals[1]), Money.yuan((BigDecimal) totals[2]));
    }

    List<Integer> dataYears() {
        return rows(em.createNativeQuery(DATA_YEARS)).stream()
                .map(year -> ((Number) year).intValue())
                .toList();
    }

    List<Integer> savingsYears() {
        return rows(em.createNativeQuery(SAVINGS_YEARS)).stream()
                .map(year -> ((Number) year).intValue())
                .toList();
    }

    /** The awarded projects' sums of each year from {@code from} to {@code to} that has any, by the grouping's key. */
    List<SavingsTrend.Sums> savingsTrend(String statement, int from, int to) {
        return rows(em.createNativeQuery(statement).setParameter(1, from).setParameter(2, to)).stream()
                .map(r -> (Object[]) r)
                .map(r -> new SavingsTrend.Sums(
                        ((Number) r[0]).intValue(),
                        String.valueOf(r[1]),
                        String.valueOf(r[2]),
                        count(r[3]),
                        Money.yuan((BigDecimal) r[4]),
                        Money.yuan((BigDecimal) r[5])))
                .toList();
    }

    /** Reads the year's awarded projects one by one, in the caller's transaction. */
    void savingsDetails(int year, DetailCursor.IoConsumer<Iterator<SavingsDetailRow>> consumer) throws IOException {
        cursor.read(SAVINGS_DETAILS, List.of(year), ReportQueries::savingsDetail, consumer);
    }

    /**
     * The counts of a year: those its round froze when it closed, when it is the year's one round (a closed round's
     * shortlist never changes, and several rounds' distinct vendors, brands and categories do not add up), or else
     * counted over its listings.
     */
    CatalogReport.Totals catalogTotals(int year) {
        List<Object[]> rounds = rows(query(CATALOG_FROZEN_TOTALS, year)).stream()
                .map(r -> (Object[]) r)
                .toList();
        if (rounds.isEmpty()) {
            return new CatalogReport.Totals(year, 0, 0, 0, 0);
        }
        Object[] row = rounds.size() == 1 && rounds.get(0)[0] != null ? rounds.get(0) : liveTotals(rounds);
        return new CatalogReport.Totals(year, count(row[0]), count(row[1]), count(row[2]), count(row[3]));
    }

    private Object[] liveTotals(List<Object[]> rounds) {
        Query query = em.createNativeQuery(CATALOG_TOTALS.formatted(placeholders(rounds.size())));
        for (int i = 0; i < rounds.size(); i++) {
            query.setParameter(i + 1, count(rounds.get(i)[4]));
        }
        return (Object[]) query.getSingleResult();
    }

    long catalogSuspendedSinceClose(int year) {
        return count(query(CATALOG_SUSPENDED_SINCE_CLOSE, year).getSingleResult());
    }

    List<CatalogReport.CategoryLine> catalogByCategory(int year) {
        return rows(query(CATALOG_BY_CATEGORY, year)).stream()
                .map(r -> (Object[]) r)
                .map(r -> new CatalogReport.CategoryLine(
                        (String) r[0], (String) r[1], count(r[2]), count(r[3]), count(r[4])))
                .toList();
    }

    /**
     * Reads the year's approved listings one by one, in the caller's transaction, counting each in {@code tally} and
     * handing each to {@code anomalies}.
     */
    void catalogProducts(
            int year,
            CatalogTally tally,
            PriceAnomalies anomalies,
            DetailCursor.IoConsumer<Iterator<CatalogProductRow>> consumer)
            throws IOException {
        List<Long> rounds = catalogRounds(year);
        if (rounds.isEmpty()) {
            consumer.accept(Collections.emptyIterator());
            return;
        }
        Map<String, String> categoryNames = categoryNames();
        Map<Long, VendorName> vendors = new HashMap<>();
        for (Object row : rows(em.createNativeQuery(CATALOG_VENDORS))) {
            Object[] vendor = (Object[]) row;
            vendors.put(((Number) vendor[0]).longValue(), new VendorName((String) vendor[1], (String) vendor[2]));
        }
        cursor.read(
                CATALOG_PRODUCTS.formatted(placeholders(rounds.size())),
                rounds,
                row -> {
                    String categoryCode = row.getString(1);
                    String categoryName = categoryNames.get(categoryCode);
                    long vendorId = row.getLong(6);
                    VendorName vendor = vendors.get(vendorId);
                    tally.count(categoryCode, categoryName, vendorId, row.getBytes(7), row.getBoolean(8));
                    CatalogProductRow listing = new CatalogProductRow(
                            categoryCode,
                            categoryName,
                            vendor.name(),
                            vendor.uscc(),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getBigDecimal(5));
                    anomalies.read(row.getLong(9), listing);
                    return listing;
                },
                consumer);
    }

    /** A vendor as the catalog workbook names it. */
    private record VendorName(String name, String uscc) {}

    /** The ids of the year's shortlist rounds. */
    List<Long> catalogRounds(int year) {
        return rows(query(CATALOG_ROUNDS, year)).stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    /** Every category's name by its code. */
    Map<String, String> categoryNames() {
        Map<String, String> names = new HashMap<>();
        for (Object row :
                em.createNativeQuery("SELECT code, name FROM category").getResultList()) {
            names.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]);
        }
        return names;
    }

    private List<SavingsReport.ByCategory> savingsByCategory(int year) {
        return rows(query(SAVINGS_BY_CATEGORY, year)).stream()
                .map(r -> (Object[]) r)
                .map(r -> {
                    BigDecimal budget = Money.yuan((BigDecimal) r[3]);
                    BigDecimal awarded = Money.yuan((BigDecimal) r[4]);
                    return new SavingsReport.ByCategory(
                            (String) r[0],
                            (String) r[1],
                            count(r[2]),
                            budget,
                            awarded,
                            Rates.savingsRate(budget, awarded));
                })
                .toList();
    }

    private List<SavingsReport.ByMethod> savingsByMethod(int year) {
        return rows(query(SAVINGS_BY_METHOD, year)).stream()
                .map(r -> (Object[]) r)
                .map(r -> {
                    ProcurementMethod method = ProcurementMethod.valueOf((String) r[0]);
                    BigDecimal budget = Money.yuan((BigDecimal) r[2]);
                    BigDecimal awarded = Money.yuan((BigDecimal) r[3]);
                    return new SavingsReport.ByMethod(
                            method, method.label(), count(r[1]), budget, awarded, Rates.savingsRate(budget, awarded));
                })
                .sorted(Comparator.comparing(SavingsReport.ByMethod::method))
                .toList();
    }

    private static SavingsDetailRow savingsDetail(ResultSet row) throws SQLException {
        BigDecimal budget = row.getBigDecimal(6);
        BigDecimal awarded = row.getBigDecimal(7);
        // Instants are stored as UTC wall-clock times (quarkus.hibernate-orm.jdbc.timezone=UTC).
        LocalDateTime awardedAt = row.getObject(9, LocalDateTime.class);
        return new SavingsDetailRow(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                ProcurementMethod.valueOf(row.getString(5)).label(),
                budget,
                awarded,
                budget.subtract(awarded),
                Rates.savingsRate(budget, awarded),
                row.getString(8),
                awardedAt == null
                        ? null
                        : awardedAt
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(BEIJING)
                                .toLocalDate());
    }

    /** The parameters of a query's {@code IN (%s)} over that many rounds. */
    private static String placeholders(int rounds) {
        return String.join(", ", Collections.nCopies(rounds, "?"));
    }

    private Query query(String sql, int year) {
        return em.createNativeQuery(sql).setParameter(1, year);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rows(Query query) {
        return query.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
