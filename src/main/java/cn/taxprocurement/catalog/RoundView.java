package cn.taxprocurement.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A shortlist round as the API shows it: once closed, with the figures it was closed with. */
public record RoundView(
        Long id,
        int year,
        String name,
        RoundStatus status,
        List<String> categoryCodes,
        OffsetDateTime closedAt,
        Integer categoryCount,
        Integer vendorCount,
        Integer productCount,
        Integer brandCount) {

    static RoundView of(CatalogRound round) {
        ShortlistFigures figures = round.figures();
        return new RoundView(
                round.id(),
                round.year(),
                round.name(),
                round.status(),
                round.categoryCodes(),
                figures == null ? null : round.closedAt().atOffset(ZoneOffset.UTC),
                figures == null ? null : figures.categoryCount(),
                figures == null ? null : figures.vendorCount(),
                figures == null ? null : figures.productCount(),
                figures == null ? null : figures.brandCount());
    }
}
