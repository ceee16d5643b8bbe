package cn.taxprocurement.lib.reports;

/** Counts of one year's shortlist catalog: categories, vendors with an approved product, approved products, brands. */
public record CatalogYearFigures(int year, long categoryCount, long vendorCount, long productCount, long brandCount) {}
