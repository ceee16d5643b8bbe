package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** Bids are sealed until the deadline: nobody reads amounts before it. */
class BidsSealed extends Conflict {
    BidsSealed(String message) {
        super(message);
    }
}
