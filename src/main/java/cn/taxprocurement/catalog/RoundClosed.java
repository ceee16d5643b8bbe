package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Conflict;

/** The round no longer takes listings, or was closed already. */
class RoundClosed extends Conflict {
    RoundClosed(String message) {
        super(message);
    }
}
