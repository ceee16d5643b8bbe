package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** Only a published project can end without an award (流标). */
class ProjectCannotFail extends Conflict {
    ProjectCannotFail(String message) {
        super(message);
    }
}
