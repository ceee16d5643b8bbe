package cn.taxprocurement.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new batch (同批采购) of one year. */
public record CreateBatch(
        @NotBlank(message = "请填写批次名称") @Size(max = 200, message = "批次名称不能超过 200 个字符")
        String name,

        @NotNull(message = "请填写年度")
        @Min(value = 2000, message = "年度应在 2000 到 2100 之间")
        @Max(value = 2100, message = "年度应在 2000 到 2100 之间")
        Integer year) {}
