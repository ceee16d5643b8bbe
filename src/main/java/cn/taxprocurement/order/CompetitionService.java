package cn.taxprocurement.order;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.audit.RefusedAccess;
import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Competitions (二次竞价): officers start and close them; invited vendors quote, sealed until the deadline. */
@ApplicationScoped
public class CompetitionService {
    static final String COMPETITION = "Competition";

    @Inject
    CompetitionRepository competitions;

    @Inject
    QuoteRepository quotes;

    @Inject
    Listings listings;

    @Inject
    OrderService orders;

    @Inject
    VendorRepository vendors;

    @Inject
    CompetitionConfig config;

    @Inject
    AuditLog audit;

    @Inject
    RefusedAccess refusals;

    /** The earliest quote deadline a competition started now may have. */
    public OffsetDateTime earliestDeadline() {
        return OrderView.utc(Instant.now().plus(config.minPeriod()));
    }

    /** The listings of a competition that are the reader's own: the ones it may quote on. */
    @Transactional
    public List<CompetitionView.Offered> ownListings(Actor actor, CompetitionView competition) {
        Long vendorId = vendors.findBySubject(actor.subject()).map(Vendor::id).orElse(null);
        return competition.listings().stream()
                .filter(l -> l.vendorId().equals(vendorId))
                .toList();
    }

