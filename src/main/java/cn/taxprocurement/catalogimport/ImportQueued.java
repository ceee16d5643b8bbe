package cn.taxprocurement.catalogimport;

/** An import was queued: once its transaction commits, this replica's worker starts on it at once. */
record ImportQueued(long id) {}
