package cn.taxprocurement.project;

import cn.taxprocurement.common.Year;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new batch (同批采购) of one year. */
public record CreateBatch(
        @NotBlank(message = "请填写批次名称") @Size(max = 200, message = "批次名称不能超过 200 个字符")
        String name,

        @Year Integer year) {}
