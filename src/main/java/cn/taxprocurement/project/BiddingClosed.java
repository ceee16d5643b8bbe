package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** The project does not take bids: not published, or its deadline has passed. */
class BiddingClosed extends Conflict {
    BiddingClosed(String message) {
        super(message);
    }
}
