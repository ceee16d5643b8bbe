package cn.taxprocurement.catalog;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.category.CategoryRepository;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.TreeSet;

/** Opening, reading and closing shortlist rounds. */
@ApplicationScoped
public class CatalogRoundService {
    static final String ENTITY = "CatalogRound";

    @Inject
    CatalogRoundRepository rounds;

    @Inject
    CategoryRepository categories;

    @Inject
    AuditLog audit;

    /** Opens a round of {@code year} over categories that must all exist. */
    @Transactional
    public RoundView open(Actor actor, RoundRequests.Open command) {
        int year = command.year();
        TreeSet<String> codes = new TreeSet<>();
        for (String code : command.categoryCodes()) {
            String trimmed = code.strip();
            if (categories.findByIdOptional(trimmed).isEmpty()) {
                throw Refusal.onField("categoryCodes", RefusalCode.UNKNOWN_CATEGORY, trimmed);
            }
            codes.add(trimmed);
        }
        CatalogRound round = CatalogRound.open(year, command.name().strip(), codes);
        rounds.persist(round);
        audit.record(
                actor,
                AuditAction.ROUND_OPENED,
                ENTITY,
                round.id(),
                year + " 年入围采购“" + round.name() + "”开始，品目 " + String.join("、", codes));
        return RoundView.of(round);
    }

    @Transactional
    public List<RoundView> list(Integer year) {
        return rounds.listOf(year).stream().map(RoundView::of).toList();
    }

    @Transactional
    public RoundView get(long id) {
        return RoundView.of(find(id));
    }

    @Transactional
    public RoundView close(Actor actor, long id) {
        rounds.lockForClosing(id);
        CatalogRound round = find(id);
        round.close();
        audit.record(actor, AuditAction.ROUND_CLOSED, ENTITY, id, "入围采购“" + round.name() + "”截止");
        return RoundView.of(round);
    }

    private CatalogRound find(long id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.ROUND_NOT_FOUND, id));
    }
}
