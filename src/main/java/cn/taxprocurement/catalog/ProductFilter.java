package cn.taxprocurement.catalog;

/** Which listings a search wants; null means any. {@code text} is free text over brand, model and specs. */
public record ProductFilter(
        Long roundId, String categoryCode, ProductStatus status, Long vendorId, String brand, String text) {}
