package cn.taxprocurement.project;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A batch (同批采购): projects of one year that are published together, with one deadline. */
@Entity
@Table(name = "batch")
public class Batch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String name;

    @Column(nullable = false, updatable = false)
    int year;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected Batch() {}

    Batch(String name, int year, Actor creator, Instant now) {
        if (year < Project.FIRST_YEAR || year > Project.LAST_YEAR) {
            throw Refusal.onField("year", RefusalCode.YEAR_OUT_OF_RANGE);
        }
        this.name = name;
        this.year = year;
        this.createdBy = creator.subject();
        this.createdAt = now;
    }

    /**
     * Publishes every draft of the batch with one deadline, each under its own rules; the caller's transaction makes it
     * all or none.
     */
    List<Project> publish(List<Project> projects, Instant deadline, Instant now, WaitingPeriods periods) {
        List<Project> drafts =
                projects.stream().filter(p -> p.status == ProjectStatus.DRAFT).toList();
        if (drafts.isEmpty()) {
            throw new Refusal(RefusalCode.BATCH_HAS_NO_DRAFT, name);
        }
        drafts.forEach(p -> p.publish(deadline, now, periods));
        return drafts;
    }
}
