package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a project failed (流标) or was cancelled. */
public record CloseProject(
        @NotBlank(message = "{taxprocurement.reason.required}")
        @Size(max = 500, message = "{taxprocurement.reason.size}")
        String reason) {}
