package cn.taxprocurement.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every rule the service refuses a request by, with the HTTP status it is answered with. The sentences people read are
 * in the message bundle {@code refusals} (Chinese) and {@code refusals_en}, keyed by the code's name.
 */
public enum RefusalCode {
    // Malformed or invalid input (400)
    INVALID_INPUT(400),
    MALFORMED_JSON(400),
    WRONG_VALUE_TYPE(400),
    QUERY_TIME_INVALID(400),
    QUERY_NUMBER_INVALID(400),
    VALUE_NOT_RECOGNISED(400),
    NUMBER_EXPECTED(400),
    DATE_TIME_EXPECTED(400),
    YEAR_OUT_OF_RANGE(400),
    TREND_SPAN(400),
    REASON_REQUIRED(400),
    AMOUNT_OUT_OF_RANGE(400),
    AMOUNT_SCALE(400),
    CATEGORY_CODE_INVALID(400),
    UNKNOWN_CATEGORY(400),
    UNKNOWN_ROUND(400),
    UNKNOWN_BATCH(400),
    UNKNOWN_VENDOR(400),
    UNKNOWN_BID(400),
    USCC_REQUIRED(400),
    USCC_LENGTH(400),
    USCC_CHARACTER(400),
    USCC_CHECK_CHARACTER(400),
    VENDOR_STATUS_UNKNOWN(400),
    PRODUCT_STATUS_UNKNOWN(400),
    PRICE_FILTER_INVALID(400),
    PRICE_RANGE_INVERTED(400),
    CATALOG_SORT_UNKNOWN(400),
    COMPARE_IDS_INVALID(400),
    ROUND_REQUIRED(400),
    FILE_REQUIRED(400),
    BATCH_YEAR_MISMATCH(400),
    DEADLINE_IN_PAST(400),
    BID_NOT_OF_VENDOR(400),
    PRICE_WEIGHT_OUT_OF_RANGE(400),
    PRICE_WEIGHT_NOT_ALLOWED(400),
    METHOD_TAKES_NO_INVITATIONS(400),
    INVITED_VENDOR_NOT_ACTIVE(400),
    INVITATION_COUNT(400),
    WAITING_PERIOD_TOO_SHORT(400),
    AWARDED_AMOUNT_NOT_BID(400),
    AWARD_REASON_REQUIRED(400),
    SCORE_OUT_OF_RANGE(400),
    SCORED_BID_NOT_VALID(400),
    AWARD_ABOVE_BUDGET(400),
    AWARDED_AT_IN_FUTURE(400),
    UNKNOWN_PRODUCT(400),
    COMPETITION_DEADLINE_TOO_SOON(400),
    CONFIRMATION_REQUIRED(400),
    PRICE_CHANGE_STATUS_UNKNOWN(400),
    FLAGGED_PRICE_REASON_REQUIRED(400),

    // The caller may not (403)
    FORBIDDEN(403),
    NOT_BUYING_UNIT(403),

    // Unknown, or not the caller's to see (404)
    PROJECT_NOT_FOUND(404),
    BATCH_NOT_FOUND(404),
    VENDOR_NOT_FOUND(404),
    VENDOR_NOT_REGISTERED(404),
    PRODUCT_NOT_FOUND(404),
    NOT_IN_CATALOG(404),
    ROUND_NOT_FOUND(404),
    IMPORT_NOT_FOUND(404),
    NO_BID(404),
    NOTICE_NOT_FOUND(404),
    PROCESS_NOT_FOUND(404),
    ORDER_NOT_FOUND(404),
    COMPETITION_NOT_FOUND(404),
    PRICE_CHANGE_NOT_FOUND(404),

