package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Conflict;

/** Only a submitted listing can be approved or rejected. */
class ListingNotReviewable extends Conflict {
    ListingNotReviewable(String message) {
        super(message);
    }
}
