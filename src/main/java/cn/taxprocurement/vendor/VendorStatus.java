package cn.taxprocurement.vendor;

/** A vendor's standing: registered and waiting, admitted by an officer, or refused. */
public enum VendorStatus {
    PENDING,
    ACTIVE,
    REJECTED
}
