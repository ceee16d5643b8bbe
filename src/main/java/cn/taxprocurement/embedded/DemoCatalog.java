package cn.taxprocurement.embedded;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.catalog.CatalogRound;
import cn.taxprocurement.catalog.CatalogRoundService;
import cn.taxprocurement.catalog.ListingFeed;
import cn.taxprocurement.catalog.PriceChangeService;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.Product;
import cn.taxprocurement.catalog.RoundStatus;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Uscc;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import cn.taxprocurement.vendor.VendorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The shortlist catalogs of the yearbook for the embedded default: 2018 with 8 categories, 77 vendors and 1,385
 * approved products; 2019 with 9 categories, 98 vendors and 2,435. Deterministic (fixed seed); loaded only when
 * asked.
 */
@ApplicationScoped
public class DemoCatalog {
    static final String SUBJECT_PREFIX = "demo-vendor-";
    /** The dev sign-in account that the first demo vendor, 联想（北京）有限公司, belongs to. */
    public static final String VENDOR_ACCOUNT = "vendor";

    private static final int CHUNK = 500;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** A category of the demo rounds: its brands, model series, spec choices and price range in yuan. */
    private record DemoCategory(
            String code, String[] brands, String[] series, String[][] specs, int minPrice, int maxPrice) {}

    private static final DemoCategory SERVER = new DemoCategory(
            "A02010103",
            new String[] {"浪潮", "华为", "曙光", "联想", "新华三", "戴尔", "惠普", "长城"},
            new String[] {"NF", "TaiShan ", "I", "ThinkSystem SR", "UniServer R", "PowerEdge R", "ProLiant DL"},
            new String[][] {
                {"2U机架式", "1U机架式", "4U机架式"},
                {"2颗海光7285 32核", "2颗鲲鹏920 48核", "2颗Intel Xeon Silver 4314", "2颗飞腾S2500"},
                {"256GB DDR4", "512GB DDR4", "128GB DDR4"},
                {"4×1.92TB SSD", "8×4TB SATA", "2×960GB SSD+6×8TB SATA"}
            },
            38000,
            260000);
    private static final DemoCategory DESKTOP = new DemoCategory(
            "A02010104",
            new String[] {"联想", "华为", "长城", "同方", "戴尔", "惠普", "清华同方", "方正"},
            new String[] {"启天M", "擎云W", "世恒TF", "超越E", "OptiPlex ", "ProDesk ", "文祥E"},
            new String[][] {
                {"Intel Core i5-10500", "Intel Core i7-10700", "兆芯KX-6640MA", "飞腾D2000", "龙芯3A5000"},
                {"8GB DDR4", "16GB DDR4"},
                {"512GB SSD", "256GB SSD+1TB HDD", "1TB SSD"},
                {"23.8英寸显示器", "21.5英寸显示器", "27英寸显示器"},
                {"国产操作系统", "Windows 10 专业版"}
            },
            3800,
            9800);
    private static final DemoCategory LAPTOP = new DemoCategory(
            "A02010105",
            new String[] {"联想", "华为", "戴尔", "惠普", "长城", "清华同方"},
            new String[] {"昭阳K", "擎云L", "Latitude ", "EliteBook ", "UF", "超锐L"},
            new String[][] {
                {"Intel Core i5-1135G7", "Intel Core i7-1165G7", "飞腾D2000/8"},
                {"8GB", "16GB"},
                {"512GB SSD", "1TB SSD"},
                {"14英寸", "13.3英寸", "15.6英寸"}
            },
            4500,
            12800);
    private static final DemoCategory SWITCH = new DemoCategory(
            "A02010202",
            new String[] {"华为", "新华三", "锐捷", "迈普", "中兴"},
            new String[] {"S5735-L", "S5130S-", "RG-S5750-", "MyPower S", "ZXR10 "},
            new String[][] {
                {"24口千兆电口", "48口千兆电口", "24口万兆光口"},
                {"4个万兆上行光口", "4个千兆SFP", "2个40G QSFP+"},
                {"三层路由", "二层管理", "支持堆叠"}
            },
            2600,
            58000);
    private static final DemoCategory FIREWALL = new DemoCategory(
            "A02010301",
            new String[] {"奇安信", "天融信", "深信服", "启明星辰", "华为", "新华三"},
            new String[] {"NSG", "NGFW", "AF-", "USG", "SecPath F"},
            new String[][] {
                {"吞吐量10Gbps", "吞吐量20Gbps", "吞吐量40Gbps"},
                {"并发连接400万", "并发连接800万", "并发连接1600万"},
                {"含三年特征库升级", "含一年特征库升级"}
            },
            18000,
            160000);
    private static final DemoCategory PRINTER = new DemoCategory(
            "A0201060102",
            new String[] {"奔图", "惠普", "得力", "联想", "兄弟", "佳能"},
            new String[] {"P3", "LaserJet Pro M", "P2", "LJ", "HL-", "LBP"},
            new String[][] {
                {"A4黑白激光", "A4彩色激光"},
                {"33页/分钟", "40页/分钟", "28页/分钟"},
                {"自动双面", "网络打印", "国产主控芯片"}
            },
            1200,
            6800);
    private static final DemoCategory BASE_SOFTWARE = new DemoCategory(
            "A02010801",
            new String[] {"中标麒麟", "统信", "银河麒麟", "金山办公", "达梦", "人大金仓"},
            new String[] {"桌面操作系统V", "UOS桌面版V", "高级服务器操作系统V", "WPS Office 专业版V", "DM", "KingbaseES V"},
            new String[][] {
                {"单机授权", "服务器授权", "10用户授权"},
                {"含三年升级服务", "含一年升级服务"},
                {"适配飞腾/鲲鹏/龙芯/兆芯/海光"}
            },
            300,
            98000);
    private static final DemoCategory MULTIFUNCTION = new DemoCategory(
            "A020204",
            new String[] {"奔图", "惠普", "得力", "佳能", "理光", "京瓷"},
            new String[] {"M7", "LaserJet MFP M", "M2", "iR-ADV ", "IM C", "ECOSYS M"},
            new String[][] {
                {"A3黑白", "A4黑白", "A3彩色"},
                {"打印/复印/扫描", "打印/复印/扫描/传真"},
                {"25页/分钟", "35页/分钟", "45页/分钟"}
            },
            2200,
            46000);
    private static final DemoCategory DISK_ARRAY = new DemoCategory(
            "A02010502",
            new String[] {"华为", "浪潮", "曙光", "新华三", "联想"},
            new String[] {"OceanStor ", "AS", "ParaStor", "UniStor X", "ThinkSystem DE"},
            new String[][] {
                {"双控制器", "四控制器"},
                {"缓存128GB", "缓存256GB"},
                {"裸容量100TB", "裸容量200TB", "裸容量48TB SSD"}
            },
            68000,
            680000);

