package cn.taxprocurement.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new category: its code (checked by {@link CategoryCode}), its name, and optionally its parent's code. */
record CreateCategory(
        String code,

        @NotBlank(message = "请填写品目名称") @Size(max = 100, message = "品目名称不能超过 100 个字符")
        String name,

        String parentCode) {}
