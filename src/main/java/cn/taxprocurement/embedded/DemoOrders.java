package cn.taxprocurement.embedded;

import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.ProductRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.catalog.RoundRequests;
import cn.taxprocurement.catalogimport.Uploads;
import cn.taxprocurement.lib.catalogimport.CatalogTemplate;
import cn.taxprocurement.lib.catalogimport.RoundCategory;
import cn.taxprocurement.order.CompetitionRequests;
import cn.taxprocurement.order.CompetitionService;
import cn.taxprocurement.order.CompetitionView;
import cn.taxprocurement.order.OrderRequests;
import cn.taxprocurement.order.OrderService;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The demo orders of the embedded default: this year's shortlist round, orders of the head office and of the
 * Guangdong bureau in every state, and one finished competition (二次竞价) with the order it ended in, all written
 * through the services so that the audit trail tells their story.
 */
@ApplicationScoped
public class DemoOrders {
    static final String HEAD_OFFICE = "国家税务总局";
    static final String GUANGDONG = "国家税务总局广东省税务局";
    private static final String DESKTOP = "A02010104";
    private static final String LAPTOP = "A02010105";
    private static final Actor OFFICER = new Actor("demo-officer", "演示采购经办人", Roles.OFFICER, null, HEAD_OFFICE);
    private static final Actor OFFICER_GD = new Actor("demo-officer-gd", "广东省税务局采购经办人", Roles.OFFICER, null, GUANGDONG);
    private static final String[][] DESKTOPS = {
        {"联想", "启天 M437", "4680.00"},
        {"华为", "擎云 B730", "4950.00"},
        {"长城", "世恒 DF720", "4390.00"},
        {"清华同方", "超越 E500", "4520.00"}
    };
    private static final String[][] LAPTOPS = {{"联想", "昭阳 K4e", "5980.00"}, {"华为", "擎云 L420", "6280.00"}};
    /** Which demo vendor sells each desktop, so that a brand is sold by its maker: 联想, 华为, 长城 and 同方. */
    private static final int[] DESKTOP_SELLERS = {0, 1, 4, 5};

    @Inject
    CatalogRoundService rounds;

    @Inject
    ProductService products;

    @Inject
    OrderService orders;

    @Inject
    CompetitionService competitions;

    @Inject
    VendorRepository vendors;

    @Inject
    Uploads uploads;

    @Inject
    EntityManager em;

    /**
     * Loads the demo orders once a year (later calls change nothing); the listings belong to the demo catalog's ACTIVE
     * {@code vendorIds} that make their brands, and the first of them also imported a catalog file.
     */
    @Transactional
    public void load(List<Long> vendorIds) {
        if (vendorIds.size() <= DESKTOP_SELLERS[DESKTOP_SELLERS.length - 1]) {
            throw new IllegalArgumentException("the demo orders need the demo catalog's active vendors");
        }
        int year = Instant.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        String roundName = year + "年度信息类产品入围采购";
        if (loaded(year, roundName)) {
            return;
        }
        long round = rounds.open(OFFICER, new RoundRequests.Open(year, roundName, List.of(DESKTOP, LAPTOP)))
                .id();
        List<Long> desktops = new ArrayList<>();
        for (int i = 0; i < DESKTOPS.length; i++) {
            desktops.add(listing(vendorIds.get(DESKTOP_SELLERS[i]), round, DESKTOP, DESKTOPS[i]));
        }
        List<Long> laptops = new ArrayList<>();
        for (int i = 0; i < LAPTOPS.length; i++) {
            laptops.add(listing(vendorIds.get(i), round, LAPTOP, LAPTOPS[i]));
        }

        // The first order waits for its vendor's confirmation.
        order(OFFICER, desktops.get(0), 12, "北京市西城区枣林前街");
        long confirmed = order(OFFICER_GD, desktops.get(1), 30, "广州市天河区天河路");
        orders.confirm(vendor(vendorIds.get(1)), confirmed);
        long delivered = order(OFFICER, laptops.get(0), 8, "北京市西城区枣林前街");
        orders.confirm(vendor(vendorIds.get(0)), delivered);
        orders.deliver(vendor(vendorIds.get(0)), delivered);
        long toDeliver = order(OFFICER_GD, laptops.get(0), 4, "广州市天河区天河路");
        orders.confirm(vendor(vendorIds.get(0)), toDeliver);
        for (Actor buyer : List.of(OFFICER, OFFICER_GD)) {
            long accepted = order(buyer, desktops.get(2), 20, buyer == OFFICER ? "北京市西城区枣林前街" : "广州市天河区天河路");
            orders.confirm(vendor(vendorIds.get(DESKTOP_SELLERS[2])), accepted);
            orders.deliver(vendor(vendorIds.get(DESKTOP_SELLERS[2])), accepted);
            orders.accept(buyer, accepted, new OrderRequests.Accept("数量、型号与订单一致，开箱检验合格"));
        }
        long declined = order(OFFICER_GD, laptops.get(1), 5, "广州市天河区天河路");
        orders.decline(vendor(vendorIds.get(1)), declined, new OrderRequests.Reason("该型号本季度缺货"));
        long cancelled = order(OFFICER, desktops.get(3), 6, "北京市西城区枣林前街");
        orders.cancel(OFFICER, cancelled, new OrderRequests.Reason("需求并入二次竞价"));

        finishedCompetition(year, desktops, vendorIds);
        importedCatalog(round, vendorIds.get(0));
    }