    private static final List<DemoCategory> CATEGORIES_2018 =
            List.of(SERVER, DESKTOP, LAPTOP, SWITCH, FIREWALL, PRINTER, BASE_SOFTWARE, MULTIFUNCTION);
    private static final List<DemoCategory> CATEGORIES_2019 =
            List.of(SERVER, DESKTOP, LAPTOP, SWITCH, FIREWALL, PRINTER, BASE_SOFTWARE, MULTIFUNCTION, DISK_ARRAY);

    private static final String[] KNOWN_VENDORS = {
        "联想（北京）有限公司",
        "华为技术有限公司",
        "浪潮电子信息产业股份有限公司",
        "曙光信息产业股份有限公司",
        "中国长城科技集团股份有限公司",
        "同方股份有限公司",
        "新华三技术有限公司",
        "锐捷网络股份有限公司",
        "奇安信科技集团股份有限公司",
        "北京天融信科技有限公司",
        "中国惠普有限公司",
        "戴尔（中国）有限公司",
        "珠海奔图电子有限公司",
        "得力集团有限公司",
        "北京金山办公软件股份有限公司",
        "中标软件有限公司",
        "统信软件技术有限公司"
    };
    private static final String[] CITIES = {
        "北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "天津", "重庆", "长沙", "郑州", "济南", "福州", "合肥"
    };
    private static final String[] REGIONS = {
        "110108", "310115", "440106", "440305", "330106", "320106", "510107", "420111", "610113", "120116", "500108",
        "430104", "410105", "370102", "350102", "340104"
    };
    private static final String[] WORDS = {
        "华信", "中科", "博远", "天成", "瑞达", "鼎信", "恒通", "卓越", "信达", "智联", "东方", "金桥", "联创", "宏图", "国信", "安泰"
    };
    private static final String[] SUFFIXES = {"科技有限公司", "信息技术有限公司", "电子设备有限公司", "计算机系统有限公司", "数码科技有限公司"};

    @Inject
    EntityManager em;

    @Inject
    VendorRepository vendors;

    @Inject
    AuditLog audit;

    @Inject
    CatalogRoundService rounds;

    @Inject
    PriceChangeService priceChanges;

