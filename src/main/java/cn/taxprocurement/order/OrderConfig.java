package cn.taxprocurement.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The most a direct selection (直接选定) may cost; above it a competition is the way to buy. */
@ConfigMapping(prefix = "procurement.orders")
public interface OrderConfig {
    /** {@code PROCUREMENT_ORDERS_DIRECT_SELECTION_LIMIT}, in yuan. */
    @WithDefault("200000.00")
    BigDecimal directSelectionLimit();
}
