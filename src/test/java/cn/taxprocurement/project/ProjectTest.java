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
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {
    private static final Instant NOW = Instant.parse("2030-03-01T08:00:00Z");
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
    private static final Actor CREATOR = new Actor("officer-1", "officer-1", Roles.OFFICER, null);
    private static final Actor OTHER_OFFICER = new Actor("officer-2", "officer-2", Roles.OFFICER, null);

    private static Project aDraft() {
        return aDraft(1L, "1000000.00");
    }

    private static Project aDraft(long id, String budget) {
        Project project = Project.draft(
                "CG-2030-000" + id,
                "服务器采购",
                2030,
                "A02010103",
                ProcurementMethod.OPEN_TENDER,
                new BigDecimal(budget),
                null,
                CREATOR,
                NOW);
        project.id = id;
        return project;
    }

    private static Project aPublished() {
        Project project = aDraft();
        project.publish(TOMORROW, NOW);
        return project;
    }

    private static Vendor anActiveVendor() {
        Vendor vendor = aPendingVendor();
        vendor.approve();
        return vendor;
    }

    private static Vendor aPendingVendor() {
        String first17 = "91110000MA0000001";
        return Vendor.register(
                "vendor-1", new Uscc(first17 + Uscc.checkCharacter(first17)), "某科技有限公司", "张三", "010-1", "a@b.cn");
    }

    @Test
    void aNewProjectIsADraftWithItsBudgetAtScale2() {
        Project project = aDraft(1L, "1520000");
        assertThat(project.status).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.budgetAmount).isEqualByComparingTo("1520000.00");
        assertThat(project.budgetAmount.scale()).isEqualTo(2);
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
                        "X", "t", 1999, "A02", ProcurementMethod.OPEN_TENDER, BigDecimal.ONE, null, CREATOR, NOW))
                .is(Refused.onField("year"));
    }

    @Test
    void aDraftIsPublishedWithADeadlineInTheFuture() {
        Project project = aPublished();
        assertThat(project.status).isEqualTo(ProjectStatus.PUBLISHED);
        assertThat(project.bidDeadline).isEqualTo(TOMORROW);
    }

    @Test
    void publishingWithAPastOrMissingDeadlineIsRefusedOnTheDeadline() {
        Project project = aDraft();
        assertThatThrownBy(() -> project.publish(NOW.minusSeconds(1), NOW)).is(Refused.onField("bidDeadline"));
        assertThatThrownBy(() -> project.publish(null, NOW)).is(Refused.onField("bidDeadline"));
        assertThat(project.status).isEqualTo(ProjectStatus.DRAFT);
    }

    @Test
    void onlyADraftCanBePublished() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.publish(TOMORROW, NOW)).is(Refused.by(RefusalCode.PROJECT_NOT_PUBLISHABLE));
    }

    @Test
    void aPublishedProjectIsAwardedByAnotherOfficer() {
        Project project = aPublished();
        project.award(anActiveVendor(), new BigDecimal("900000"), null, OTHER_OFFICER, NOW);
        assertThat(project.status).isEqualTo(ProjectStatus.AWARDED);
        assertThat(project.awardedAmount).isEqualByComparingTo("900000.00");
        assertThat(project.awardedBy).isEqualTo("officer-2");
        assertThat(project.awardedAt).isEqualTo(NOW);
    }

    @Test
    void aDraftCanBeAwardedForAProcurementRunOffline() {
        Project project = aDraft();
        project.award(anActiveVendor(), new BigDecimal("900000.00"), null, OTHER_OFFICER, NOW);
        assertThat(project.status).isEqualTo(ProjectStatus.AWARDED);
    }

    @Test
    void awardIsRefusedToTheOfficerWhoCreatedTheProject() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.award(anActiveVendor(), BigDecimal.TEN, null, CREATOR, NOW))
                .is(Refused.by(RefusalCode.CREATOR_CANNOT_AWARD));
        assertThat(project.status).isEqualTo(ProjectStatus.PUBLISHED);
    }

    @Test
    void awardIsRefusedToAVendorThatIsNotActive() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.award(aPendingVendor(), BigDecimal.TEN, null, OTHER_OFFICER, NOW))
                .is(Refused.by(RefusalCode.AWARDED_VENDOR_NOT_ACTIVE));
    }

    @Test
    void awardIsRefusedWithAnAmountOfZeroOrThreeDecimals() {
        Project project = aPublished();
        for (String amount : List.of("0", "1.005")) {
            assertThatThrownBy(() -> project.award(anActiveVendor(), new BigDecimal(amount), null, OTHER_OFFICER, NOW))
                    .is(Refused.onField("awardedAmount"));
        }
    }

    @Test
    void awardIsRefusedWithABidOfAnotherProject() {
        Project project = aPublished();
        Bid bid = Bid.place(project, anActiveVendor(), BigDecimal.TEN, NOW);
        bid.projectId = 99L;
        assertThatThrownBy(() -> project.award(anActiveVendor(), BigDecimal.TEN, bid, OTHER_OFFICER, NOW))
                .is(Refused.onField("bidId"));
    }

    @Test
    void nothingLeavesAnAwardedProject() {
        Project project = aPublished();
        project.award(anActiveVendor(), BigDecimal.TEN, null, OTHER_OFFICER, NOW);
        assertFinal(project);
    }

    @Test
    void aPublishedProjectFailsWithAReasonAndThenNothingLeavesIt() {
        Project project = aPublished();
        project.fail("有效投标不足三家");
        assertThat(project.status).isEqualTo(ProjectStatus.FAILED);
        assertThat(project.failReason).isEqualTo("有效投标不足三家");
        assertFinal(project);
    }

    @Test
    void aDraftCannotFail() {
        assertThatThrownBy(() -> aDraft().fail("原因")).is(Refused.by(RefusalCode.PROJECT_CANNOT_FAIL));
    }

    @Test
    void failingOrCancellingWithoutAReasonIsRefused() {
        Project project = aPublished();
        assertThatThrownBy(() -> project.fail(" ")).is(Refused.by(RefusalCode.REASON_REQUIRED));
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
    void draftsOfOneYearAndCategoryMergeIntoOneWhoseBudgetIsTheSum() {
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
    void mergingAPublishedProjectOrProjectsOfAnotherYearIsRefused() {
        Project published = aPublished();
        assertThatThrownBy(() -> Project.mergeOf("C", "t", List.of(aDraft(2L, "1"), published), CREATOR, NOW))
                .is(Refused.by(RefusalCode.MERGE_NOT_DRAFT));
        Project otherYear = Project.draft(
                "C9", "t", 2031, "A02010103", ProcurementMethod.OPEN_TENDER, BigDecimal.ONE, null, CREATOR, NOW);
        otherYear.id = 9L;
        assertThatThrownBy(() -> Project.mergeOf("C", "t", List.of(aDraft(2L, "1"), otherYear), CREATOR, NOW))
                .is(Refused.by(RefusalCode.MERGE_MIXED));
    }

    @Test
    void bidsAreTakenOnlyWhilePublishedAndBeforeTheDeadline() {
        assertThatThrownBy(() -> Bid.place(aDraft(), anActiveVendor(), BigDecimal.TEN, NOW))
                .is(Refused.by(RefusalCode.BIDDING_NOT_OPEN));
        Project published = aPublished();
        assertThatThrownBy(() -> Bid.place(published, anActiveVendor(), BigDecimal.TEN, TOMORROW))
                .is(Refused.by(RefusalCode.BIDDING_CLOSED));
        assertThat(Bid.place(published, anActiveVendor(), BigDecimal.TEN, NOW).amount)
                .isEqualByComparingTo("10.00");
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
        project.requireBidsOpened(TOMORROW);
    }

    private static void assertFinal(Project project) {
        ProjectStatus status = project.status;
        assertThatThrownBy(() -> project.publish(TOMORROW, NOW)).is(Refused.by(RefusalCode.PROJECT_NOT_PUBLISHABLE));
        assertThatThrownBy(() -> project.award(anActiveVendor(), BigDecimal.TEN, null, OTHER_OFFICER, NOW))
                .is(Refused.by(RefusalCode.PROJECT_NOT_AWARDABLE));
        assertThatThrownBy(() -> project.fail("原因")).is(Refused.by(RefusalCode.PROJECT_CANNOT_FAIL));
        assertThatThrownBy(() -> project.cancel("原因")).is(Refused.by(RefusalCode.PROJECT_NOT_CANCELLABLE));
        assertThat(project.status).isEqualTo(status);
    }
}
