package cn.taxprocurement.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new category: its code (checked by {@link CategoryCode}), its name, and optionally its parent's code. */
record CreateCategory(
        String code,

        @NotBlank(message = "{taxprocurement.category.name.required}")
        @Size(max = 100, message = "{taxprocurement.category.name.size}")
        String name,

        String parentCode) {}
