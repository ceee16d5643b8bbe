package cn.taxprocurement.security;

/** The realm roles of the procurement realm; every resource method names the ones it allows. */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String VENDOR = "vendor";
    public static final String MANAGER = "manager";
    public static final String AUDITOR = "auditor";

    static final String[] ALL = {OFFICER, VENDOR, MANAGER, AUDITOR};

    private Roles() {}
}
