package cn.taxprocurement.common;

import java.time.Duration;

/** A request refused for now because the caller has too much under way: answered 429, to be tried again later. */
public class TooManyRequests extends RuntimeException {
    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
