package cn.taxprocurement.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The vendors invited to bid on a draft. */
public record SetInvitations(
        @NotNull(message = "{taxprocurement.invitations.required}")
        @Size(max = 200, message = "{taxprocurement.invitations.size}")
        List<@NotNull(message = "{taxprocurement.vendor.required}") Long> vendorIds) {}
