package cn.taxprocurement.project;

/** A step that may be taken on a project next; a page offers exactly the steps the project allows its reader. */
public enum ProjectStep {
    INVITE,
    ANNOUNCE_INTENTION,
    PUBLISH,
    EXTEND,
    BID,
    OPEN_BIDS,
    EVALUATE,
    AWARD,
    FAIL,
    CANCEL,
    CONFIRM
}
