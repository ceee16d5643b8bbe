package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.Refused;
import cn.taxprocurement.vendor.Uscc;
import cn.taxprocurement.vendor.Vendor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductTest {
    private static final String DESKTOP = "A02010104";
    private static final String SERVER = "A02010103";

    private final CatalogRound round = CatalogRound.open(2050, "2050年度入围采购", Set.of(DESKTOP));

    @Test
    void anActiveVendorsListingInAnOpenRoundWaitsForReview() {
        Product product = list(activeVendor(), round, "4999");

        assertThat(product.status()).isEqualTo(ProductStatus.SUBMITTED);
        assertThat(product.unitPrice).isEqualByComparingTo("4999.00").hasScaleOf(2);
    }

    @Test
    void aVendorNotYetAdmittedCannotList() {
        assertThatThrownBy(() -> list(pendingVendor(), round, "4999")).is(Refused.by(RefusalCode.VENDOR_NOT_ACTIVE));
    }

    @Test
    void aClosedRoundTakesNoListings() {
        close(round);

        assertThatThrownBy(() -> list(activeVendor(), round, "4999")).is(Refused.by(RefusalCode.ROUND_CLOSED));
    }

    @Test
    void aRoundCannotBeClosedTwice() {
        close(round);

        assertThatThrownBy(() -> close(round)).is(Refused.by(RefusalCode.ROUND_CLOSED));
    }

    @Test
    void aCategoryTheRoundDoesNotShortlistIsRefused() {
        assertThatThrownBy(() -> Product.list(activeVendor(), round, SERVER, "浪潮", "NF5270M6", "", BigDecimal.TEN))
                .is(Refused.by(RefusalCode.CATEGORY_NOT_IN_ROUND));
    }

    @Test
    void thePriceMustBePositiveAtMostTheMaximumAndInFen() {
        for (String price : new String[] {"0", "-1", "1000000000.00", "1.234"}) {
            assertThatThrownBy(() -> list(activeVendor(), round, price)).is(Refused.onField("unitPrice"));
        }
        assertThat(list(activeVendor(), round, "999999999.99").status()).isEqualTo(ProductStatus.SUBMITTED);
        assertThat(list(activeVendor(), round, "12.50").status()).isEqualTo(ProductStatus.SUBMITTED);
    }

    @Test
    void onlyASubmittedListingCanBeApprovedOrRejected() {
        Product approved = list(activeVendor(), round, "4999");
        approved.approve(RoundStatus.OPEN);

        assertThatThrownBy(() -> approved.approve(RoundStatus.OPEN)).is(Refused.by(RefusalCode.LISTING_NOT_REVIEWABLE));
        assertThatThrownBy(() -> approved.reject("重复")).is(Refused.by(RefusalCode.LISTING_NOT_REVIEWABLE));
    }

    @Test
    void anApprovedListingCanBeWithdrawnButNotTwice() {
        Product product = list(activeVendor(), round, "4999");
        product.approve(RoundStatus.OPEN);
        product.withdraw(RoundStatus.OPEN);

        assertThat(product.status()).isEqualTo(ProductStatus.WITHDRAWN);
        assertThatThrownBy(() -> product.withdraw(RoundStatus.OPEN))
                .is(Refused.by(RefusalCode.LISTING_NOT_WITHDRAWABLE));
    }

    @Test
    void aRejectedListingCannotBeWithdrawn() {
        Product product = list(activeVendor(), round, "4999");
        product.reject("参数不符");

        assertThatThrownBy(() -> product.withdraw(RoundStatus.OPEN))
                .is(Refused.by(RefusalCode.LISTING_NOT_WITHDRAWABLE));
    }

    @Test
    void aListingCannotBeWithdrawnOnceItsRoundHasClosed() {
        Product product = list(activeVendor(), round, "4999");
        product.approve(RoundStatus.OPEN);

        assertThatThrownBy(() -> product.withdraw(RoundStatus.CLOSED)).is(Refused.by(RefusalCode.LISTING_ROUND_CLOSED));
        assertThat(product.status()).isEqualTo(ProductStatus.APPROVED);
    }

    @Test
    void onlyAnApprovedListingCanBeSuspendedAndThenItIsNoLongerOrderable() {
        Product submitted = list(activeVendor(), round, "4999");
        assertThatThrownBy(() -> submitted.suspend("价格异常")).is(Refused.by(RefusalCode.LISTING_NOT_SUSPENDABLE));

        submitted.approve(RoundStatus.OPEN);
        assertThat(submitted.status().orderable()).isTrue();
        submitted.suspend("价格异常");

        assertThat(submitted.status()).isEqualTo(ProductStatus.SUSPENDED);
        assertThat(submitted.status().orderable()).isFalse();
        assertThatThrownBy(() -> submitted.suspend("再次")).is(Refused.by(RefusalCode.LISTING_NOT_SUSPENDABLE));
    }

    @Test
    void aPriceMayOnlyFallOnAnApprovedListingWhileItsRoundIsOpen() {
        Product product = list(activeVendor(), round, "4999");
        assertThatThrownBy(() -> product.requirePriceCut(RoundStatus.OPEN, new BigDecimal("4500")))
                .is(Refused.by(RefusalCode.PRICE_CHANGE_NOT_APPROVED));

        product.approve(RoundStatus.OPEN);
        assertThatThrownBy(() -> product.requirePriceCut(RoundStatus.CLOSED, new BigDecimal("4500")))
                .is(Refused.by(RefusalCode.LISTING_ROUND_CLOSED));
        assertThatThrownBy(() -> product.requirePriceCut(RoundStatus.OPEN, new BigDecimal("4999.00")))
                .is(Refused.by(RefusalCode.PRICE_NOT_LOWER));
        assertThatThrownBy(() -> product.requirePriceCut(RoundStatus.OPEN, new BigDecimal("5200")))
                .is(Refused.by(RefusalCode.PRICE_NOT_LOWER));
        product.requirePriceCut(RoundStatus.OPEN, new BigDecimal("4998.99"));
    }

    @Test
    void aRejectedOrWithdrawnListingFreesItsBrandAndModelForANewListing() {
        Product rejected = list(activeVendor(), round, "4999");
        Product withdrawn = list(activeVendor(), round, "4999");
        rejected.reject("参数不符");
        withdrawn.withdraw(RoundStatus.OPEN);

        assertThat(rejected.listingKey()).isNull();
        assertThat(withdrawn.listingKey()).isNull();
    }

    private static Product list(Vendor vendor, CatalogRound round, String price) {
        return Product.list(vendor, round, DESKTOP, "联想", "启天M43", "i5/8G/512G", new BigDecimal(price));
    }

    private static Vendor activeVendor() {
        Vendor vendor = pendingVendor();
        vendor.approve();
        return vendor;
    }

    private static Vendor pendingVendor() {
        return Vendor.register(
                "vendor-x", new Uscc("91110000710926094P"), "联想（北京）有限公司", "张三", "13800138000", "a@example.cn");
    }

    private static void close(CatalogRound round) {
        round.close(new ShortlistFigures(1, 1, 1, 1), Instant.now());
    }
}
