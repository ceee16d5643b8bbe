package cn.taxprocurement.web;

import cn.taxprocurement.common.InvalidField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What a form was filled with and what is wrong with it: shown again next to each field, values kept. */
public final class Form {
    private final Map<String, String> values;
    private final Map<String, String> errors = new HashMap<>();
    private String refusal;
    private String done;

    private Form(Map<String, String> values) {
        this.values = values;
    }

    static Form empty() {
        return new Form(Map.of());
    }

    static Form of(Map<String, String> values) {
        return new Form(values);
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
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

    /** Bean Validation's findings, one message per field. */
    Form check(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            errors.putIfAbsent(field == null ? "" : field, violation.getMessage());
        }
        return this;
    }

    Form invalid(InvalidField e) {
        errors.put(e.field(), e.getMessage());
        return this;
    }

    /** The whole request was refused (the state did not allow it): shown above the form. */
    Form refused(String message) {
        refusal = message;
        return this;
    }

    Form done(String message) {
        done = message;
        return this;
    }
}
