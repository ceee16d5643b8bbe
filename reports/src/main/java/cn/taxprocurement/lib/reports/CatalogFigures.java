package cn.taxprocurement.lib.reports;

import java.util.List;

/** The figures of a catalog report: the year against the year before, and the year per category. */
public record CatalogFigures(CatalogSummary summary, List<CatalogCategoryRow> byCategory) {}
