package cn.taxprocurement.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The prefix that makes the open data's contracting process ids (ocid) unique in the world. */
@ConfigMapping(prefix = "procurement.ocds")
public interface OcdsConfig {

    /**
     * {@code PROCUREMENT_OCDS_OCID_PREFIX}: the prefix the Open Contracting Partnership registers for a publisher; the
     * default only marks data that was not published with a registered one.
     */
    @WithDefault("ocds-tpn000")
    String ocidPrefix();
}
