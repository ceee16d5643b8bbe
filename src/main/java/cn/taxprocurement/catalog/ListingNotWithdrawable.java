package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Conflict;

/** Only a submitted or approved listing can be withdrawn. */
class ListingNotWithdrawable extends Conflict {
    ListingNotWithdrawable(String message) {
        super(message);
    }
}
