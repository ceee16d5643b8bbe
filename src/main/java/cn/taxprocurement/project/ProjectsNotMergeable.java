package cn.taxprocurement.project;

import cn.taxprocurement.common.Conflict;

/** The projects cannot be merged into one: not all drafts, not one year and category, or fewer than two. */
class ProjectsNotMergeable extends Conflict {
    ProjectsNotMergeable(String message) {
        super(message);
    }
}
