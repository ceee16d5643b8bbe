package cn.taxprocurement.common;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request refused by a rule: the rule's code, the field it concerns when one input is at fault, and the values its
 * sentence names. The API answers it as problem+json, a page shows it in the reader's language; it changes nothing.
 */
public class Refusal extends RuntimeException {
    private final RefusalCode code;
    private final String field;
    private final List<Object> arguments;
    private final Duration retryAfter;

    private Refusal(RefusalCode code, String field, Duration retryAfter, Object... arguments) {
        super(code.message(Languages.CHINESE, arguments), null, false, false);
        this.code = code;
        this.field = field;
        this.arguments = List.of(arguments);
        this.retryAfter = retryAfter;
    }

    public Refusal(RefusalCode code, Object... arguments) {
        this(code, null, null, arguments);
    }

    /** A refusal of one input field: answered 400 with that field named in {@code errors}. */
    public static Refusal onField(String field, RefusalCode code, Object... arguments) {
        return new Refusal(code, field, null, arguments);
    }

    /** The caller has too much under way: answered with {@code Retry-After}. */
    public static Refusal tryLater(Duration retryAfter, RefusalCode code, Object... arguments) {
        return new Refusal(code, null, retryAfter, arguments);
    }

    public RefusalCode code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The sentence in the reader's language. */
    public String message(Locale locale) {
        return code.message(locale, arguments.toArray());
    }
}
