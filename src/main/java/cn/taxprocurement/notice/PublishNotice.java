package cn.taxprocurement.notice;

import java.util.Map;

/**
 * A notice to publish: what happened, to which project, shortlist round or order, in words ({@code body}) and as
 * particulars ({@code fields}, a JSON object: vendor, USCC, amount, reason, ...).
 */
public record PublishNotice(
        NoticeType type,
        String title,
        int year,
        String projectCode,
        Long roundId,
        String orderCode,
        String body,
        Map<String, Object> fields) {
    public PublishNotice {
        if (type == null || title == null || title.isBlank() || body == null) {
            throw new IllegalArgumentException("公告应有类型、标题和正文");
        }
        fields = fields == null ? Map.of() : fields;
    }

    /** A notice about a procurement project. */
    public static PublishNotice ofProject(
            NoticeType type, String title, int year, String projectCode, String body, Map<String, Object> fields) {
        return new PublishNotice(type, title, year, projectCode, null, null, body, fields);
    }

    /** A notice about a shortlist round (入围). */
    public static PublishNotice ofRound(
            NoticeType type, String title, int year, long roundId, String body, Map<String, Object> fields) {
        return new PublishNotice(type, title, year, null, roundId, null, body, fields);
    }

    /** A notice about an order from the shortlist. */
    public static PublishNotice ofOrder(
            NoticeType type, String title, int year, String orderCode, String body, Map<String, Object> fields) {
        return new PublishNotice(type, title, year, null, null, orderCode, body, fields);
    }
}
