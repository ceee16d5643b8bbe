package cn.taxprocurement.project;

import cn.taxprocurement.common.Year;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new batch (同批采购) of one year. */
public record CreateBatch(
        @NotBlank(message = "{taxprocurement.batch.name.required}")
        @Size(max = 200, message = "{taxprocurement.batch.name.size}")
        String name,

        @Year Integer year) {}
