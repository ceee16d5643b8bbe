package cn.taxprocurement.embedded;

import cn.taxprocurement.project.AnnounceIntention;
import cn.taxprocurement.project.BatchView;
import cn.taxprocurement.project.CloseProject;
import cn.taxprocurement.project.CreateBatch;
import cn.taxprocurement.project.CreateProject;
import cn.taxprocurement.project.EvaluationMethod;
import cn.taxprocurement.project.MergeProjects;
import cn.taxprocurement.project.ProcurementMethod;
import cn.taxprocurement.project.ProjectService;
import cn.taxprocurement.project.ProjectView;
import cn.taxprocurement.project.PublishProject;
import cn.taxprocurement.project.RecordResult;
import cn.taxprocurement.project.SetInvitations;
import cn.taxprocurement.project.TenderHistory;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo projects of the embedded default: the 2018 yearbook's 80 IT projects as confirmed recorded results (budget
 * 12.21亿元, awarded 11.28亿元, savings rate 7.61%), and 2019's recorded results with projects at every step of a
 * tender, all written through the domain so that the audit trail tells their story. Loaded on request only, never by itself.
 */
@ApplicationScoped
public class DemoProjects {
    static final int PROJECTS_2018 = 80;
    static final BigDecimal BUDGET_2018 = new BigDecimal("1221000000.00");
    static final BigDecimal AWARDED_2018 = new BigDecimal("1128081900.00");
    /** 2019's results recorded from before the system, so that the dashboard's latest year reads as a whole year. */
    static final int RESULTS_2019 = 64;

    static final BigDecimal RESULTS_BUDGET_2019 = new BigDecimal("1028200000.00");
    static final BigDecimal RESULTS_AWARDED_2019 = new BigDecimal("944605000.00");

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final Actor CREATOR = new Actor("demo-officer", "演示采购经办人", Roles.OFFICER, null);
    private static final Actor REVIEWER = new Actor("demo-officer-2", "演示采购复核人", Roles.OFFICER, null);

    /** The IT leaf categories of the item catalog and what a project of each buys. */
    private static final String[][] ITEMS = {
        {"A02010104", "台式计算机"},
        {"A02010103", "服务器"},
        {"A02010105", "便携式计算机"},
        {"A0201060102", "激光打印机"},
        {"A02010202", "网络交换设备"},
        {"A02010502", "磁盘阵列存储设备"},
        {"A02010801", "操作系统及数据库软件"},
        {"A02010301", "防火墙"},
        {"A02010201", "路由器"},
        {"A02010803", "应用软件"},
        {"A02010604", "扫描仪"},
        {"A02010107", "平板式计算机"}
    };

    private static final String[] BUYERS = {
        "国家税务总局机关",
        "金税三期工程运维",
        "国家税务总局北京市税务局",
        "国家税务总局上海市税务局",
        "国家税务总局广东省税务局",
        "国家税务总局江苏省税务局",
        "国家税务总局浙江省税务局",
        "国家税务总局山东省税务局",
        "国家税务总局四川省税务局",
        "国家税务总局税务干部学院"
    };

    private static final String[] KINDS = {"采购项目", "扩容采购", "更新采购", "运维保障采购"};

    @Inject
    ProjectService projects;

    @Inject
    TenderHistory history;

    @Inject
    EntityManager em;

    /**
     * Loads the demo projects once (later calls change nothing); awards go to {@code vendorIds} in turn, which must be
     * ACTIVE vendors.
     */
    @Transactional
    public void load(List<Long> vendorIds) {
        if (vendorIds.isEmpty()) {
            throw new IllegalArgumentException("the demo projects need at least one active vendor");
        }
        if (loaded()) {
            return;
        }
        load2018(vendorIds);
        load2019(vendorIds);
    }

    /**
     * The yearbook's 2018 projects ran before the system existed: each is a result recorded with the contract number it
     * is known by and the day it was awarded in 2018, and confirmed by a second officer.
     */
    private void load2018(List<Long> vendorIds) {
        loadResults(2018, PROJECTS_2018, BUDGET_2018, AWARDED_2018, LocalDate.of(2018, 1, 8), vendorIds);
    }

    /**
     * {@code count} results of {@code year} recorded with their contract numbers and award days in that year from
     * {@code firstDay}, each confirmed by a second officer, whose budgets and awarded amounts add up exactly.
     */
    private void loadResults(
            int year, int count, BigDecimal budget, BigDecimal awarded, LocalDate firstDay, List<Long> vendorIds) {
        List<BigDecimal> budgets = budgets(count, budget);
        List<BigDecimal> savings = savings(budgets, budget.subtract(awarded));
        for (int i = 0; i < count; i++) {
            String[] item = ITEMS[i % ITEMS.length];
            ProcurementMethod method = ProcurementMethod.values()[i % ProcurementMethod.values().length];
            OffsetDateTime awardedAt = firstDay.plusDays(i * 4L).atTime(10, 0).atOffset(BEIJING);
            history.recordConfirmed(
                    CREATOR,
                    REVIEWER,
                    new RecordResult(
                            title(year, i),
                            year,
                            item[0],
                            method,
                            budgets.get(i),
                            budgets.get(i).subtract(savings.get(i)),
                            vendorIds.get(i % vendorIds.size()),
                            awardedAt,
                            String.format("GKZX-%d-%03d", year, i + 1)));
        }
    }

