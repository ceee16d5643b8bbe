package cn.taxprocurement.catalog;

import cn.taxprocurement.security.Actor;
import cn.taxprocurement.vendor.Uscc;
import cn.taxprocurement.vendor.VendorRequests;
import cn.taxprocurement.vendor.VendorService;
import cn.taxprocurement.vendor.VendorView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Vendors, rounds and listings made through the services, for tests that need them as given. */
@ApplicationScoped
public class CatalogFixtures {
    public static final Actor OFFICER = new Actor("officer-fixture", "officer-fixture", "officer", null);
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Inject
    VendorService vendors;

    @Inject
    CatalogRoundService rounds;

    @Inject
    ProductService products;

    /** A fresh, valid USCC that no other test uses. */
    public static String newUscc() {
        StringBuilder first17 = new StringBuilder("91110108");
        while (first17.length() < 17) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return first17.toString() + Uscc.checkCharacter(first17.toString());
    }

    public static String newSubject() {
        return "vendor-" + UUID.randomUUID();
    }

    public static Actor vendor(String subject) {
        return new Actor(subject, subject, "vendor", null);
    }

    /** A vendor of {@code subject} admitted by an officer; its id. */
    public long activeVendor(String subject) {
        return activeVendor(subject, newUscc());
    }

    public long activeVendor(String subject, String uscc) {
        VendorView vendor = vendors.register(
                vendor(subject),
                new VendorRequests.Register(uscc, "测试科技有限公司", "张三", "13800138000", "sales@example.cn"));
        vendors.approve(OFFICER, vendor.id());
        return vendor.id();
    }

    public long pendingVendor(String subject, String name) {
        return vendors.register(
                        vendor(subject),
                        new VendorRequests.Register(newUscc(), name, "李四", "13900139000", "a@example.cn"))
                .id();
    }

    public long openRound(int year, String... categoryCodes) {
        return rounds.open(OFFICER, new RoundRequests.Open(year, year + "年度入围采购", List.of(categoryCodes)))
                .id();
    }

    public void closeRound(long id) {
        rounds.close(OFFICER, id);
    }

    public long listing(String subject, long roundId, String categoryCode, String brand, String model) {
        return listing(subject, roundId, categoryCode, brand, model, "标准配置");
    }

    public long listing(String subject, long roundId, String categoryCode, String brand, String model, String specs) {
        return products.list(
                        vendor(subject),
                        new ProductRequests.Create(
                                roundId, categoryCode, brand, model, specs, new BigDecimal("4999.00")))
                .id();
    }

    public long approvedListing(String subject, long roundId, String categoryCode, String brand, String model) {
        long id = listing(subject, roundId, categoryCode, brand, model);
        products.approve(OFFICER, id);
        return id;
    }

    public void reject(long productId) {
        products.reject(OFFICER, productId, new ProductRequests.Reject("参数不符"));
    }
}
