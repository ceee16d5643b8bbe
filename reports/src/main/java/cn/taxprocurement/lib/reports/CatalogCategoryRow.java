package cn.taxprocurement.lib.reports;

/** One category of the year's catalog: how many vendors, approved products and brands it holds. */
public record CatalogCategoryRow(String code, String name, long vendorCount, long productCount, long brandCount) {}
