package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Conflict;

/** The round does not shortlist the listing's category. */
class CategoryNotInRound extends Conflict {
    CategoryNotInRound(String message) {
        super(message);
    }
}
