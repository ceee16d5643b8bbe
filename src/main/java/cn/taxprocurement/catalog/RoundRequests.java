package cn.taxprocurement.catalog;

import cn.taxprocurement.common.Year;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What officers send to open a shortlist round. */
public final class RoundRequests {
    private RoundRequests() {}

    /** A new round of a year over some categories. */
    public record Open(
            @Year Integer year,

            @NotBlank(message = "名称不能为空") @Size(max = 100, message = "名称不能超过 100 个字符")
            String name,

            @NotEmpty(message = "请至少选择一个品目") List<@NotBlank(message = "品目编码不能为空") String> categoryCodes) {}
}
