package cn.taxprocurement.project;

import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tenders that ran before the system was in use, replayed step by step at the instants they happened, through the
 * rules every tender follows: how the demo data shows a tender at each step of its life.
 */
@ApplicationScoped
public class TenderHistory {
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final Duration PLANNING = Duration.ofDays(40);

    /** How far a replayed tender got. */
    public enum Reached {
        DEADLINE_PASSED,
        OPENED,
        SCORED,
        AWARDED,
        FAILED
    }

    /**
     * A past tender: the project, when it was published and when bidding closed, each vendor's bid in the order they
     * came in, and how far it got.
     */
    public record PastTender(
            CreateProject project,
            Instant publishedAt,
            Instant deadline,
            Map<Long, BigDecimal> bids,
            Reached reached) {}

    @Inject
    ProjectService projects;

    @Inject
    VendorRepository vendors;

    /**
     * Replays {@code tender}: created, its intention announced and its vendors invited where the method asks for it,
     * published, bid on, then opened, scored (综合评分法) and awarded to the first rank by {@code reviewer}, or failed.
     */
    @Transactional
    public ProjectView replay(Actor creator, Actor reviewer, PastTender tender) {
        CreateProject command = tender.project();
        Instant created = tender.publishedAt().minus(PLANNING);
        long id = projects.create(creator, command, created).id();
        if (command.method() == ProcurementMethod.OPEN_TENDER) {
            projects.announceIntention(
                    creator,
                    id,
                    new AnnounceIntention(
                            YearMonth.from(tender.publishedAt().atOffset(BEIJING)), command.title() + "，详见采购公告"),
                    created);
        }
        if (command.method().byInvitation()) {
            projects.setInvitations(
                    creator, id, new SetInvitations(List.copyOf(tender.bids().keySet())));
        }
        projects.publish(creator, id, new PublishProject(tender.deadline().atOffset(BEIJING)), tender.publishedAt());
        Instant at = tender.publishedAt();
        for (Map.Entry<Long, BigDecimal> bid : tender.bids().entrySet()) {
            at = at.plus(Duration.ofDays(1));
            Vendor vendor = vendors.findById(bid.getKey());
            Actor bidder = new Actor(vendor.subject(), vendor.name(), Roles.VENDOR, null);
            projects.placeBid(bidder, id, new PlaceBid(bid.getValue()), at);
        }
        Instant opening = tender.deadline().plus(Duration.ofHours(1));
        switch (tender.reached()) {
            case DEADLINE_PASSED -> {}
            case FAILED -> projects.fail(reviewer, id, new CloseProject("有效投标不足，依法流标"), opening);
            default -> evaluate(reviewer, id, tender.reached(), opening);
        }
        return projects.get(id);
    }

    /**
     * A result of procurement run before the system existed: recorded by {@code creator} the day after it was awarded
     * and confirmed by {@code reviewer} the day after that, so that its notice is dated in its own year.
     */
    @Transactional
    public ProjectView recordConfirmed(Actor creator, Actor reviewer, RecordResult result) {
        Instant awarded = result.awardedAt().toInstant();
        long id = projects.record(creator, result, awarded.plus(Duration.ofDays(1)))
                .id();
        return projects.confirm(reviewer, id, awarded.plus(Duration.ofDays(2)));
    }

    private void evaluate(Actor reviewer, long id, Reached reached, Instant opening) {
        List<ScoreBids.Score> scores = new ArrayList<>();
        for (BidOpeningView.Line line : projects.openBids(reviewer, id, opening).bids()) {
            if (line.valid()) {
                scores.add(new ScoreBids.Score(line.bidId(), BigDecimal.valueOf(30 + scores.size() * 3L)));
            }
        }
        if (reached == Reached.OPENED) {
            return;
        }
        if (projects.get(id).evaluationMethod() == EvaluationMethod.COMPREHENSIVE_SCORE) {
            projects.scoreBids(reviewer, id, new ScoreBids(scores));
        }
        if (reached == Reached.AWARDED) {
            Long first = projects.evaluation(id).firstBidId();
            projects.award(reviewer, id, new AwardProject(first, null, null), opening.plus(Duration.ofDays(2)));
        }
    }
}
