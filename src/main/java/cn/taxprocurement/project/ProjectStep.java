package cn.taxprocurement.project;

/** A step that may be taken on a project next; a page offers exactly the steps the project allows its reader. */
public enum ProjectStep {
    PUBLISH,
    BID,
    AWARD,
    FAIL,
    CANCEL
}
