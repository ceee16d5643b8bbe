package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** A batch is published only when it has draft projects to publish. */
class BatchHasNoDraftProject extends Conflict {
    BatchHasNoDraftProject(String message) {
        super(message);
    }
}
