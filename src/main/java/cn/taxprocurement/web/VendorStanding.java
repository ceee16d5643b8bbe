package cn.taxprocurement.web;

import cn.taxprocurement.vendor.VendorStatus;
import cn.taxprocurement.vendor.VendorView;
import io.quarkus.qute.TemplateExtension;

/** What a vendor's pages offer by its standing: {vendor.approved} in templates. */
@TemplateExtension
final class VendorStanding {
    private VendorStanding() {}

    /** Only an approved vendor is offered the forms to list products, import catalogs and bid. */
    static boolean approved(VendorView vendor) {
        return vendor.status() == VendorStatus.ACTIVE;
    }
}
