package cn.taxprocurement.security;

/**
 * Who does something: the token's subject (what vendors are bound to), a name people can read, the role they act
 * in, the address the request came from, and for an officer the buying unit (采购单位) it buys for. Audit events and
 * the internal-control rule are about actors.
 */
public record Actor(String subject, String name, String role, String sourceIp, String unit) {
    /** The service itself, e.g. when it loads the demo data. */
    public static final Actor SYSTEM = new Actor("system", "system", "system", null);

    /** Someone who buys for no unit: a vendor, a manager, an auditor, the service. */
    public Actor(String subject, String name, String role, String sourceIp) {
        this(subject, name, role, sourceIp, null);
    }
}
