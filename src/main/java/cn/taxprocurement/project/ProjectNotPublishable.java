package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** Only a draft project can be published. */
class ProjectNotPublishable extends Conflict {
    ProjectNotPublishable(String message) {
        super(message);
    }
}
