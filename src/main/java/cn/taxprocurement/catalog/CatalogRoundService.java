package cn.taxprocurement.catalog;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.category.CategoryRepository;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeType;
import cn.taxprocurement.notice.PublishNotice;
import cn.taxprocurement.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    @Inject
    NoticeBoard notices;

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

    /** Every round's categories, named, with their listing counts: by round id. */
    @Transactional
    public Map<Long, List<CategoryListings>> categoryListings() {
        return rounds.categoryListings();
    }

    @Transactional
    public RoundView get(long id) {
        return RoundView.of(find(id));
    }

    /**
     * Closes the round: the listings approved now become its shortlist, its figures are stored with it, and the
     * shortlist notice lists every admitted vendor, all in one transaction.
     */
    @Transactional
    public RoundView close(Actor actor, long id) {
        rounds.lockForClosing(id);
        CatalogRound round = find(id);
        rounds.markShortlist(id);
        ShortlistFigures figures = rounds.shortlistFigures(id);
        Instant now = Instant.now();
        round.close(figures, now);
        notices.publish(shortlistNotice(round, figures, rounds.admitted(id)), now);
        audit.record(
                actor,
                AuditAction.ROUND_CLOSED,
                ENTITY,
                id,
                "入围采购“" + round.name() + "”截止：" + figures.categoryCount() + " 类品目、" + figures.vendorCount() + " 家供应商、"
                        + figures.productCount() + " 种产品入围");
        return RoundView.of(round);
    }

    private static PublishNotice shortlistNotice(
            CatalogRound round, ShortlistFigures figures, List<CatalogRoundRepository.Admitted> admitted) {
        Map<String, Map<String, Object>> vendors = new LinkedHashMap<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (CatalogRoundRepository.Admitted line : admitted) {
            Map<String, Object> vendor = vendors.computeIfAbsent(line.uscc(), uscc -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("vendor", line.vendor());
                fields.put("uscc", uscc);
                fields.put("products", new ArrayList<Map<String, Object>>());
                return fields;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> products = (List<Map<String, Object>>) vendor.get("products");
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("categoryCode", line.categoryCode());
            category.put("categoryName", line.categoryName());
            category.put("productCount", line.productCount());
            products.add(category);
            words.computeIfAbsent(line.vendor() + "（统一社会信用代码 " + line.uscc(), v -> new ArrayList<>())
                    .add(line.categoryName() + " " + line.productCount() + " 种");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("categoryCodes", round.categoryCodes());
        fields.put("categoryCount", figures.categoryCount());
        fields.put("vendorCount", figures.vendorCount());
        fields.put("productCount", figures.productCount());
        fields.put("brandCount", figures.brandCount());
        fields.put("vendors", List.copyOf(vendors.values()));
        String list = words.entrySet().stream()
                .map(vendor -> vendor.getKey() + "：" + String.join("、", vendor.getValue()) + "）")
                .collect(Collectors.joining("；"));
        String body = round.year() + " 年入围采购“" + round.name() + "”已截止，共有 " + figures.categoryCount() + " 类品目、"
                + figures.vendorCount() + " 家供应商的 " + figures.productCount() + " 种产品入围。"
                + (list.isEmpty() ? "" : "入围供应商：" + list + "。");
        return PublishNotice.ofRound(
                NoticeType.SHORTLIST,
                round.name() + NoticeType.SHORTLIST.label(),
                round.year(),
                round.id(),
                body,
                fields);
    }

    private CatalogRound find(long id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> new Refusal(RefusalCode.ROUND_NOT_FOUND, id));
    }
}