    @Inject
    ListingFeed feed;

    /** Loads the demo catalog once and answers the ids of its ACTIVE vendors, first vendor first (again on later calls). */
    @Transactional
    public List<Long> load() {
        if (vendors.findBySubject(subject(2)).isPresent()) {
            return vendors
                    .list(
                            "(subject = ?1 or subject like ?2) and status = ?3 order by id",
                            subject(1),
                            SUBJECT_PREFIX + "%",
                            VendorStatus.ACTIVE)
                    .stream()
                    .map(Vendor::id)
                    .toList();
        }
        Random random = new Random(20190101L);
        List<Vendor> active = createVendors(random, 98);
        createPendingVendors(random, 3);

        CatalogRound round2018 = openRound(2018, "2018年度信息类产品入围采购", CATEGORIES_2018);
        createProducts(random, round2018, CATEGORIES_2018, active.subList(0, 77), 1385, 0, 0);
        recordFirstPrices(round2018);
        rounds.close(Actor.SYSTEM, round2018.id());

        CatalogRound round2019 = openRound(2019, "2019年度信息类产品入围采购", CATEGORIES_2019);
        createProducts(random, round2019, CATEGORIES_2019, active, 2435, 12, 5);
        recordFirstPrices(round2019);
        createFlaggedListings(round2019, active);
        cutPrices(round2019);
        feed.changedInRound(round2018.id());
        feed.changedInRound(round2019.id());
        return active.stream().map(Vendor::id).toList();
    }

    /** Each approved listing's price history starts with the price it was approved at, when it was listed. */
    private void recordFirstPrices(CatalogRound round) {
        em.createNativeQuery("INSERT INTO price_history (product_id, unit_price, effective_from, approved_by)"
                        + " SELECT id, unit_price, created_at, '演示数据：入围审核' FROM product"
                        + " WHERE round_id = ?1 AND status = 'APPROVED'")
                .setParameter(1, round.id())
                .executeUpdate();
    }

    /**
     * Listings awaiting review whose price is far from their peers': a 启天M430 at ¥12,000 while three other vendors
     * offer it at ¥4,500–4,800, and three priced far from their category. Not approved, so the yearbook figures hold.
     */
    private void createFlaggedListings(CatalogRound round, List<Vendor> sellers) {
        String[][] listings = {
            {"A02010104", "联想", "启天M430", "4500.00"},
            {"A02010104", "联想", "启天M430", "4650.00"},
            {"A02010104", "联想", "启天M430", "4800.00"},
            {"A02010104", "联想", "启天M430", "12000.00"},
            {"A02010104", "华为", "擎云W585", "29800.00"},
            {"A02010104", "长城", "世恒TF630", "1200.00"},
            {"A02010103", "浪潮", "NF5280M6-D", "9000.00"}
        };
        for (int i = 0; i < listings.length; i++) {
            String[] l = listings[i];
            em.persist(Product.list(sellers.get(i), round, l[0], l[1], l[2], "演示数据：标准配置", new BigDecimal(l[3])));
        }
        em.flush();
    }

