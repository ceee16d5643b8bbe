package cn.taxprocurement.order;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.audit.RefusedAccess;
import cn.taxprocurement.common.Money;
import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.notice.NoticeBoard;
import cn.taxprocurement.notice.NoticeType;
import cn.taxprocurement.notice.PublishNotice;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import cn.taxprocurement.vendor.Vendor;
import cn.taxprocurement.vendor.VendorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Orders from the shortlist: officers buy for their unit and accept deliveries; vendors confirm, deliver or decline. */
@ApplicationScoped
public class OrderService {
    /** An order is published from this total up; a competition's order always is. */
    static final BigDecimal PUBLISHED_FROM = new BigDecimal("200000.00");

    static final String ORDER = "Order";
    /** Orders count in the year of Beijing time. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    OrderRepository orders;

    @Inject
    Listings listings;

    @Inject
    VendorRepository vendors;

    @Inject
    OrderConfig config;

    @Inject
    AuditLog audit;

    @Inject
    RefusedAccess refusals;

    @Inject
    NoticeBoard notices;

    /** The most a direct selection may cost. */
    public BigDecimal directSelectionLimit() {
        return config.directSelectionLimit().setScale(2);
    }

    /** The listings an order or a competition would name, as they are now; an unknown one is refused. */
    @Transactional
    public List<Listing> listings(List<Long> ids) {
        Map<Long, Listing> found = listings.byId(new LinkedHashSet<>(ids), "productIds");
        return new LinkedHashSet<>(ids).stream().map(found::get).toList();
    }

    /** A direct selection (直接选定) at the listed prices, for the officer's unit. */
    @Transactional
    public OrderView place(Actor actor, OrderRequests.Place command) {
        return place(actor, command, Instant.now());
    }

    @Transactional
    OrderView place(Actor actor, OrderRequests.Place command, Instant now) {
        int year = yearOf(now);
        Map<Long, Listing> found = listings.byId(
                command.lines().stream()
                        .map(OrderRequests.Line::productId)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                "lines");
        List<OrderLine> lines = new ArrayList<>();
        for (OrderRequests.Line requested : command.lines()) {
            Listing listing = orderable(found.get(requested.productId()), year);
            lines.add(OrderLine.of(listing, requested.quantity(), listing.unitPrice(), listing.unitPrice()));
        }
        Set<Long> vendorIds = found.values().stream().map(Listing::vendorId).collect(Collectors.toSet());
        if (vendorIds.size() > 1) {
            throw new Refusal(RefusalCode.ORDER_MIXED_VENDORS, vendorIds.size());
        }
        Listing first = found.values().iterator().next();
        PurchaseOrder order = PurchaseOrder.place(
                orders.nextCode(year),
                year,
                actor,
                unitOf(actor),
                OrderMethod.DIRECT_SELECTION,
                lines,
                first.vendorId(),
                command.deliveryAddress().strip(),
                command.note() == null || command.note().isBlank()
                        ? null
                        : command.note().strip(),
                null,
                directSelectionLimit(),
                now);
        orders.persist(order);
        audit.record(actor, AuditAction.ORDER_PLACED, ORDER, order.id, placed(order, first.vendorName()));
        return OrderView.of(order, first.vendorName());
    }

    /** The order a competition ends in: its lowest quote, at the quoted price, for the competition's unit. */
    PurchaseOrder placeFromCompetition(
            Actor actor, Competition competition, Listing listing, CompetitionQuote quote, Instant now) {
        int year = yearOf(now);
        OrderLine line = OrderLine.of(listing, competition.quantity, quote.listedPrice, quote.unitPrice);
        PurchaseOrder order = PurchaseOrder.place(
                orders.nextCode(year),
                year,
                actor,
                competition.unit,
                OrderMethod.COMPETITION,
                List.of(line),
                listing.vendorId(),
                competition.deliveryAddress,
                competition.title,
                competition.id,
                directSelectionLimit(),
                now);
        orders.persist(order);
        audit.record(
                actor,
                AuditAction.ORDER_PLACED,
                ORDER,
                order.id,
                placed(order, listing.vendorName()) + "（二次竞价 " + competition.id + " 的最低报价）");
        return order;
    }

