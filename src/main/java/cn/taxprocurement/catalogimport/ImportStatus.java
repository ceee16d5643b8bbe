package cn.taxprocurement.catalogimport;

/** Where an import stands: waiting for a worker, being processed, or done one way or the other. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
