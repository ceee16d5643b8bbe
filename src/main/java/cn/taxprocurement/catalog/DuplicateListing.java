package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Conflict;

/** The vendor already lists this brand and model in this round. */
class DuplicateListing extends Conflict {
    DuplicateListing(String message) {
        super(message);
    }
}