    // The current state does not allow it (409)
    CONCURRENT_CHANGE(409),
    CATEGORY_EXISTS(409),
    VENDOR_ALREADY_REGISTERED(409),
    USCC_TAKEN(409),
    DUPLICATE_VENDOR(409),
    VENDOR_NOT_PENDING(409),
    REGISTRATION_REQUIRED(409),
    VENDOR_NOT_ACTIVE(409),
    ROUND_CLOSED(409),
    CATEGORY_NOT_IN_ROUND(409),
    DUPLICATE_LISTING(409),
    LISTING_NOT_WITHDRAWABLE(409),
    LISTING_NOT_REVIEWABLE(409),
    MERGE_NEEDS_TWO(409),
    MERGE_NOT_DRAFT(409),
    MERGE_MIXED(409),
    PROJECT_NOT_PUBLISHABLE(409),
    BIDDING_NOT_OPEN(409),
    BIDDING_CLOSED(409),
    BID_ABOVE_BUDGET(409),
    BID_NOT_POSITIVE(409),
    BIDDER_NOT_ACTIVE(409),
    BIDDER_NOT_INVITED(409),
    BID_AFTER_DEADLINE(409),
    BIDS_SEALED(409),
    PROJECT_NOT_AWARDABLE(409),
    CREATOR_CANNOT_AWARD(409),
    AWARDED_VENDOR_NOT_ACTIVE(409),
    BID_SUPERSEDED(409),
    PROJECT_CANNOT_FAIL(409),
    PROJECT_NOT_CANCELLABLE(409),
    BATCH_HAS_NO_DRAFT(409),
    PROJECT_NOT_DRAFT(409),
    INTENTION_ALREADY_ANNOUNCED(409),
    INVITATIONS_MISSING(409),
    INTENTION_TOO_RECENT(409),
    PROJECT_NOT_PUBLISHED(409),
    DEADLINE_PASSED(409),
    DEADLINE_NOT_LATER(409),
    NOT_INVITED(409),
    BIDS_NOT_OPENABLE(409),
    BIDS_NOT_OPENED(409),
    NOT_COMPREHENSIVE_SCORE(409),
    BIDDING_STILL_OPEN(409),
    TOO_FEW_VALID_BIDS(409),
    BID_NOT_VALID(409),
    PROJECT_NOT_RECORDED(409),
    RECORDER_CANNOT_CONFIRM(409),
    LISTING_NOT_ORDERABLE(409),
    ORDER_MIXED_VENDORS(409),
    ORDER_ABOVE_LIMIT(409),
    ORDER_NOT_PLACED(409),
    ORDER_NOT_CONFIRMED(409),
    ORDER_NOT_DELIVERED(409),
    LISTING_NOT_OF_CATEGORY(409),
    COMPETITION_TOO_FEW_VENDORS(409),
    COMPETITION_DEADLINE_PASSED(409),
    COMPETITION_NOT_INVITED(409),
    QUOTE_LISTING_NOT_OFFERED(409),
    QUOTE_ABOVE_LISTED_PRICE(409),
    COMPETITION_STILL_OPEN(409),
    COMPETITION_CLOSED(409),
    LISTING_ROUND_CLOSED(409),
    LISTING_NOT_SUSPENDABLE(409),
    PRICE_CHANGE_NOT_APPROVED(409),
    PRICE_CHANGE_PENDING(409),
    PRICE_NOT_LOWER(409),
    PRICE_CHANGE_NOT_PENDING(409),

    // Uploads (413, 415, 422) and load (429)
    FILE_TOO_LARGE(413),
    FILE_NOT_XLSX(415),
    WORKBOOK_REFUSED(422),
    IMPORTS_IN_PROGRESS(429),

    // Anything unforeseen (500)
    INTERNAL_ERROR(500);

    // Without fallback the Chinese base bundle answers for zh-CN whatever the JVM's default locale is.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final int status;

    RefusalCode(int status) {
        this.status = status;
    }

    /** The HTTP status a refusal by this rule is answered with. */
    public int status() {
        return status;
    }

    /** The problem type URI of RFC 9457: one per rule, stable, documented in docs/api.md. */
    public String type() {
        return "tag:taxprocurement.cn,2026:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The problem title of this rule's status in the reader's language: one title per status. */
    public String title(Locale locale) {
        return bundle(locale).getString("title." + status);
    }

    /**
     * The sentence for this rule in the reader's language; a status is shown in words, other arguments as written,
     * numbers without grouping.
     */
    public String message(Locale locale, Object... arguments) {
        String pattern = bundle(locale).getString(name());
        Object[] shown = Arrays.stream(arguments).map(a -> shown(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** A status in the reader's words (keyed {@code Enum.CONSTANT} in the bundle {@code statuses}), else as written. */
    static String shown(Object argument, Locale locale) {
        if (argument instanceof Enum<?> status) {
            ResourceBundle words = ResourceBundle.getBundle("statuses", locale, NO_FALLBACK);
            String key = status.getDeclaringClass().getSimpleName() + "." + status.name();
            if (words.containsKey(key)) {
                return words.getString(key);
            }
        }
        return String.valueOf(argument);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("refusals", locale, NO_FALLBACK);
    }
}