    /**
     * Three approved listings lowered their price during the round, the first of them twice; a fourth asks to, and
     * waits for an officer's decision.
     */
    private void cutPrices(CatalogRound round) {
        Actor officer = new Actor("demo-officer", "演示数据：调价审核", Roles.OFFICER, null);
        List<?> rows = em.createNativeQuery("SELECT p.id, v.subject, p.unit_price FROM product p"
                        + " JOIN vendor v ON v.id = p.vendor_id WHERE p.round_id = ?1 AND p.status = 'APPROVED'"
                        + " ORDER BY p.id LIMIT 4")
                .setParameter(1, round.id())
                .getResultList();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = (Object[]) rows.get(i);
            long id = ((Number) row[0]).longValue();
            Actor vendor = new Actor((String) row[1], (String) row[1], Roles.VENDOR, null);
            BigDecimal price = (BigDecimal) row[2];
            for (int cut = 0; cut < (i == 0 ? 2 : 1); cut++) {
                price = price.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP);
                long change = priceChanges
                        .propose(vendor, id, new PriceRequests.Propose(price, "演示数据：年中让利"))
                        .id();
                if (i < 3) {
                    priceChanges.approve(officer, change);
                }
            }
        }
    }

    private List<Vendor> createVendors(Random random, int count) {
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        List<Vendor> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = i < KNOWN_VENDORS.length ? KNOWN_VENDORS[i] : generatedName(random, names);
            names.add(name);
            Vendor vendor = newVendor(random, codes, i + 1, name);
            vendor.approve();
            vendors.persist(vendor);
            audit.record(Actor.SYSTEM, AuditAction.VENDOR_APPROVED, "Vendor", vendor.id(), "演示数据：供应商 " + name + " 已入驻");
            created.add(vendor);
        }
        return created;
    }

    private void createPendingVendors(Random random, int count) {
        Set<String> names = new HashSet<>(List.of(KNOWN_VENDORS));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Vendor vendor = newVendor(random, codes, 900 + i, generatedName(random, names));
            vendors.persist(vendor);
            audit.record(
                    Actor.SYSTEM,
                    AuditAction.VENDOR_REGISTERED,
                    "Vendor",
                    vendor.id(),
                    "演示数据：供应商 " + vendor.name() + " 待审核");
        }
    }

    private Vendor newVendor(Random random, Set<String> codes, int number, String name) {
        String uscc;
        do {
            StringBuilder first17 = new StringBuilder("91").append(REGIONS[random.nextInt(REGIONS.length)]);
            while (first17.length() < 17) {
                first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            uscc = first17.toString() + Uscc.checkCharacter(first17.toString());
        } while (!codes.add(uscc));
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        return Vendor.register(
                subject(number),
                new Uscc(uscc),
                name,
                "张" + "伟芳敏静丽强磊军洋勇".charAt(number % 10),
                phone,
                "sales" + number + "@vendor.example.cn");
    }

    private static String generatedName(Random random, Set<String> taken) {
        String name;
        do {
            name = CITIES[random.nextInt(CITIES.length)]
                    + WORDS[random.nextInt(WORDS.length)]
                    + SUFFIXES[random.nextInt(SUFFIXES.length)];
        } while (taken.contains(name));
        taken.add(name);
        return name;
    }

    private CatalogRound openRound(int year, String name, List<DemoCategory> categories) {
        Set<String> codes = new LinkedHashSet<>();
        categories.forEach(c -> codes.add(c.code()));
        CatalogRound round = CatalogRound.open(year, name, codes);
        em.persist(round);
        audit.record(Actor.SYSTEM, AuditAction.ROUND_OPENED, "CatalogRound", round.id(), "演示数据：" + name);
        return round;
    }

    /**
     * {@code approved} approved listings spread so that every vendor and every category has some, then a few
     * listings still waiting for review and a few rejected ones.
     */
    private void createProducts(
            Random random,
            CatalogRound round,
            List<DemoCategory> categories,
            List<Vendor> sellers,
            int approved,
            int submitted,
            int rejected) {
        int total = approved + submitted + rejected;
        int inChunk = 0;
        for (int i = 0; i < total; i++) {
            Vendor vendor = sellers.get(i % sellers.size());
            DemoCategory category = categories.get(i % categories.size());
            int brandIndex = random.nextInt(category.brands().length);
            String brand = category.brands()[brandIndex];
            String model = category.series()[brandIndex % category.series().length]
                    + (100 + i / sellers.size())
                    + (i >= approved ? "-N" + (i - approved) : "");
            StringBuilder specs = new StringBuilder();
            for (String[] choices : category.specs()) {
                specs.append(specs.isEmpty() ? "" : "，").append(choices[random.nextInt(choices.length)]);
            }
            BigDecimal price = BigDecimal.valueOf(
                            category.minPrice() + random.nextInt(category.maxPrice() - category.minPrice()))
                    .add(BigDecimal.valueOf(random.nextInt(100), 2))
                    .setScale(2, RoundingMode.HALF_UP);
            Product product = Product.list(vendor, round, category.code(), brand, model, specs.toString(), price);
            if (i < approved) {
                product.approve(RoundStatus.OPEN);
            } else if (i >= approved + submitted) {
                product.reject("演示数据：技术参数不满足入围要求");
            }
            em.persist(product);
            if (++inChunk == CHUNK || i == total - 1) {
                em.flush();
                audit.record(
                        Actor.SYSTEM,
                        AuditAction.DEMO_PRODUCTS_CREATED,
                        "CatalogRound",
                        round.id(),
                        "演示数据：" + round.name() + " 新增产品 " + inChunk + " 个");
                em.flush();
                em.clear();
                inChunk = 0;
            }
        }
    }

    /** The first vendor is the dev account {@value #VENDOR_ACCOUNT}'s company, so that signing in shows its work. */
    private static String subject(int number) {
        return number == 1 ? VENDOR_ACCOUNT : SUBJECT_PREFIX + String.format("%03d", number);
    }
}
