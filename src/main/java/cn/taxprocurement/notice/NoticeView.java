package cn.taxprocurement.notice;

import java.time.OffsetDateTime;
import java.util.Map;

/** A notice as the public reads it. */
public record NoticeView(
        long id,
        NoticeType type,
        String title,
        OffsetDateTime publishedAt,
        int year,
        String projectCode,
        Long roundId,
        String orderCode,
        String body,
        Map<String, Object> fields) {}
