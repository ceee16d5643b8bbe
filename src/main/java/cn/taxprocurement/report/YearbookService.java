package cn.taxprocurement.report;

import cn.taxprocurement.lib.reports.Yearbook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A year's figures as the yearbook prints them: its savings over awarded projects and its shortlist. */
@ApplicationScoped
public class YearbookService {
    @Inject
    SavingsReportService savings;

    @Inject
    CatalogReportService catalog;

    @Transactional
    public Yearbook of(int year) {
        SavingsReport projects = savings.savings(year);
        CatalogReport shortlist = catalog.of(year);
        return new Yearbook(
                year,
                projects.projectCount(),
                projects.budgetTotal(),
                projects.awardedTotal(),
                projects.savingsRate(),
                shortlist.categoryCount(),
                shortlist.vendorCount(),
                shortlist.productCount(),
                shortlist.productGrowthRate());
    }
}
