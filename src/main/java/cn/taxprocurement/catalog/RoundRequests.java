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

            @NotBlank(message = "{taxprocurement.name.required}")
            @Size(max = 100, message = "{taxprocurement.name.size}")
            String name,

            @NotEmpty(message = "{taxprocurement.categories.required}")
            List<@NotBlank(message = "{taxprocurement.category.code.required}") String> categoryCodes) {}
}
