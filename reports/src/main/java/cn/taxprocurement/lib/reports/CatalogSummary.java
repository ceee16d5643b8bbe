package cn.taxprocurement.lib.reports;

import java.time.Instant;

/** The catalog figures of a year and of the year before (null when there was no round), with who asked and when. */
public record CatalogSummary(
        CatalogYearFigures current, CatalogYearFigures previous, Instant generatedAt, String generatedBy) {}
