package cn.taxprocurement.web;

import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What a form was filled with and what is wrong with it: shown again next to each field, values kept. */
public final class Form {
    private final Locale locale;
    private final Validator validator;
    private final Map<String, String> values;
    private final Map<String, String> errors = new HashMap<>();
    private String refusal;
    private String done;

    /** A form filled with {@code values}; its errors read in {@code locale}. Pages get one from {@link Viewer}. */
    Form(Locale locale, Validator validator, Map<String, String> values) {
        this.locale = locale;
        this.validator = validator;
        this.values = values;
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    /** Whether {@code value} is one of the values ticked in {@code field}, sent back as a comma-separated list. */
    public boolean picked(String field, Object value) {
        return Arrays.asList(value(field).split(",")).contains(String.valueOf(value));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String refusal() {
        return refusal;
    }

    public String done() {
        return done;
    }

    public boolean valid() {
        return errors.isEmpty() && refusal == null;
    }

    /** A decimal typed into {@code field}; what is not one is that field's error. */
    BigDecimal decimal(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return invalidNumber(field);
        }
    }

    /** A whole number typed into {@code field}; what is not one is that field's error. */
    Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return invalidNumber(field);
        }
    }

    /** A time typed into a datetime-local {@code field}, read in Beijing time. */
    OffsetDateTime beijing(String value, String field) {
        try {
            return LocalDateTime.parse(text(value)).atZone(Formats.SHANGHAI).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(field, RefusalCode.DATE_TIME_EXPECTED.message(locale));
            return null;
        }
    }

    /** A month typed into a month {@code field}, as 2026-03. */
    YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(text(value).strip());
        } catch (DateTimeParseException e) {
            errors.put(field, RefusalCode.DATE_TIME_EXPECTED.message(locale));
            return null;
        }
    }

    /** A text field as it was sent, "" when it was not. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** A filter typed into a field: null when left empty. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private <T> T invalidNumber(String field) {
        errors.put(field, RefusalCode.NUMBER_EXPECTED.message(locale));
        return null;
    }

    /**
     * Takes the step when the form is valid; the domain's refusal of it becomes the field's error or the form's, and
     * the answer is then empty.
     */
    <T> Optional<T> submit(Supplier<T> step) {
        if (valid()) {
            try {
                return Optional.of(step.get());
            } catch (Refusal e) {
                refused(e);
            }
        }
        return Optional.empty();
    }

    /** Bean Validation's findings on the command the form makes, one message per field. */
    Form check(Object command) {
        for (ConstraintViolation<?> violation : validator.validate(command)) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            errors.putIfAbsent(field == null ? "" : field, violation.getMessage());
        }
        return this;
    }

    /**
     * The domain refused the step, in the reader's language: next to the field it names, or, when the state did not
     * allow it, above the form.
     */
    Form refused(Refusal e) {
        String message = e.message(locale);
        e.field().ifPresentOrElse(field -> errors.put(field, message), () -> refusal = message);
        return this;
    }

    /** Every rule the domain finds broken, each next to its field unless that field already shows an error. */
    Form refused(List<Refusal> refusals) {
        for (Refusal e : refusals) {
            String message = e.message(locale);
            e.field().ifPresentOrElse(field -> errors.putIfAbsent(field, message), () -> refusal = message);
        }
        return this;
    }

    /** A file the library refused, shown next to the file field. */
    Form invalid(String field, String message) {
        errors.put(field, message);
        return this;
    }

    Form done(String message) {
        done = message;
        return this;
    }
}
