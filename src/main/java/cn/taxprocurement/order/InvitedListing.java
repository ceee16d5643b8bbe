package cn.taxprocurement.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A listing a competition is run among, with its vendor, who is thereby invited to quote. */
@Embeddable
public class InvitedListing {
    @Column(name = "product_id", nullable = false)
    Long productId;

    @Column(name = "vendor_id", nullable = false)
    Long vendorId;

    protected InvitedListing() {}

    InvitedListing(Long productId, Long vendorId) {
        this.productId = productId;
        this.vendorId = vendorId;
    }
}
