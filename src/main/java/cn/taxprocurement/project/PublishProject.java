package cn.taxprocurement.project;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** The bid deadline under which a project (or a whole batch) is published; it must lie in the future. */
public record PublishProject(
        @NotNull(message = "{taxprocurement.deadline.bid.required}")
        OffsetDateTime bidDeadline) {}
