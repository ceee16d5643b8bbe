package cn.taxprocurement.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The vendors invited to bid on a draft. */
public record SetInvitations(
        @NotNull(message = "请选择邀请的供应商") @Size(max = 200, message = "邀请的供应商不能超过 200 家")
        List<@NotNull(message = "供应商编号不能为空") Long> vendorIds) {}
