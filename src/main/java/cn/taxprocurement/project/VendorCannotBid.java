package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** The signed-in vendor has no registered company, or it is not ACTIVE. */
class VendorCannotBid extends Conflict {
    VendorCannotBid(String message) {
        super(message);
    }
}
