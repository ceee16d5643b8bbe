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
            @NotBlank(message = "统一社会信用代码不能为空") String uscc,

            @NotBlank(message = "企业名称不能为空") @Size(max = 200, message = "企业名称不能超过 200 个字符")
            String name,

            @NotBlank(message = "联系人不能为空") @Size(max = 50, message = "联系人不能超过 50 个字符")
            String contactName,

            @NotBlank(message = "联系电话不能为空")
            @Pattern(
                    regexp = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)$",
                    message = "联系电话应为 11 位手机号或带区号的固定电话，如 010-68881234")
            String contactPhone,

            @NotBlank(message = "电子邮箱不能为空") @Email(message = "电子邮箱格式不正确") @Size(max = 254, message = "电子邮箱不能超过 254 个字符")
            String email) {}

    /** Why an officer refuses something. */
    public record Reject(
            @NotBlank(message = "请填写驳回原因") @Size(max = 500, message = "驳回原因不能超过 500 个字符")
            String reason) {}
}
