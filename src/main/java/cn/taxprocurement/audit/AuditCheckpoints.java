package cn.taxprocurement.audit;

import cn.taxprocurement.audit.AuditTrail.Problem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed checkpoints of the audit trail: auditors keep them outside the system, and a chain rewritten by someone with
 * access to the tables no longer holds the event with the hash a kept checkpoint names.
 */
@ApplicationScoped
public class AuditCheckpoints {
    @Inject
    AuditTrail trail;

    @Inject
    AuditConfig config;

    /** An event of the trail, signed by the service; {@code at} is the event's time. */
    public record Checkpoint(Long id, String hash, Instant at, String signature) {}

    /** The outcome of checking a kept checkpoint against the trail. */
    public record CheckpointCheck(boolean valid, Problem problem) {
        static CheckpointCheck of(Problem problem) {
            return new CheckpointCheck(problem == null, problem);
        }
    }

    /** A checkpoint of the newest event (of the empty trail's start when there is none). */
    public Checkpoint newest() {
        AuditEvent newest = trail.find(
                        "id <= ?1", Sort.descending("id"), trail.head().lastId())
                .firstResult();
        return newest == null ? signed(0L, AuditHash.GENESIS, null) : signed(newest.id, newest.hash, newest.at);
    }

    /** Whether the service signed the checkpoint and the trail still holds its event and verifies from it on. */
    public CheckpointCheck check(Checkpoint checkpoint) {
        if (checkpoint == null
                || checkpoint.id() == null
                || checkpoint.hash() == null
                || checkpoint.signature() == null
                || !MessageDigest.isEqual(
                        signature(checkpoint.id(), checkpoint.hash(), checkpoint.at())
                                .getBytes(StandardCharsets.US_ASCII),
                        checkpoint.signature().getBytes(StandardCharsets.UTF_8))) {
            return CheckpointCheck.of(Problem.BAD_SIGNATURE);
        }
        AuditTrail.Head head = trail.head();
        if (checkpoint.id() == 0) {
            return checkpoint.hash().equals(AuditHash.GENESIS)
                    ? CheckpointCheck.of(
                            trail.verifyAfter(0, AuditHash.GENESIS, head).problem())
                    : CheckpointCheck.of(Problem.HASH_MISMATCH);
        }
        AuditEvent event = trail.findById(checkpoint.id());
        if (event == null) {
            boolean laterRemain = trail.count("id > ?1", checkpoint.id()) > 0;
            return CheckpointCheck.of(laterRemain ? Problem.EVENT_MISSING : Problem.TAIL_MISSING);
        }
        if (head.lastId() < event.id) {
            return CheckpointCheck.of(Problem.TAIL_MISSING);
        }
        if (!event.hash.equals(checkpoint.hash())
                || !event.hash.equals(event.computeHash())
                || !event.at.equals(checkpoint.at())) {
            return CheckpointCheck.of(Problem.HASH_MISMATCH);
        }
        return CheckpointCheck.of(trail.verifyAfter(event.id, event.hash, head).problem());
    }

    private Checkpoint signed(long id, String hash, Instant at) {
        return new Checkpoint(id, hash, at, signature(id, hash, at));
    }

    /** Base64url HMAC-SHA256 of the checkpoint's id, hash and time, one per line. */
    private String signature(long id, String hash, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.signingKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed =
                    mac.doFinal(("audit-checkpoint\n" + id + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
