package cn.taxprocurement.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A price a listing has had: the price, from when, and the officer who approved it. */
public record PricePoint(BigDecimal unitPrice, OffsetDateTime effectiveFrom, String approvedBy) {}
