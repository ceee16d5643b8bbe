package cn.taxprocurement.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of an order: the listing as ordered, how many, its listed price then and the price agreed. */
@Embeddable
public class OrderLine {
    @Column(name = "product_id", nullable = false)
    Long productId;

    @Column(nullable = false)
    String brand;

    @Column(nullable = false)
    String model;

    @Column(name = "category_code", nullable = false)
    String categoryCode;

    @Column(nullable = false)
    int quantity;

    @Column(name = "listed_price", nullable = false, precision = 18, scale = 2)
    BigDecimal listedPrice;

    @Column(name = "unit_price", nullable = false, precision = 18, scale = 2)
    BigDecimal unitPrice;

    @Column(name = "line_total", nullable = false, precision = 18, scale = 2)
    BigDecimal lineTotal;

    protected OrderLine() {}

    /** {@code quantity} of a listing at {@code unitPrice}, which never exceeds the listed price. */
    static OrderLine of(Listing listing, int quantity, BigDecimal listedPrice, BigDecimal unitPrice) {
        if (unitPrice.compareTo(listedPrice) > 0) {
            throw new IllegalArgumentException("an order's price never exceeds the listed price");
        }
        OrderLine line = new OrderLine();
        line.productId = listing.id();
        line.brand = listing.brand();
        line.model = listing.model();
        line.categoryCode = listing.categoryCode();
        line.quantity = quantity;
        line.listedPrice = listedPrice.setScale(2);
        line.unitPrice = unitPrice.setScale(2);
        line.lineTotal = line.unitPrice.multiply(BigDecimal.valueOf(quantity));
        return line;
    }

    BigDecimal listedTotal() {
        return listedPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
