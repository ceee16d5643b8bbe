package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Draft projects of one year and category to procure as one (同类项目合并采购), and the new project's title. */
public record MergeProjects(
        @NotBlank(message = "{taxprocurement.merge.title.required}")
        @Size(max = 200, message = "{taxprocurement.project.title.size}")
        String title,

        @NotNull(message = "{taxprocurement.merge.projects.required}")
        List<@NotNull(message = "{taxprocurement.project.required}") Long> projectIds) {}
