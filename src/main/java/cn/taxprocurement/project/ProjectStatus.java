package cn.taxprocurement.project;

/**
 * Where a project is in its life: DRAFT → PUBLISHED → AWARDED | FAILED; DRAFT → MERGED; DRAFT or PUBLISHED → CANCELLED;
 * RECORDED (a result procured elsewhere) → AWARDED once a second officer confirms it, or CANCELLED.
 */
public enum ProjectStatus {
    DRAFT,
    PUBLISHED,
    AWARDED,
    FAILED,
    MERGED,
    CANCELLED,
    RECORDED
}
