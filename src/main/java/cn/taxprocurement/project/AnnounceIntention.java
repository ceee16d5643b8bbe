package cn.taxprocurement.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;

/** A procurement intention (采购意向): the month it is planned for and what will be bought. */
public record AnnounceIntention(
        @NotNull(message = "请填写计划采购月份") YearMonth plannedMonth,

        @NotBlank(message = "请填写采购需求概况") @Size(max = 2000, message = "采购需求概况不能超过 2000 个字符")
        String summary) {}
