package cn.taxprocurement.catalog;

/** A category that the shortlisted catalog holds listings of, with its name, for a buyer to pick. */
public record CatalogCategory(String code, String name) {}
