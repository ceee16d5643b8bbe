package cn.taxprocurement.project;

/** Where a project is in its life: DRAFT → PUBLISHED → AWARDED | FAILED; DRAFT → MERGED; DRAFT or PUBLISHED → CANCELLED. */
public enum ProjectStatus {
    DRAFT,
    PUBLISHED,
    AWARDED,
    FAILED,
    MERGED,
    CANCELLED
}
