package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a project failed (流标) or was cancelled. */
public record CloseProject(
        @NotBlank(message = "请填写原因") @Size(max = 500, message = "原因不能超过 500 个字符")
        String reason) {}
