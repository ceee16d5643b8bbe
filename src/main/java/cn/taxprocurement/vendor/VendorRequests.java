package cn.taxprocurement.vendor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What vendors and officers send about vendors. */
public final class VendorRequests {
    private VendorRequests() {}

    /** A company's details, as it registers or changes them; the USCC's check character is checked by {@link Uscc}. */
    public record Register(
            @NotBlank(message = "{taxprocurement.uscc.required}")
            String uscc,

            @NotBlank(message = "{taxprocurement.company.name.required}")
            @Size(max = 200, message = "{taxprocurement.company.name.size}")
            String name,

            @NotBlank(message = "{taxprocurement.contact.required}")
            @Size(max = 50, message = "{taxprocurement.contact.size}")
            String contactName,

            @NotBlank(message = "{taxprocurement.phone.required}")
            @Pattern(
                    regexp = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)$",
                    message = "{taxprocurement.phone.pattern}")
            String contactPhone,

            @NotBlank(message = "{taxprocurement.email.required}")
            @Email(message = "{taxprocurement.email.format}")
            @Size(max = 254, message = "{taxprocurement.email.size}")
            String email) {}

    /** Why an officer refuses something. */
    public record Reject(
            @NotBlank(message = "{taxprocurement.reason.rejection.required}")
            @Size(max = 500, message = "{taxprocurement.reason.rejection.size}")
            String reason) {}
}
