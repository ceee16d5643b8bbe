package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Draft projects of one year and category to procure as one (同类项目合并采购), and the new project's title. */
public record MergeProjects(
        @NotBlank(message = "请填写合并后的项目名称") @Size(max = 200, message = "项目名称不能超过 200 个字符")
        String title,

        @NotNull(message = "请选择要合并的项目") List<@NotNull(message = "项目编号不能为空") Long> projectIds) {}
