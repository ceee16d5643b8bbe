package cn.taxprocurement.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.Refused;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Uscc;
import cn.taxprocurement.vendor.Vendor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProjectTest {
    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(21));
    private static final Instant AFTER = DEADLINE.plusSeconds(60);
    private static final Actor CREATOR = new Actor("officer-1", "officer-1", Roles.OFFICER, null);
    private static final Actor OTHER_OFFICER = new Actor("officer-2", "officer-2", Roles.OFFICER, null);
    private static final Actor VENDOR = new Actor("vendor-1", "vendor-1", Roles.VENDOR, null);
    // The legal waiting periods; the intention rule off unless a test turns it on.
    private static final WaitingPeriods PERIODS =
            WaitingPeriodsTest.periods(Map.of("PROCUREMENT_INTENTION_LEAD", "PT0S"));
    private static final AtomicLong IDS = new AtomicLong(100);

    private static Project aDraft() {
        return aDraft(1L, "1000000.00");
    }

    private static Project aDraft(long id, String budget) {
        return aDraft(id, budget, ProcurementMethod.OPEN_TENDER);
    }

    private static Project aDraft(long id, String budget, ProcurementMethod method) {
        Project project = Project.draft(
                "CG-2030-000" + id,
                "服务器采购",
                2030,
                "A02010103",
                method,
                null,
                null,
                new BigDecimal(budget),
                null,
                CREATOR,
                NOW);
        project.id = id;
        return project;
    }

    private static Project aPublished() {
        Project project = aDraft();
        project.publish(DEADLINE, NOW, PERIODS);
        return project;
    }

    private static Vendor anActiveVendor() {
        Vendor vendor = aPendingVendor();
        vendor.approve();
        return vendor;
    }

    private static Vendor aPendingVendor() {
        String first17 = "91110000MA0000001";
        Vendor vendor = Vendor.register(
                "vendor-1", new Uscc(first17 + Uscc.checkCharacter(first17)), "某科技有限公司", "张三", "010-1", "a@b.cn");
        setVendorId(vendor, IDS.incrementAndGet());
        return vendor;
    }

    private static void setVendorId(Vendor vendor, long id) {
        try {
            var field = Vendor.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(vendor, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A published project whose bids (one per amount) have been opened after its deadline. */
    private static Opened anOpened(String... amounts) {
        Project project = aPublished();
        List<Bid> bids = new ArrayList<>();
        List<Evaluation.ValidBid> valid = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            Vendor vendor = anActiveVendor();
            Bid bid = Bid.place(project, vendor, new BigDecimal(amounts[i]), NOW.plusSeconds(i));
            bid.id = IDS.incrementAndGet();
            bids.add(bid);
            valid.add(new Evaluation.ValidBid(bid.id, vendor.id(), vendor.name(), bid.amount, bid.submittedAt, null));
        }
        project.open(valid.size(), OTHER_OFFICER, AFTER);
        return new Opened(project, bids, Evaluation.of(EvaluationMethod.LOWEST_PRICE, null, valid));
    }

    private record Opened(Project project, List<Bid> bids, Evaluation evaluation) {
        void award(int bid, String reason, Actor officer) {
            project.award(bids.get(bid), true, evaluation, reason, null, officer, AFTER);
        }
    }

    @Test
    void aNewProjectIsADraftWithItsBudgetAtScale2RankedByLowestPriceAndProcuredHere() {
        Project project = aDraft(1L, "1520000");
        assertThat(project.status).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.budgetAmount).isEqualByComparingTo("1520000.00");
        assertThat(project.budgetAmount.scale()).isEqualTo(2);
        assertThat(project.evaluationMethod).isEqualTo(EvaluationMethod.LOWEST_PRICE);
        assertThat(project.source).isEqualTo(ProjectSource.ONLINE);
    }

    @Test
    void aBudgetOfZeroOrBeyondTheLimitOrWithThreeDecimalsIsRefused() {
        for (String budget : List.of("0", "-1", "1000000000000.00", "1.001")) {
            assertThatThrownBy(() -> aDraft(1L, budget)).is(Refused.onField("budgetAmount"));
        }
    }

    @Test
    void aYearOutside2000To2100IsRefused() {
        assertThatThrownBy(() -> Project.draft(
                        "X",
                        "t",
                        1999,
                        "A02",
                        ProcurementMethod.OPEN_TENDER,
                        null,
                        null,
                        BigDecimal.ONE,
                        null,
                        CREATOR,
                        NOW))
                .is(Refused.onField("year"));
    }

    @Test
    void comprehensiveScoringNeedsAPriceWeightOf10To100AndLowestPriceTakesNone() {
        for (Integer weight : new Integer[] {null, 9, 101}) {
            assertThatThrownBy(() -> Project.draft(
                            "X",
                            "t",
                            2030,
                            "A02",
                            ProcurementMethod.OPEN_TENDER,
                            EvaluationMethod.COMPREHENSIVE_SCORE,
                            weight,
                            BigDecimal.TEN,
                            null,
                            CREATOR,
                            NOW))
                    .is(Refused.onField("priceWeight"));
        }
        assertThatThrownBy(() -> Project.draft(
                        "X",
                        "t",
                        2030,
                        "A02",
                        ProcurementMethod.OPEN_TENDER,
                        EvaluationMethod.LOWEST_PRICE,
                        30,
                        BigDecimal.TEN,
                        null,
                        CREATOR,
                        NOW))
                .is(Refused.by(RefusalCode.PRICE_WEIGHT_NOT_ALLOWED));
    }

    @Test
    void aDraftIsPublishedWithADeadlineAtTheEndOfItsWaitingPeriodOrLater() {
        Project project = aDraft();
        project.publish(NOW.plus(Duration.ofDays(20)), NOW, PERIODS);
        assertThat(project.status).isEqualTo(ProjectStatus.PUBLISHED);
        assertThat(project.bidDeadline).isEqualTo(NOW.plus(Duration.ofDays(20)));
    }

    @Test
    void aDeadlineSoonerThanTheWaitingPeriodIsRefusedOnTheDeadline() {
        Project project = aDraft();
        assertThatThrownBy(() -> project.publish(NOW.plus(Duration.ofDays(20)).minusSeconds(1), NOW, PERIODS))
                .is(Refused.onField("bidDeadline"));
        assertThatThrownBy(() -> project.publish(NOW.minusSeconds(1), NOW, PERIODS))
                .is(Refused.onField("bidDeadline"));
        assertThatThrownBy(() -> project.publish(null, NOW, PERIODS)).is(Refused.onField("bidDeadline"));
        assertThat(project.status).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void anOpenTenderIsPublishedOnlyOnceItsIntentionHasBeenPublicForTheLead() {
        WaitingPeriods withLead = WaitingPeriodsTest.periods(Map.of("PROCUREMENT_INTENTION_LEAD", "P30D"));
        Project project = aDraft();
        assertThatThrownBy(() -> project.publish(DEADLINE, NOW, withLead))
                .is(Refused.by(RefusalCode.INTENTION_TOO_RECENT));
        project.announceIntention(NOW.minus(Duration.ofDays(29)));
        assertThatThrownBy(() -> project.publish(DEADLINE, NOW, withLead))
                .is(Refused.by(RefusalCode.INTENTION_TOO_RECENT));
        Project announcedEarlier = aDraft();
        announcedEarlier.announceIntention(NOW.minus(Duration.ofDays(30)));
        announcedEarlier.publish(DEADLINE, NOW, withLead);
        assertThat(announcedEarlier.status).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void anIntentionIsAnnouncedOnceAndOnlyForADraft() {
        Project project = aDraft();
        project.announceIntention(NOW);
        assertThatThrownBy(() -> project.announceIntention(NOW))
                .is(Refused.by(RefusalCode.INTENTION_ALREADY_ANNOUNCED));
        assertThatThrownBy(() -> aPublished().announceIntention(NOW)).is(Refused.by(RefusalCode.PROJECT_NOT_DRAFT));
    }

    @Test
    void invitationMethodsArePublishedOnlyWithTheirInvitations() {
        Project negotiation = aDraft(1L, "1000", ProcurementMethod.COMPETITIVE_NEGOTIATION);
        Instant later = NOW.plus(Duration.ofDays(30));
        assertThatThrownBy(() -> negotiation.publish(later, NOW, PERIODS))
                .is(Refused.by(RefusalCode.INVITATIONS_MISSING));
        negotiation.invite(List.of(anActiveVendor(), anActiveVendor(), anActiveVendor()));
        negotiation.publish(later, NOW, PERIODS);
        assertThat(negotiation.status).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void invitationsAreThreeOrMoreActiveVendorsExactlyOneForSingleSourceAndNoneForAnOpenTender() {
        Project negotiation = aDraft(1L, "1000", ProcurementMethod.COMPETITIVE_NEGOTIATION);
        assertThatThrownBy(() -> negotiation.invite(List.of(anActiveVendor(), anActiveVendor())))
                .is(Refused.by(RefusalCode.INVITATION_COUNT));
        assertThatThrownBy(() -> negotiation.invite(List.of(anActiveVendor(), anActiveVendor(), aPendingVendor())))
                .is(Refused.by(RefusalCode.INVITED_VENDOR_NOT_ACTIVE));
        Project single = aDraft(2L, "1000", ProcurementMethod.SINGLE_SOURCE);
        assertThatThrownBy(() -> single.invite(List.of(anActiveVendor(), anActiveVendor())))
                .is(Refused.by(RefusalCode.INVITATION_COUNT));
        single.invite(List.of(anActiveVendor()));
        assertThat(single.invitedVendorIds).hasSize(1);
        assertThatThrownBy(() -> aDraft().invite(List.of(anActiveVendor(), anActiveVendor(), anActiveVendor())))
                .is(Refused.by(RefusalCode.METHOD_TAKES_NO_INVITATIONS));
        assertThatThrownBy(() -> aPublished().invite(List.of())).is(Refused.by(RefusalCode.PROJECT_NOT_DRAFT));
    }

    @Test
    void onlyADraftCanBePublished() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.publish(DEADLINE, NOW, PERIODS))
                .is(Refused.by(RefusalCode.PROJECT_NOT_PUBLISHABLE));
    }

    @Test
    void theDeadlineIsExtendedOnlyLaterAndOnlyBeforeItHasPassed() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.extend(DEADLINE, NOW)).is(Refused.by(RefusalCode.DEADLINE_NOT_LATER));
        project.extend(DEADLINE.plusSeconds(3600), NOW);
        assertThat(project.bidDeadline).isEqualTo(DEADLINE.plusSeconds(3600));
        assertThatThrownBy(() -> project.extend(DEADLINE.plus(Duration.ofDays(9)), DEADLINE.plusSeconds(3600)))
                .is(Refused.by(RefusalCode.DEADLINE_PASSED));
    }

    @Test
    void theFirstRankedBidIsAwardedByAnotherOfficerAtItsOwnAmount() {
        Opened opened = anOpened("900000", "800000", "950000");
        opened.award(1, null, OTHER_OFFICER);
        Project project = opened.project();
        assertThat(project.status).isEqualTo(ProjectStatus.AWARDED);
        assertThat(project.awardedAmount).isEqualByComparingTo("800000.00");
        assertThat(project.awardedBidId).isEqualTo(opened.bids().get(1).id);
        assertThat(project.awardedVendorId).isEqualTo(opened.bids().get(1).vendorId);
        assertThat(project.awardedBy).isEqualTo("officer-2");
        assertThat(project.awardedAt).isEqualTo(AFTER);
    }

    @Test
    void passingOverTheFirstRankedBidNeedsAReasonOfTenCharacters() {
        Opened opened = anOpened("900000", "800000", "950000");
        assertThatThrownBy(() -> opened.award(0, "价格不是最低", OTHER_OFFICER)).is(Refused.onField("reason"));
        assertThatThrownBy(() -> opened.award(0, null, OTHER_OFFICER)).is(Refused.onField("reason"));
        opened.award(0, "第一名供应商放弃中标资格，依次递补", OTHER_OFFICER);
        assertThat(opened.project().awardReason).isEqualTo("第一名供应商放弃中标资格，依次递补");
    }

    @Test
    void anAwardIsRefusedWithFewerValidBidsThanTheMethodNeeds() {
        Opened opened = anOpened("900000", "800000");
        assertThatThrownBy(() -> opened.award(1, null, OTHER_OFFICER)).is(Refused.by(RefusalCode.TOO_FEW_VALID_BIDS));
        assertThat(opened.project().status).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void anAwardIsRefusedBeforeTheDeadlineAndBeforeTheOpening() {
        Project project = aPublished();
        Bid bid = Bid.place(project, anActiveVendor(), BigDecimal.TEN, NOW);
        bid.id = 1L;
        Evaluation none = Evaluation.of(EvaluationMethod.LOWEST_PRICE, null, List.of());
        assertThatThrownBy(() -> project.award(bid, true, none, null, null, OTHER_OFFICER, NOW))
                .is(Refused.by(RefusalCode.BIDDING_STILL_OPEN));
        assertThatThrownBy(() -> project.award(bid, true, none, null, null, OTHER_OFFICER, AFTER))
                .is(Refused.by(RefusalCode.BIDS_NOT_OPENED));
    }

    @Test
    void anAwardIsRefusedForAnInvalidBidOrAnAmountOtherThanTheBids() {
        Opened opened = anOpened("900000", "800000", "950000");
        Project project = opened.project();
        Bid first = opened.bids().get(1);
        assertThatThrownBy(() -> project.award(first, false, opened.evaluation(), null, null, OTHER_OFFICER, AFTER))
                .is(Refused.by(RefusalCode.BID_NOT_VALID));
        assertThatThrownBy(() -> project.award(
                        first, true, opened.evaluation(), null, new BigDecimal("700000"), OTHER_OFFICER, AFTER))
                .is(Refused.onField("awardedAmount"));
        project.award(first, true, opened.evaluation(), null, new BigDecimal("800000.00"), OTHER_OFFICER, AFTER);
        assertThat(project.status).isEqualTo(ProjectStatus.AWARDED);
    }

    @Test
    void awardIsRefusedToTheOfficerWhoCreatedTheProject() {
        Opened opened = anOpened("900000", "800000", "950000");
        assertThatThrownBy(() -> opened.award(1, null, CREATOR)).is(Refused.by(RefusalCode.CREATOR_CANNOT_AWARD));
        assertThat(opened.project().status).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void nothingLeavesAnAwardedProject() {
        Opened opened = anOpened("900000", "800000", "950000");
        opened.award(1, null, OTHER_OFFICER);
        assertFinal(opened.project());
    }

    @Test
    void aPublishedProjectFailsAfterItsDeadlineWithAReasonAndThenNothingLeavesIt() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.fail("有效投标不足三家", NOW)).is(Refused.by(RefusalCode.BIDDING_STILL_OPEN));
        project.fail("有效投标不足三家", AFTER);
        assertThat(project.status).isEqualTo(ProjectStatus.FAILED);
        assertThat(project.failReason).isEqualTo("有效投标不足三家");
        assertFinal(project);
    }

    @Test
    void aDraftCannotFail() {
        assertThatThrownBy(() -> aDraft().fail("原因", AFTER)).is(Refused.by(RefusalCode.PROJECT_CANNOT_FAIL));
    }

    @Test
    void failingOrCancellingWithoutAReasonIsRefused() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.fail(" ", AFTER)).is(Refused.by(RefusalCode.REASON_REQUIRED));
        assertThatThrownBy(() -> project.cancel(null)).is(Refused.by(RefusalCode.REASON_REQUIRED));
        assertThat(project.status).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void aDraftOrAPublishedProjectCanBeCancelledAndThenNothingLeavesIt() {
        Project draft = aDraft();
        draft.cancel("需求变更");
        assertThat(draft.status).isEqualTo(ProjectStatus.CANCELLED);
        assertFinal(draft);
        Project published = aPublished();
        published.cancel("需求变更");
        assertThat(published.status).isEqualTo(ProjectStatus.CANCELLED);
    }

    @Test
    void aRecordedResultIsConfirmedBySomeoneElseThanItsRecorderAndThenIsAwarded() {
        Project recorded = aRecorded("900000.00", NOW.minusSeconds(60));
        assertThat(recorded.status).isEqualTo(ProjectStatus.RECORDED);
        assertThat(recorded.source).isEqualTo(ProjectSource.RECORDED);
        assertThatThrownBy(() -> recorded.confirm(CREATOR, NOW)).is(Refused.by(RefusalCode.RECORDER_CANNOT_CONFIRM));
        recorded.confirm(OTHER_OFFICER, NOW);
        assertThat(recorded.status).isEqualTo(ProjectStatus.AWARDED);
        assertThat(recorded.confirmedBy).isEqualTo("officer-2");
        assertThatThrownBy(() -> recorded.confirm(OTHER_OFFICER, NOW)).is(Refused.by(RefusalCode.PROJECT_NOT_RECORDED));
        assertFinal(recorded);
    }

    @Test
    void aRecordedResultAboveItsBudgetOrInTheFutureIsRefused() {
        assertThatThrownBy(() -> aRecorded("1000000.01", NOW)).is(Refused.onField("awardedAmount"));
        assertThatThrownBy(() -> aRecorded("0", NOW)).is(Refused.onField("awardedAmount"));
        assertThatThrownBy(() -> aRecorded("900000", NOW.plusSeconds(1))).is(Refused.onField("awardedAt"));
    }

    private static Project aRecorded(String amount, Instant awardedAt) {
        return Project.recorded(
                "CG-2030-0009",
                "服务器采购",
                2030,
                "A02010103",
                ProcurementMethod.OPEN_TENDER,
                new BigDecimal("1000000.00"),
                anActiveVendor(),
                new BigDecimal(amount),
                awardedAt,
                "ZFCG-2030-001",
                CREATOR,
                NOW);
    }

    @Test
    void draftsOfOneYearCategoryAndMethodMergeIntoOneWhoseBudgetIsTheSum() {
        Project a = aDraft(1L, "100.10");
        Project b = aDraft(2L, "200.20");
        Project merged = Project.mergeOf("CG-2030-0003", "合并采购", List.of(a, b), CREATOR, NOW);
        merged.id = 3L;
        a.mergeInto(merged);
        b.mergeInto(merged);
        assertThat(merged.budgetAmount).isEqualByComparingTo("300.30");
        assertThat(merged.status).isEqualTo(ProjectStatus.DRAFT);
        assertThat(merged.method).isEqualTo(ProcurementMethod.OPEN_TENDER);
        assertThat(a.status).isEqualTo(ProjectStatus.MERGED);
        assertThat(b.mergedIntoId).isEqualTo(3L);
        assertFinal(a);
    }

    @Test
    void mergingFewerThanTwoDistinctProjectsIsRefused() {
        Project a = aDraft(1L, "100");
        assertThatThrownBy(() -> Project.mergeOf("C", "t", List.of(a, a), CREATOR, NOW))
                .is(Refused.by(RefusalCode.MERGE_NEEDS_TWO));
    }

    @Test
    void mergingAPublishedProjectOrProjectsOfAnotherYearOrMethodIsRefused() {
        Project published = aPublished();
        assertThatThrownBy(() -> Project.mergeOf("C", "t", List.of(aDraft(2L, "1"), published), CREATOR, NOW))
                .is(Refused.by(RefusalCode.MERGE_NOT_DRAFT));
        Project otherYear = Project.draft(
                "C9",
                "t",
                2031,
                "A02010103",
                ProcurementMethod.OPEN_TENDER,
                null,
                null,
                BigDecimal.ONE,
                null,
                CREATOR,
                NOW);
        otherYear.id = 9L;
        assertThatThrownBy(() -> Project.mergeOf("C", "t", List.of(aDraft(2L, "1"), otherYear), CREATOR, NOW))
                .is(Refused.by(RefusalCode.MERGE_MIXED));
        Project otherMethod = aDraft(8L, "1", ProcurementMethod.COMPETITIVE_CONSULTATION);
        assertThatThrownBy(() -> Project.mergeOf("C", "t", List.of(aDraft(2L, "1"), otherMethod), CREATOR, NOW))
                .is(Refused.by(RefusalCode.MERGE_MIXED));
    }

    @Test
    void bidsAreTakenOnlyWhilePublishedAndBeforeTheDeadline() {
        assertThatThrownBy(() -> Bid.place(aDraft(), anActiveVendor(), BigDecimal.TEN, NOW))
                .is(Refused.by(RefusalCode.BIDDING_NOT_OPEN));
        Project published = aPublished();
        assertThatThrownBy(() -> Bid.place(published, anActiveVendor(), BigDecimal.TEN, DEADLINE))
                .is(Refused.by(RefusalCode.BIDDING_CLOSED));
        assertThat(Bid.place(published, anActiveVendor(), BigDecimal.TEN, NOW).amount)
                .isEqualByComparingTo("10.00");
    }

    @Test
    void aBidAboveTheBudgetIsRefused() {
        Project published = aPublished();
        assertThatThrownBy(() -> Bid.place(published, anActiveVendor(), new BigDecimal("1000000.01"), NOW))
                .is(Refused.by(RefusalCode.BID_ABOVE_BUDGET));
        assertThat(Bid.place(published, anActiveVendor(), new BigDecimal("1000000.00"), NOW).amount)
                .isEqualByComparingTo("1000000.00");
    }

    @Test
    void underAnInvitationMethodOnlyTheInvitedBid() {
        Project negotiation = aDraft(1L, "1000", ProcurementMethod.COMPETITIVE_NEGOTIATION);
        Vendor invited = anActiveVendor();
        negotiation.invite(List.of(invited, anActiveVendor(), anActiveVendor()));
        negotiation.publish(NOW.plus(Duration.ofDays(30)), NOW, PERIODS);
        assertThatThrownBy(() -> Bid.place(negotiation, anActiveVendor(), BigDecimal.TEN, NOW))
                .is(Refused.by(RefusalCode.NOT_INVITED));
        assertThat(Bid.place(negotiation, invited, BigDecimal.TEN, NOW).vendorId)
                .isEqualTo(invited.id());
    }

    @Test
    void aVendorThatIsNotActiveCannotBid() {
        assertThatThrownBy(() -> Bid.place(aPublished(), aPendingVendor(), BigDecimal.TEN, NOW))
                .is(Refused.by(RefusalCode.VENDOR_NOT_ACTIVE));
    }

    @Test
    void bidsStaySealedUntilTheDeadline() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.requireBidsOpened(NOW)).is(Refused.by(RefusalCode.BIDS_SEALED));
        assertThatThrownBy(() -> project.open(0, OTHER_OFFICER, NOW)).is(Refused.by(RefusalCode.BIDS_SEALED));
        project.open(0, OTHER_OFFICER, DEADLINE);
        assertThat(project.bidsOpenedAt).isEqualTo(DEADLINE);
    }

    @Test
    void theStepsFollowTheLifecycleAndInternalControl() {
        Project draft = aDraft(1L, "1000", ProcurementMethod.COMPETITIVE_NEGOTIATION);
        assertThat(draft.allowedSteps(OTHER_OFFICER, null, NOW))
                .containsExactlyInAnyOrder(ProjectStep.INVITE, ProjectStep.ANNOUNCE_INTENTION, ProjectStep.CANCEL);
        Project published = aPublished();
        assertThat(published.allowedSteps(OTHER_OFFICER, null, NOW))
                .containsExactlyInAnyOrder(ProjectStep.EXTEND, ProjectStep.CANCEL);
        assertThat(published.allowedSteps(VENDOR, 5L, NOW)).containsExactly(ProjectStep.BID);
        assertThat(published.allowedSteps(OTHER_OFFICER, null, AFTER))
                .containsExactlyInAnyOrder(ProjectStep.OPEN_BIDS, ProjectStep.FAIL, ProjectStep.CANCEL);
        Project opened = anOpened("1", "2", "3").project();
        assertThat(opened.allowedSteps(OTHER_OFFICER, null, AFTER))
                .containsExactlyInAnyOrder(ProjectStep.AWARD, ProjectStep.FAIL, ProjectStep.CANCEL);
        assertThat(opened.allowedSteps(CREATOR, null, AFTER)).doesNotContain(ProjectStep.AWARD);
        assertThat(opened.allowedSteps(VENDOR, 5L, AFTER)).isEqualTo(Set.of());
    }

    private static void assertFinal(Project project) {
        ProjectStatus status = project.status;
        assertThatThrownBy(() -> project.publish(DEADLINE, NOW, PERIODS))
                .is(Refused.by(RefusalCode.PROJECT_NOT_PUBLISHABLE));
        assertThatThrownBy(() -> project.award(null, true, null, null, null, OTHER_OFFICER, AFTER))
                .is(Refused.by(RefusalCode.PROJECT_NOT_AWARDABLE));
        assertThatThrownBy(() -> project.fail("原因", AFTER)).is(Refused.by(RefusalCode.PROJECT_CANNOT_FAIL));
        assertThatThrownBy(() -> project.cancel("原因")).is(Refused.by(RefusalCode.PROJECT_NOT_CANCELLABLE));
        assertThat(project.status).isEqualTo(status);
    }
}