    @Transactional
    public CompetitionView start(Actor actor, CompetitionRequests.Start command) {
        // Read back as the database keeps it, to the microsecond.
        return start(actor, command, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** A competition started at {@code now}: the demo data replays one that is already over. */
    @Transactional
    public CompetitionView start(Actor actor, CompetitionRequests.Start command, Instant now) {
        int year = OrderService.yearOf(now);
        Map<Long, Listing> found = listings.byId(new LinkedHashSet<>(command.productIds()), "productIds");
        List<Listing> chosen = found.values().stream()
                .map(l -> OrderService.orderable(l, year))
                .toList();
        Competition competition = Competition.start(
                command.title().strip(),
                command.categoryCode().strip(),
                command.quantity(),
                command.requirement().strip(),
                command.deliveryAddress() == null || command.deliveryAddress().isBlank()
                        ? null
                        : command.deliveryAddress().strip(),
                chosen,
                command.deadline().toInstant(),
                config.minPeriod(),
                actor,
                OrderService.unitOf(actor),
                now);
        competitions.persist(competition);
        audit.record(
                actor,
                AuditAction.COMPETITION_STARTED,
                COMPETITION,
                competition.id,
                competition.unit + " 发起二次竞价「" + competition.title + "」：品目 " + competition.categoryCode + "，数量 "
                        + competition.quantity + "，产品 "
                        + competition.productIds().stream().map(String::valueOf).collect(Collectors.joining("、"))
                        + "，邀请供应商 "
                        + competition.invitedVendorIds().stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining("、"))
                        + "，报价截止时间 " + AuditLog.beijing(competition.deadline));
        return view(actor, competition, now);
    }

    @Transactional
    public CompetitionView.QuoteView quote(Actor actor, long id, CompetitionRequests.Quote command) {
        return quote(actor, id, command, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** A quote made at {@code now}, as the demo data replays it. */
    @Transactional
    public CompetitionView.QuoteView quote(Actor actor, long id, CompetitionRequests.Quote command, Instant now) {
        Competition competition = competitions.locked(id);
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.REGISTRATION_REQUIRED));
        Listing listing = listings.byId(command.productId(), "productId");
        competition.requireQuotable(vendor.id(), listing, command.unitPrice(), now);
        boolean superseding = quotes.currentOf(id, vendor.id()).isPresent();
        CompetitionQuote quote = CompetitionQuote.of(competition, vendor.id(), listing, command.unitPrice(), now);
        quotes.persist(quote);
        // The amount stays out of the audit trail until the deadline: quotes are sealed.
        audit.record(
                actor,
                superseding ? AuditAction.COMPETITION_QUOTE_REPLACED : AuditAction.COMPETITION_QUOTED,
                COMPETITION,
                id,
                "供应商 " + vendor.id() + "（" + vendor.name() + "）" + (superseding ? "重新报价（取代此前的报价）" : "报价") + "，产品 "
                        + listing.id() + "，金额在截止时间前保密");
        return CompetitionView.QuoteView.of(quote, vendor.name());
    }

    /** After the deadline: the lowest quote becomes an order for the competition's unit, or the competition fails. */
    @Transactional
    public CompetitionView close(Actor actor, long id) {
        return close(actor, id, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** The closing at {@code now}, as the demo data replays it. */
    @Transactional
    public CompetitionView close(Actor actor, long id, Instant now) {
        Competition competition = competitions.locked(id);
        competition.requireBuyingUnit(actor);
        List<CompetitionQuote> current = quotes.current(id);
        Optional<CompetitionQuote> lowest = competition.close(current, now);
        String read = current.stream()
                .map(q -> "供应商 " + q.vendorId + " 产品 " + q.productId + " 报价 " + Money.format(q.unitPrice))
                .collect(Collectors.joining("；"));
        if (lowest.isEmpty()) {
            competitions.flush();
            audit.record(
                    actor,
                    AuditAction.COMPETITION_FAILED,
                    COMPETITION,
                    id,
                    "二次竞价「" + competition.title + "」截止时无报价，竞价失败");
            return view(actor, competition, now);
        }
        CompetitionQuote winner = lowest.get();
        Listing listing = listings.byId(winner.productId, "productId");
        PurchaseOrder order = orders.placeFromCompetition(actor, competition, listing, winner, now);
        competition.ordered(order);
        competitions.flush();
        audit.record(
                actor,
                AuditAction.COMPETITION_CLOSED,
                COMPETITION,
                id,
                "二次竞价「" + competition.title + "」结束，共 " + current.size() + " 份报价：" + read + "。最低报价：供应商 "
                        + winner.vendorId + "，单价 " + Money.format(winner.unitPrice) + "，生成订单 " + order.code);
        return view(actor, competition, now);
    }

    /**
     * An officer reads any competition; an invited vendor its own quote only; another vendor finds none (and the
     * attempt is recorded).
     */
    @Transactional
    public CompetitionView get(Actor actor, long id) {
        Competition competition = competitions.find(id);
        if (Roles.VENDOR.equals(actor.role())) {
            invitedVendor(actor, competition);
        }
        return view(actor, competition, Instant.now());
    }

    /** The competitions the signed-in vendor is invited to. */
    @Transactional
    public List<CompetitionView> invitations(Actor actor) {
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_REGISTERED));
        Instant now = Instant.now();
        return competitions.inviting(vendor.id()).stream()
                .map(c -> view(actor, c, now))
                .toList();
    }

    /** The competitions of the officer's unit. */
    @Transactional
    public List<CompetitionView> ofUnit(Actor actor) {
        Instant now = Instant.now();
        return competitions.ofUnit(OrderService.unitOf(actor)).stream()
                .map(c -> view(actor, c, now))
                .toList();
    }

    private Vendor invitedVendor(Actor actor, Competition competition) {
        Optional<Vendor> vendor = vendors.findBySubject(actor.subject());
        if (vendor.isEmpty() || !competition.invites(vendor.get().id())) {
            refusals.record(
                    actor,
                    COMPETITION,
                    competition.id,
                    vendor.map(Vendor::name).orElse("未注册供应商的用户") + " 请求查看未邀请其参与的二次竞价 " + competition.id + "，已拒绝");
            throw new Refusal(RefusalCode.COMPETITION_NOT_FOUND, competition.id);
        }
        return vendor.get();
    }

    private CompetitionView view(Actor actor, Competition c, Instant now) {
        Map<Long, Listing> offered = listings.byId(c.productIds(), "productIds");
        List<CompetitionView.Offered> shown = c.productIds().stream()
                .map(offered::get)
                .map(l -> new CompetitionView.Offered(
                        l.id(), l.vendorId(), l.vendorName(), l.brand(), l.model(), l.unitPrice()))
                .toList();
        Map<Long, String> names = shown.stream()
                .collect(Collectors.toMap(
                        CompetitionView.Offered::vendorId, CompetitionView.Offered::vendorName, (a, b) -> a));
        boolean sealed = c.sealed(now);
        Integer quoteCount = null;
        List<CompetitionView.QuoteView> visible;
        if (Roles.VENDOR.equals(actor.role())) {
            Long vendorId =
                    vendors.findBySubject(actor.subject()).map(Vendor::id).orElse(null);
            visible = vendorId == null
                    ? List.of()
                    : quotes.currentOf(c.id, vendorId)
                            .map(q -> List.of(CompetitionView.QuoteView.of(q, names.get(q.vendorId))))
                            .orElse(List.of());
        } else {
            List<CompetitionQuote> current = quotes.current(c.id);
            quoteCount = current.size();
            visible = sealed
                    ? List.of()
                    : current.stream()
                            .map(q -> CompetitionView.QuoteView.of(q, names.get(q.vendorId)))
                            .toList();
        }
        return new CompetitionView(
                c.id,
                c.title,
                c.categoryCode,
                c.quantity,
                c.requirement,
                c.deliveryAddress,
                c.unit,
                c.createdBy,
                OrderView.utc(c.deadline),
                c.status,
                c.invitedVendorIds(),
                c.productIds(),
                shown,
                sealed,
                quoteCount,
                visible,
                c.orderId);
    }
}