    private boolean loaded(int year, String roundName) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM catalog_round WHERE round_year = ?1 AND name = ?2")
                                .setParameter(1, year)
                                .setParameter(2, roundName)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * A catalog file the first vendor uploaded to this year's round, which the import workers take once the demo data
     * is committed: four rows become listings awaiting review and three are rejected, so that its error workbook can be
     * downloaded.
     */
    private void importedCatalog(long round, long vendorId) {
        String[][] rows = {
            {DESKTOP, "联想", "启天 M455", "i5-12500，16G 内存，512G 固态硬盘", "4890.00"},
            {DESKTOP, "联想", "开天 M740J", "兆芯 KX-U6780A，8G 内存，512G 固态硬盘", "5260.00"},
            {LAPTOP, "联想", "昭阳 K4e-IAP", "i5-1240P，16G 内存，14 英寸", "6120.00"},
            {LAPTOP, "联想", "开天 N60d", "飞腾 D2000，16G 内存，14 英寸", "6980.00"},
            {"A02010103", "联想", "ThinkSystem SR658", "2 颗处理器，256G 内存", "86000.00"},
            {DESKTOP, "联想", "启天 M430", "i5-10500，8G 内存", ""},
            {LAPTOP, "", "扬天 V14", "i5-1135G7，8G 内存", "4380.00"}
        };
        try {
            Path file = Files.createTempFile("demo-catalog-", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    CatalogTemplate.write(
                            List.of(new RoundCategory(DESKTOP, "台式计算机"), new RoundCategory(LAPTOP, "便携式计算机")), out);
                }
                try (InputStream in = Files.newInputStream(file);
                        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    Sheet sheet = workbook.getSheetAt(0);
                    for (int i = 0; i < rows.length; i++) {
                        Row row = sheet.createRow(i + 1);
                        for (int column = 0; column < 4; column++) {
                            row.createCell(column).setCellValue(rows[i][column]);
                        }
                        if (!rows[i][4].isEmpty()) {
                            row.createCell(4).setCellValue(Double.parseDouble(rows[i][4]));
                        }
                    }
                    try (OutputStream out = Files.newOutputStream(file)) {
                        workbook.write(out);
                    }
                }
                uploads.accept(vendor(vendorId), round, "联想-本年度入围产品目录.xlsx", file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A competition among the desktops that ran last week: the lowest of three quotes became an order. */
    private void finishedCompetition(int year, List<Long> desktops, List<Long> vendorIds) {
        Instant started = Instant.now().minus(Duration.ofDays(6)).truncatedTo(ChronoUnit.SECONDS);
        Instant deadline = started.plus(Duration.ofDays(4));
        CompetitionView competition = competitions.start(
                OFFICER,
                new CompetitionRequests.Start(
                        year + "年机关台式计算机二次竞价",
                        DESKTOP,
                        120,
                        "i5 及以上处理器，16G 内存，512G 固态硬盘，三年上门保修",
                        desktops.subList(0, 3),
                        deadline.atOffset(ZoneOffset.UTC),
                        "北京市西城区枣林前街"),
                started);
        String[] prices = {"4390.00", "4720.00", "4180.00"};
        for (int i = 0; i < 3; i++) {
            competitions.quote(
                    vendor(vendorIds.get(DESKTOP_SELLERS[i])),
                    competition.id(),
                    new CompetitionRequests.Quote(desktops.get(i), new BigDecimal(prices[i])),
                    started.plus(Duration.ofDays(1).plusHours(i)));
        }
        competitions.close(OFFICER, competition.id(), deadline.plus(Duration.ofHours(2)));
    }

    private long listing(long vendorId, long round, String category, String[] listing) {
        long id = products.list(
                        vendor(vendorId),
                        new ProductRequests.Create(
                                round, category, listing[0], listing[1], "政府采购标准配置", new BigDecimal(listing[2])))
                .id();
        products.approve(OFFICER, id);
        return id;
    }

    private long order(Actor buyer, long productId, int quantity, String address) {
        return orders.place(
                        buyer,
                        new OrderRequests.Place(List.of(new OrderRequests.Line(productId, quantity)), address, null))
                .id();
    }

    private Actor vendor(long vendorId) {
        String subject = vendors.findById(vendorId).subject();
        return new Actor(subject, subject, Roles.VENDOR, null);
    }
}
