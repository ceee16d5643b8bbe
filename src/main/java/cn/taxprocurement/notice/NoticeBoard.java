package cn.taxprocurement.notice;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The notice board (信息公开): notices are published inside the transaction of their event, and read by anyone. */
@ApplicationScoped
public class NoticeBoard {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    @Inject
    NoticeRepository notices;

    @Inject
    ObjectMapper json;

    /**
     * Publishes a notice in the caller's transaction, so that it is public exactly when its event is committed, dated
     * when the event happened; there is no way to change it afterwards.
     */
    @Transactional(TxType.MANDATORY)
    public NoticeView publish(PublishNotice command, Instant at) {
        Notice notice = Notice.publish(command, write(command.fields()), at.truncatedTo(ChronoUnit.MICROS));
        notices.persist(notice);
        return view(notice);
    }

    @Transactional
    public Page<NoticeView> search(NoticeType type, Integer year, String text, PageRequest page) {
        return notices.search(type, year, text, page).map(this::view);
    }

    /** A year's notices in the order they were published, oldest first: the releases of the year's open data. */
    @Transactional
    public Page<NoticeView> ofYear(int year, PageRequest page) {
        return notices.ofYear(year, page).map(this::view);
    }

    /**
     * Every notice of one contracting process, oldest first: a project's by its code, an order's by its code, a
     * shortlist round's by its id.
     */
    @Transactional
    public List<NoticeView> ofProcess(String projectCode, String orderCode, Long roundId) {
        return notices.ofProcess(projectCode, orderCode, roundId).stream()
                .map(this::view)
                .toList();
    }

    @Transactional
    public NoticeView get(long id) {
        return notices.findByIdOptional(id)
                .map(this::view)
                .orElseThrow(() -> new Refusal(RefusalCode.NOTICE_NOT_FOUND, id));
    }

    private String write(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("公告字段无法写成 JSON: " + e.getOriginalMessage(), e);
        }
    }

    private NoticeView view(Notice notice) {
        return new NoticeView(
                notice.id,
                notice.type,
                notice.title,
                notice.publishedAt.atOffset(ZoneOffset.UTC),
                notice.year,
                notice.projectCode,
                notice.roundId,
                notice.orderCode,
                notice.body,
                read(notice.fields));
    }

    // Amounts come back as the decimals they were written as (1520000.00), not as doubles.
    private Map<String, Object> read(String fields) {
        try {
            return json.readerFor(OBJECT)
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("公告的字段不是 JSON 对象", e);
        }
    }
}
