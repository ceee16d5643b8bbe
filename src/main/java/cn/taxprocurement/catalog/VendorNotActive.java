package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Conflict;

/** Only vendors an officer has admitted may list products. */
class VendorNotActive extends Conflict {
    VendorNotActive(String message) {
        super(message);
    }
}
