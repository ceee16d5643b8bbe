package cn.taxprocurement.order;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An order from the shortlist (订单): a buying unit buys listings of one vendor, who confirms and delivers; the unit
 * accepts the delivery (验收). Placed orders may be declined by the vendor or cancelled by the unit.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, updatable = false)
    String code;

    @Column(name = "order_year", nullable = false, updatable = false)
    int year;

    @Column(nullable = false, updatable = false)
    String unit;

    @Column(nullable = false, updatable = false)
    String buyer;

    @Column(name = "buyer_subject", nullable = false, updatable = false)
    String buyerSubject;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    Long vendorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    OrderMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrderStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    List<OrderLine> lines = new ArrayList<>();

    @Column(name = "listed_total", nullable = false, precision = 18, scale = 2, updatable = false)
    BigDecimal listedTotal;

    @Column(nullable = false, precision = 18, scale = 2, updatable = false)
    BigDecimal total;

    @Column(name = "delivery_address", updatable = false)
    String deliveryAddress;

    @Column(updatable = false)
    String note;

    @Column(name = "competition_id", updatable = false)
    Long competitionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "confirmed_at")
    Instant confirmedAt;

    @Column(name = "delivered_at")
    Instant deliveredAt;

    @Column(name = "accepted_at")
    Instant acceptedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "acceptance_note")
    String acceptanceNote;

    @Column(name = "decline_reason")
    String declineReason;

    @Column(name = "cancel_reason")
    String cancelReason;

    @Version
    long version;

    protected PurchaseOrder() {}

    /**
     * An order of one vendor's listings for the officer's unit; the caller made the lines from orderable listings.
     * A direct selection above {@code limit} is refused (a competition is the way to buy that much).
     */
    static PurchaseOrder place(
            String code,
            int year,
            Actor buyer,
            String unit,
            OrderMethod method,
            List<OrderLine> lines,
            long vendorId,
            String deliveryAddress,
            String note,
            Long competitionId,
            BigDecimal limit,
            Instant now) {
        PurchaseOrder order = new PurchaseOrder();
        order.code = code;
        order.year = year;
        order.unit = unit;
        order.buyer = buyer.name();
        order.buyerSubject = buyer.subject();
        order.vendorId = vendorId;
        order.method = method;
        order.status = OrderStatus.PLACED;
        order.lines.addAll(lines);
        order.total = lines.stream().map(l -> l.lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        order.listedTotal = lines.stream().map(OrderLine::listedTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (method == OrderMethod.DIRECT_SELECTION && order.total.compareTo(limit) > 0) {
            throw new Refusal(RefusalCode.ORDER_ABOVE_LIMIT, order.total.toPlainString(), limit.toPlainString());
        }
        order.deliveryAddress = deliveryAddress;
        order.note = note;
        order.competitionId = competitionId;
        order.createdAt = now;
        return order;
    }

    /** The vendor takes the order on. */
    void confirm(Instant now) {
        require(OrderStatus.PLACED, RefusalCode.ORDER_NOT_PLACED);
        status = OrderStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** The vendor has delivered. */
    void deliver(Instant now) {
        require(OrderStatus.CONFIRMED, RefusalCode.ORDER_NOT_CONFIRMED);
        status = OrderStatus.DELIVERED;
        deliveredAt = now;
    }

    /** The vendor will not fulfil it, saying why. */
    void decline(String reason, Instant now) {
        require(OrderStatus.PLACED, RefusalCode.ORDER_NOT_PLACED);
        status = OrderStatus.DECLINED;
        declineReason = reason;
        closedAt = now;
    }

    /** The buying unit accepts the delivery (验收). */
    void accept(String note, Instant now) {
        require(OrderStatus.DELIVERED, RefusalCode.ORDER_NOT_DELIVERED);
        status = OrderStatus.ACCEPTED;
        acceptanceNote = note;
        acceptedAt = now;
    }

    /** The buying unit takes the order back before the vendor confirmed it. */
    void cancel(String reason, Instant now) {
        require(OrderStatus.PLACED, RefusalCode.ORDER_NOT_PLACED);
        status = OrderStatus.CANCELLED;
        cancelReason = reason;
        closedAt = now;
    }

    /** Accepting and cancelling are for the officers of the unit that bought. */
    void requireBuyingUnit(Actor actor) {
        if (!unit.equals(actor.unit())) {
            throw new Refusal(RefusalCode.NOT_BUYING_UNIT, code, unit);
        }
    }

    /** What the reader may do next: its vendor confirms, delivers or declines; the unit's officers accept or cancel. */
    Set<OrderStep> allowedSteps(Actor actor, Long actorVendorId) {
        Set<OrderStep> steps = EnumSet.noneOf(OrderStep.class);
        if (vendorId.equals(actorVendorId)) {
            if (status == OrderStatus.PLACED) {
                steps.add(OrderStep.CONFIRM);
                steps.add(OrderStep.DECLINE);
            }
            if (status == OrderStatus.CONFIRMED) {
                steps.add(OrderStep.DELIVER);
            }
        }
        if (Roles.OFFICER.equals(actor.role()) && unit.equals(actor.unit())) {
            if (status == OrderStatus.PLACED) {
                steps.add(OrderStep.CANCEL);
            }
            if (status == OrderStatus.DELIVERED) {
                steps.add(OrderStep.ACCEPT);
            }
        }
        return steps;
    }

    private void require(OrderStatus expected, RefusalCode code) {
        if (status != expected) {
            throw new Refusal(code, this.code, status);
        }
    }
}
