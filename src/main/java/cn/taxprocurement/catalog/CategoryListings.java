package cn.taxprocurement.catalog;

/** One category of a round, by code and name, with how many listings it has (withdrawn ones aside) and how many are approved. */
public record CategoryListings(String code, String name, long listed, long approved) {}
