package cn.taxprocurement.report;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.lib.reports.Rates;
import cn.taxprocurement.lib.reports.SavingsDetailRow;
import cn.taxprocurement.project.ProcurementMethod;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Computes the savings report with SQL aggregates over the raw amounts of a year's AWARDED projects: the one source
 * of the JSON report and of the workbook.
 */
@ApplicationScoped
public class SavingsReportService {
    private static final String AWARDED_OF_YEAR = " FROM project p WHERE p.year = ?1 AND p.status = 'AWARDED'";
    private static final String DETAILS = "SELECT p.code, p.title, p.category_code, c.name, p.method,"
            + " p.budget_amount, p.awarded_amount, v.name, p.awarded_at"
            + " FROM project p JOIN category c ON c.code = p.category_code"
            + " LEFT JOIN vendor v ON v.id = p.awarded_vendor_id"
            + " WHERE p.year = ? AND p.status = 'AWARDED' ORDER BY p.code";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    @Inject
    DetailCursor cursor;

    @Transactional
    public SavingsReport savings(int year) {
        Object[] totals = (Object[])
                em.createNativeQuery("SELECT COUNT(*), SUM(p.budget_amount), SUM(p.awarded_amount)" + AWARDED_OF_YEAR)
                        .setParameter(1, year)
                        .getSingleResult();
        BigDecimal budget = Money.yuan((BigDecimal) totals[1]);
        BigDecimal awarded = Money.yuan((BigDecimal) totals[2]);
        return new SavingsReport(
                year,
                ((Number) totals[0]).longValue(),
                budget,
                awarded,
                budget.subtract(awarded),
                Rates.savingsRate(budget, awarded),
                byCategory(year),
                byMethod(year));
    }

    /** The years that have awarded projects, oldest first: the years a savings report has something to say about. */
    @Transactional
    public List<Integer> years() {
        List<?> years = em.createNativeQuery(
                        "SELECT DISTINCT p.year FROM project p WHERE p.status = 'AWARDED' ORDER BY p.year")
                .getResultList();
        return years.stream().map(year -> ((Number) year).intValue()).toList();
    }

    /**
     * The year's figures, then its awarded projects one by one, from one snapshot of the database: the detail rows
     * of the workbook add up to its totals even while officers award projects.
     */
    @Transactional
    @TransactionConfiguration(timeout = DetailCursor.EXPORT_TIMEOUT_SECONDS)
    void export(int year, DetailCursor.Export<SavingsReport, SavingsDetailRow> export) throws IOException {
        SavingsReport report = savings(year);
        cursor.read(DETAILS, List.of(year), SavingsReportService::detail, details -> export.write(report, details));
    }

    private static SavingsDetailRow detail(ResultSet row) throws SQLException {
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

    @SuppressWarnings("unchecked")
    private List<SavingsReport.ByCategory> byCategory(int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.category_code, c.name, COUNT(*), SUM(p.budget_amount),"
                        + " SUM(p.awarded_amount) FROM project p JOIN category c ON c.code = p.category_code"
                        + " WHERE p.year = ?1 AND p.status = 'AWARDED'"
                        + " GROUP BY p.category_code, c.name ORDER BY p.category_code")
                .setParameter(1, year)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    BigDecimal budget = Money.yuan((BigDecimal) r[3]);
                    BigDecimal awarded = Money.yuan((BigDecimal) r[4]);
                    return new SavingsReport.ByCategory(
                            (String) r[0],
                            (String) r[1],
                            ((Number) r[2]).longValue(),
                            budget,
                            awarded,
                            Rates.savingsRate(budget, awarded));
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<SavingsReport.ByMethod> byMethod(int year) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT p.method, COUNT(*), SUM(p.budget_amount), SUM(p.awarded_amount)" + AWARDED_OF_YEAR
                                + " GROUP BY p.method")
                .setParameter(1, year)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    ProcurementMethod method = ProcurementMethod.valueOf((String) r[0]);
                    BigDecimal budget = Money.yuan((BigDecimal) r[2]);
                    BigDecimal awarded = Money.yuan((BigDecimal) r[3]);
                    return new SavingsReport.ByMethod(
                            method,
                            method.label(),
                            ((Number) r[1]).longValue(),
                            budget,
                            awarded,
                            Rates.savingsRate(budget, awarded));
                })
                .sorted(Comparator.comparing(SavingsReport.ByMethod::method))
                .toList();
    }
}
