package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** Only a draft or published project can be cancelled. */
class ProjectNotCancellable extends Conflict {
    ProjectNotCancellable(String message) {
        super(message);
    }
}
