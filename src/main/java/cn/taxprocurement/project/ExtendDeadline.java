package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A later bid deadline (更正公告) and why. */
public record ExtendDeadline(
        @NotNull(message = "{taxprocurement.deadline.bid.required}")
        OffsetDateTime bidDeadline,

        @NotBlank(message = "{taxprocurement.reason.required}")
        @Size(max = 500, message = "{taxprocurement.reason.size}")
        String reason) {}
