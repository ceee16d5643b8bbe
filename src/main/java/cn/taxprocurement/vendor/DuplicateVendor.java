package cn.taxprocurement.vendor;

import cn.taxprocurement.common.Conflict;

/** The signed-in user already registered a company, or another company holds the USCC. */
class DuplicateVendor extends Conflict {
    DuplicateVendor(String message) {
        super(message);
    }
}
