package cn.taxprocurement.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * The buying unit of an officer whose token carries no {@code unit} claim (the in-process sign-in of dev mode and
 * tests cannot add one): the unit configured for its account name, else the default unit.
 */
@ConfigMapping(prefix = "procurement.buying-units")
public interface BuyingUnitConfig {
    /** {@code PROCUREMENT_BUYING_UNITS_DEFAULT}. */
    @WithName("default")
    @WithDefault("国家税务总局")
    String defaultUnit();

    /** Account name → unit, e.g. {@code procurement.buying-units.accounts.officer-gd=国家税务总局广东省税务局}. */
    Map<String, String> accounts();
}
