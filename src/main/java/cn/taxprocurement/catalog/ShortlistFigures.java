package cn.taxprocurement.catalog;

/** How many categories, vendors, products and brands a shortlist admitted. */
public record ShortlistFigures(int categoryCount, int vendorCount, int productCount, int brandCount) {}