    /** A listing that may be ordered now: APPROVED, of a round of this year or last year. */
    static Listing orderable(Listing listing, int year) {
        if (!listing.orderable(year)) {
            throw new Refusal(RefusalCode.LISTING_NOT_ORDERABLE, listing.id(), listing.status(), listing.roundYear());
        }
        return listing;
    }

    /** An officer or manager reads any order; a vendor only its own, else it is not found (and the attempt recorded). */
    @Transactional
    public OrderView get(Actor actor, long id) {
        PurchaseOrder order = orders.find(id);
        if (Roles.VENDOR.equals(actor.role())) {
            ownOrder(actor, order, "查看");
        }
        return view(order);
    }

    @Transactional
    public Set<OrderStep> allowedSteps(Actor actor, long id) {
        Long vendorId = vendors.findBySubject(actor.subject()).map(Vendor::id).orElse(null);
        return orders.find(id).allowedSteps(actor, vendorId);
    }

    @Transactional
    public Page<OrderView> search(String unit, Long vendorId, OrderStatus status, Integer year, PageRequest page) {
        return orders.search(new OrderRepository.Filter(unit, vendorId, status, year), page)
                .map(this::view);
    }

    /** The signed-in vendor's own orders. */
    @Transactional
    public Page<OrderView> mine(Actor actor, OrderStatus status, PageRequest page) {
        Vendor vendor = vendors.findBySubject(actor.subject())
                .orElseThrow(() -> new Refusal(RefusalCode.VENDOR_NOT_REGISTERED));
        return orders.search(new OrderRepository.Filter(null, vendor.id(), status, null), page)
                .map(o -> OrderView.of(o, vendor.name()));
    }

    @Transactional
    public OrderView confirm(Actor actor, long id) {
        PurchaseOrder order = orders.locked(id);
        Vendor vendor = ownOrder(actor, order, "确认");
        Instant now = Instant.now();
        order.confirm(now);
        orders.flush();
        if (order.method == OrderMethod.COMPETITION || order.total.compareTo(PUBLISHED_FROM) >= 0) {
            notices.publish(resultNotice(order, vendor), now);
        }
        audit.record(actor, AuditAction.ORDER_CONFIRMED, ORDER, id, vendor.name() + " 确认订单 " + order.code);
        return OrderView.of(order, vendor.name());
    }

    @Transactional
    public OrderView deliver(Actor actor, long id) {
        PurchaseOrder order = orders.locked(id);
        Vendor vendor = ownOrder(actor, order, "发货");
        order.deliver(Instant.now());
        orders.flush();
        audit.record(actor, AuditAction.ORDER_DELIVERED, ORDER, id, vendor.name() + " 已交付订单 " + order.code);
        return OrderView.of(order, vendor.name());
    }

    @Transactional
    public OrderView decline(Actor actor, long id, OrderRequests.Reason command) {
        PurchaseOrder order = orders.locked(id);
        Vendor vendor = ownOrder(actor, order, "拒绝");
        String reason = command.reason().strip();
        order.decline(reason, Instant.now());
        orders.flush();
        audit.record(
                actor, AuditAction.ORDER_DECLINED, ORDER, id, vendor.name() + " 拒绝订单 " + order.code + "，原因：" + reason);
        return OrderView.of(order, vendor.name());
    }

    @Transactional
    public OrderView accept(Actor actor, long id, OrderRequests.Accept command) {
        PurchaseOrder order = orders.locked(id);
        buyingUnit(actor, order, "验收");
        String note = command.note().strip();
        order.accept(note, Instant.now());
        orders.flush();
        audit.record(
                actor,
                AuditAction.ORDER_ACCEPTED,
                ORDER,
                id,
                order.unit + " 验收订单 " + order.code + "，金额 " + Money.format(order.total) + "，验收意见：" + note);
        return view(order);
    }