    private boolean loaded() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM project WHERE year = 2018 AND title = ?1")
                                .setParameter(1, title(2018, 0))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private static String title(int year, int i) {
        return year + "年" + BUYERS[i % BUYERS.length] + ITEMS[i % ITEMS.length][1] + KINDS[i % KINDS.length];
    }

    /** Budgets in whole 10,000 yuan, spread by a fixed pattern; the last one makes the total exact. */
    private static List<BigDecimal> budgets(int count, BigDecimal total) {
        int[] weights = new int[count];
        long weightSum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 4 + (i * 37) % 29;
            weightSum += weights[i];
        }
        List<BigDecimal> budgets = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < count - 1; i++) {
            BigDecimal budget = total.multiply(BigDecimal.valueOf(weights[i]))
                    .divide(BigDecimal.valueOf(weightSum), -4, RoundingMode.HALF_UP)
                    .setScale(2);
            budgets.add(budget);
            sum = sum.add(budget);
        }
        budgets.add(total.subtract(sum));
        return budgets;
    }

    /** Savings of 3% to 13% of each budget by a fixed pattern, scaled so that they add up to {@code target}. */
    private static List<BigDecimal> savings(List<BigDecimal> budgets, BigDecimal target) {
        List<BigDecimal> raw = new ArrayList<>();
        BigDecimal rawSum = BigDecimal.ZERO;
        for (int i = 0; i < budgets.size(); i++) {
            BigDecimal r = budgets.get(i).multiply(BigDecimal.valueOf(3 + (i * 13) % 11));
            raw.add(r);
            rawSum = rawSum.add(r);
        }
        List<BigDecimal> savings = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < budgets.size() - 1; i++) {
            BigDecimal saving = target.multiply(raw.get(i))
                    .divide(rawSum, -2, RoundingMode.HALF_UP)
                    .setScale(2);
            savings.add(saving);
            sum = sum.add(saving);
        }
        savings.add(target.subtract(sum));
        return savings;
    }

    /**
     * 2019 has 64 confirmed results recorded from before the system (with the awarded tender: budget 10.35亿元, awarded
     * 9.508亿元), and shows a tender at every step: drafts, an announced intention, tenders open for bids, past tenders whose
     * deadline passed, opened, scored and awarded from their bids, a failed one, a cancelled one, a merge, a batch and a
     * recorded result awaiting its confirmation.
     */
    private void load2019(List<Long> vendorIds) {
        loadResults(
                2019, RESULTS_2019, RESULTS_BUDGET_2019, RESULTS_AWARDED_2019, LocalDate.of(2019, 1, 10), vendorIds);
        List<Long> three = List.of(vendor(vendorIds, 0), vendor(vendorIds, 1), vendor(vendorIds, 2));
        PublishProject inAMonth = new PublishProject(OffsetDateTime.now(BEIJING).plusDays(30));
        draft("2019年金税三期工程运维服务器扩容采购", "A02010103", ProcurementMethod.COMPETITIVE_NEGOTIATION, "18500000.00", null);
        ProjectView planned =
                draft("2019年国家税务总局机关便携式计算机采购项目", "A02010105", ProcurementMethod.OPEN_TENDER, "3600000.00", null);
        projects.announceIntention(
                CREATOR,
                planned.id(),
                new AnnounceIntention(YearMonth.now(BEIJING).plusMonths(2), "便携式计算机 300 台"));
        ProjectView quotation = draft(
                "2019年国家税务总局上海市税务局激光打印机采购", "A0201060102", ProcurementMethod.REQUEST_FOR_QUOTATION, "960000.00", null);
        projects.setInvitations(CREATOR, quotation.id(), new SetInvitations(three));
        projects.publish(CREATOR, quotation.id(), inAMonth);

        past(
                "2019年国家税务总局机关核心交换机采购",
                "A02010202",
                ProcurementMethod.OPEN_TENDER,
                "6800000.00",
                null,
                3,
                bids(three, "6420000.00", "6195000.00", "6688000.00"),
                TenderHistory.Reached.AWARDED);
        past(
                "2019年国家税务总局机关磁盘阵列存储设备采购",
                "A02010502",
                ProcurementMethod.OPEN_TENDER,
                "8800000.00",
                60,
                4,
                bids(three, "8350000.00", "8120000.00", "8460000.00"),
                TenderHistory.Reached.SCORED);
        past(
                "2019年国家税务总局机关操作系统及数据库软件采购",
                "A02010801",
                ProcurementMethod.COMPETITIVE_CONSULTATION,
                "3200000.00",
                60,
                5,
                bids(three, "3050000.00", "2980000.00", "3110000.00"),
                TenderHistory.Reached.OPENED);
        past(
                "2019年国家税务总局四川省税务局台式计算机采购",
                "A02010104",
                ProcurementMethod.OPEN_TENDER,
                "2600000.00",
                null,
                6,
                bids(three, "2480000.00", "2455000.00", "2530000.00"),
                TenderHistory.Reached.DEADLINE_PASSED);
        past(
                "2019年国家税务总局税务干部学院扫描仪采购",
                "A02010604",
                ProcurementMethod.OPEN_TENDER,
                "420000.00",
                null,
                7,
                bids(three.subList(0, 2), "405000.00", "398000.00"),
                TenderHistory.Reached.FAILED);

        ProjectView cancelled =
                draft("2019年国家税务总局广东省税务局平板式计算机采购", "A02010107", ProcurementMethod.OPEN_TENDER, "780000.00", null);
        projects.cancel(CREATOR, cancelled.id(), new CloseProject("需求并入下一年度统一采购"));
        ProjectView north =
                draft("2019年国家税务总局北京市税务局台式计算机采购", "A02010104", ProcurementMethod.OPEN_TENDER, "5200000.00", null);
        ProjectView east =
                draft("2019年国家税务总局江苏省税务局台式计算机采购", "A02010104", ProcurementMethod.OPEN_TENDER, "4300000.00", null);
        projects.merge(CREATOR, new MergeProjects("2019年税务系统台式计算机合并采购项目", List.of(north.id(), east.id())));
        BatchView batch = projects.createBatch(CREATOR, new CreateBatch("2019年第一批网络及安全设备同批采购", 2019));
        draft("2019年国家税务总局机关防火墙采购", "A02010301", ProcurementMethod.FRAMEWORK_AGREEMENT, "2400000.00", batch.id());
        draft("2019年国家税务总局机关网络交换设备采购", "A02010202", ProcurementMethod.FRAMEWORK_AGREEMENT, "1800000.00", batch.id());
        ProjectView routers =
                draft("2019年国家税务总局机关路由器采购", "A02010201", ProcurementMethod.INVITED_TENDER, "1500000.00", batch.id());
        projects.setInvitations(CREATOR, routers.id(), new SetInvitations(three));
        projects.publishBatch(CREATOR, batch.id(), inAMonth);
        projects.record(
                CREATOR,
                new RecordResult(
                        "2019年国家税务总局机关应用软件采购",
                        2019,
                        "A02010803",
                        ProcurementMethod.SINGLE_SOURCE,
                        new BigDecimal("2000000.00"),
                        new BigDecimal("1960000.00"),
                        three.get(0),
                        OffsetDateTime.of(2019, 9, 16, 10, 0, 0, 0, BEIJING),
                        "ZYCG-2019-0917"));
    }

    /** A 2019 tender published in month {@code month} and closed 25 days later, replayed as far as it got. */
    private void past(
            String title,
            String category,
            ProcurementMethod method,
            String budget,
            Integer priceWeight,
            int month,
            Map<Long, BigDecimal> bids,
            TenderHistory.Reached reached) {
        EvaluationMethod evaluation =
                priceWeight == null ? EvaluationMethod.LOWEST_PRICE : EvaluationMethod.COMPREHENSIVE_SCORE;
        Instant published = LocalDate.of(2019, month, 4).atTime(9, 0).toInstant(BEIJING);
        history.replay(
                CREATOR,
                REVIEWER,
                new TenderHistory.PastTender(
                        new CreateProject(
                                title,
                                2019,
                                category,
                                method,
                                new BigDecimal(budget),
                                null,
                                evaluation,
                                priceWeight,
                                null),
                        published,
                        published.plus(Duration.ofDays(25)),
                        bids,
                        reached));
    }

    private static Map<Long, BigDecimal> bids(List<Long> vendorIds, String... amounts) {
        Map<Long, BigDecimal> bids = new LinkedHashMap<>();
        for (int i = 0; i < amounts.length; i++) {
            bids.put(vendorIds.get(i), new BigDecimal(amounts[i]));
        }
        return bids;
    }

    private static Long vendor(List<Long> vendorIds, int index) {
        return vendorIds.get(index % vendorIds.size());
    }

    private ProjectView draft(String title, String category, ProcurementMethod method, String budget, Long batchId) {
        return projects.create(
                CREATOR, new CreateProject(title, 2019, category, method, new BigDecimal(budget), batchId));
    }
}
