package cn.taxprocurement.audit;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Size;

/** The audit trail's signing key. */
@ConfigMapping(prefix = "procurement.audit")
public interface AuditConfig {

    /**
     * Signs checkpoints (HMAC-SHA256). Never stored in the database, so that whoever can rewrite the audit tables
     * cannot sign a rewritten chain's checkpoints.
     */
    @Size(min = 32, message = "审计签名密钥 PROCUREMENT_AUDIT_SIGNING_KEY 至少需要 32 个字符")
    String signingKey();
}
