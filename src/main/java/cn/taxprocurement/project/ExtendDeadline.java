package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A later bid deadline (更正公告) and why. */
public record ExtendDeadline(
        @NotNull(message = "请填写投标截止时间") OffsetDateTime bidDeadline,

        @NotBlank(message = "请填写原因") @Size(max = 500, message = "原因不能超过 500 个字符")
        String reason) {}
