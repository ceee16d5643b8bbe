package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** The project's status or the internal-control rule does not allow this award. */
class ProjectNotAwardable extends Conflict {
    ProjectNotAwardable(String message) {
        super(message);
    }
}
