package cn.taxprocurement.catalog;

import java.util.List;

/** A shortlist round as the API shows it. */
public record RoundView(Long id, int year, String name, RoundStatus status, List<String> categoryCodes) {

    static RoundView of(CatalogRound round) {
        return new RoundView(round.id(), round.year(), round.name(), round.status(), round.categoryCodes());
    }
}