    @Transactional
    public OrderView cancel(Actor actor, long id, OrderRequests.Reason command) {
        PurchaseOrder order = orders.locked(id);
        buyingUnit(actor, order, "取消");
        String reason = command.reason().strip();
        order.cancel(reason, Instant.now());
        orders.flush();
        audit.record(
                actor, AuditAction.ORDER_CANCELLED, ORDER, id, order.unit + " 取消订单 " + order.code + "，原因：" + reason);
        return view(order);
    }

    /** The year an order made at {@code now} counts in. */
    static int yearOf(Instant now) {
        return now.atZone(BEIJING).getYear();
    }

    static String unitOf(Actor actor) {
        if (actor.unit() == null) {
            throw new IllegalStateException("an officer buys for a unit: " + actor.name());
        }
        return actor.unit();
    }

    private Vendor ownOrder(Actor actor, PurchaseOrder order, String what) {
        Optional<Vendor> vendor = vendors.findBySubject(actor.subject());
        if (vendor.isEmpty() || !vendor.get().id().equals(order.vendorId)) {
            refusals.record(
                    actor,
                    ORDER,
                    order.id,
                    vendor.map(Vendor::name).orElse("未注册供应商的用户") + " 请求" + what + "其他供应商的订单 " + order.id + "，已拒绝");
            throw new Refusal(RefusalCode.ORDER_NOT_FOUND, order.id);
        }
        return vendor.get();
    }

    private void buyingUnit(Actor actor, PurchaseOrder order, String what) {
        try {
            order.requireBuyingUnit(actor);
        } catch (Refusal refused) {
            refusals.record(
                    actor,
                    ORDER,
                    order.id,
                    actor.name() + "（" + actor.unit() + "）请求" + what + order.unit + "的订单 " + order.code + "，已拒绝");
            throw refused;
        }
    }

    private OrderView view(PurchaseOrder order) {
        return OrderView.of(order, vendors.findById(order.vendorId).name());
    }

    private static String placed(PurchaseOrder order, String vendorName) {
        return order.unit + " 以" + order.method.label() + "方式下单 " + order.code + "：供应商 " + order.vendorId + "（"
                + vendorName
                + "），"
                + order.lines.stream()
                        .map(l -> "产品 " + l.productId + " " + l.brand + " " + l.model + " × " + l.quantity + " 单价 "
                                + Money.format(l.unitPrice) + "（挂牌价 " + Money.format(l.listedPrice) + "）")
                        .collect(Collectors.joining("；"))
                + "，合计 " + Money.format(order.total);
    }

    /** The result notice of a confirmed order: what the unit bought, from whom, how and for how much; no contact data. */
    private static PublishNotice resultNotice(PurchaseOrder order, Vendor vendor) {
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (OrderLine line : order.lines) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("brand", line.brand);
            fields.put("model", line.model);
            fields.put("categoryCode", line.categoryCode);
            fields.put("quantity", line.quantity);
            fields.put("unitPrice", line.unitPrice);
            lines.add(fields);
            words.add(line.brand + " " + line.model + " " + line.quantity + " 台（套），单价 " + Money.format(line.unitPrice));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unit", order.unit);
        fields.put("method", order.method.name());
        fields.put("vendor", vendor.name());
        fields.put("uscc", vendor.uscc());
        fields.put("amount", order.total);
        fields.put("listedTotal", order.listedTotal);
        fields.put("lines", lines);
        return PublishNotice.ofOrder(
                NoticeType.ORDER_RESULT,
                order.unit + "采购订单 " + order.code + " " + NoticeType.ORDER_RESULT.label(),
                order.year,
                order.code,
                order.unit + "以" + order.method.label() + "方式从入围目录采购：" + String.join("；", words) + "。成交供应商："
                        + vendor.name() + "（统一社会信用代码 " + vendor.uscc() + "），成交金额 " + Money.format(order.total) + "。",
                fields);
    }
}
