package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;

/** A procurement intention (采购意向): the month it is planned for and what will be bought. */
public record AnnounceIntention(
        @NotNull(message = "{taxprocurement.intention.month.required}")
        YearMonth plannedMonth,

        @NotBlank(message = "{taxprocurement.intention.summary.required}")
        @Size(max = 2000, message = "{taxprocurement.intention.summary.size}")
        String summary) {}
