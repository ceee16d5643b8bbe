package cn.taxprocurement.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who publishes the open data and the prefix that makes its contracting process ids (ocid) unique in the world. */
@ConfigMapping(prefix = "procurement.ocds")
public interface OcdsConfig {

    /**
     * {@code PROCUREMENT_OCDS_OCID_PREFIX}: the prefix the Open Contracting Partnership registers for a publisher; the
     * default only marks data that was not published with a registered one.
     */
    @WithDefault("ocds-tpn000")
    String ocidPrefix();

    /** The publisher of the packages, and the buyer of every project (the projects are bought centrally). */
    @WithDefault("国家税务总局")
    String publisher();
}
