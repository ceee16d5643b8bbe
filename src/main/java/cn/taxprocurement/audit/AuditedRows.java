package cn.taxprocurement.audit;

import java.util.Optional;

/**
 * Rows that events of one action vouch for, as they were when the event was written: the chain check compares them
 * with what the tables hold now, so a row changed behind the service's back is found although its event is intact.
 */
public interface AuditedRows {
    /** The action of the events that vouch for rows. */
    AuditAction action();

    /**
     * What of the rows {@code event} vouches for no longer matches it, in words; empty when they are as recorded.
     * {@code headId} is the newest event of the check: later events are not yet checked.
     */
    Optional<String> altered(AuditEventView event, long headId);
}
