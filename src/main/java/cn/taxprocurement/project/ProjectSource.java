package cn.taxprocurement.project;

/** Where a project's result comes from: procured here (ONLINE), or procured elsewhere and recorded here (RECORDED). */
public enum ProjectSource {
    ONLINE,
    RECORDED
}
