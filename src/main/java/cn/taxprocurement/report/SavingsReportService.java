package cn.taxprocurement.report;

import cn.taxprocurement.common.Money;
import cn.taxprocurement.project.ProcurementMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Computes the savings report with SQL aggregates over the raw amounts of a year's AWARDED projects. */
@ApplicationScoped
public class SavingsReportService {
    private static final String AWARDED_OF_YEAR = " FROM project p WHERE p.year = ?1 AND p.status = 'AWARDED'";

    @Inject
    EntityManager em;

    @Transactional
    public SavingsReport savings(int year) {
        Object[] totals = (Object[])
                em.createNativeQuery("SELECT COUNT(*), SUM(p.budget_amount), SUM(p.awarded_amount)" + AWARDED_OF_YEAR)
                        .setParameter(1, year)
                        .getSingleResult();
        BigDecimal budget = Money.yuan((BigDecimal) totals[1]);
        BigDecimal awarded = Money.yuan((BigDecimal) totals[2]);
        BigDecimal savings = budget.subtract(awarded);
        return new SavingsReport(
                year,
                ((Number) totals[0]).longValue(),
                budget,
                awarded,
                savings,
                Money.percent(savings, budget),
                byCategory(year),
                byMethod(year));
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
                            Money.percent(budget.subtract(awarded), budget));
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
                            Money.percent(budget.subtract(awarded), budget));
                })
                .sorted(Comparator.comparing(SavingsReport.ByMethod::method))
                .toList();
    }
}
