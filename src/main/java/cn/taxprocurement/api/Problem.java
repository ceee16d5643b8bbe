package cn.taxprocurement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong, and for invalid input, what is wrong with each field. {@code code} names the
 * rule that refused the request (an extension member; {@code type} is the same rule as a URI).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and why. */
    public record FieldError(String field, String message) {}
}
