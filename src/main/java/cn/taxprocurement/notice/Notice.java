package cn.taxprocurement.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A published notice (公告): written once when its event happens, never changed afterwards. */
@Entity
@Immutable
@Table(name = "notice")
public class Notice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    NoticeType type;

    @Column(nullable = false, updatable = false, length = 300)
    String title;

    @Column(name = "published_at", nullable = false, updatable = false)
    Instant publishedAt;

    @Column(nullable = false, updatable = false)
    int year;

    @Column(name = "project_code", updatable = false, length = 20)
    String projectCode;

    @Column(name = "round_id", updatable = false)
    Long roundId;

    @Column(name = "order_code", updatable = false, length = 40)
    String orderCode;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    String body;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    String fields;

    protected Notice() {}

    static Notice publish(PublishNotice command, String fieldsJson, Instant now) {
        Notice notice = new Notice();
        notice.type = command.type();
        notice.title = command.title().strip();
        notice.publishedAt = now;
        notice.year = command.year();
        notice.projectCode = command.projectCode();
        notice.roundId = command.roundId();
        notice.orderCode = command.orderCode();
        notice.body = command.body();
        notice.fields = fieldsJson;
        return notice;
    }
}
