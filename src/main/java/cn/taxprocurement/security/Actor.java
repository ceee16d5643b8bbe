package cn.taxprocurement.security;

/**
 * Who does something: the token's subject (what vendors are bound to), a name people can read, the role they act
 * in, and the address the request came from. Audit events and the internal-control rule are about actors.
 */
public record Actor(String subject, String name, String role, String sourceIp) {
    /** The service itself, e.g. when it loads the demo data. */
    public static final Actor SYSTEM = new Actor("system", "system", "system", null);
}
