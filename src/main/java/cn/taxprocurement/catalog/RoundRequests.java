package cn.taxprocurement.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What officers send to open a shortlist round. */
final class RoundRequests {
    private RoundRequests() {}

    /** A new round of a year over some categories. */
    record Open(
            @NotNull(message = "年度不能为空")
            @Min(value = 2000, message = "年度应在 2000 到 2100 之间")
            @Max(value = 2100, message = "年度应在 2000 到 2100 之间")
            Integer year,

            @NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称不能超过 100 个字符")
            String name,

            @NotEmpty(message = "请至少选择一个品目") List<@NotBlank(message = "品目编码不能为空") String> categoryCodes) {}
}
