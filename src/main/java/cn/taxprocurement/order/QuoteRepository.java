package cn.taxprocurement.order;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Quotes are only added: each vendor's newest one is its current quote. */
@ApplicationScoped
class QuoteRepository implements PanacheRepository<CompetitionQuote> {
    private static final String CURRENT = "from CompetitionQuote q where q.competitionId = ?1 and q.id ="
            + " (select max(q2.id) from CompetitionQuote q2 where q2.competitionId = ?1 and q2.vendorId = q.vendorId)"
            + " order by q.id";

    List<CompetitionQuote> current(long competitionId) {
        return list(CURRENT, competitionId);
    }

    Optional<CompetitionQuote> currentOf(long competitionId, long vendorId) {
        return find("competitionId = ?1 and vendorId = ?2 order by id desc", competitionId, vendorId)
                .firstResultOptional();
    }
}
