package cn.taxprocurement.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A procurement year: required, 2000 to 2100. */
@NotNull(message = "{taxprocurement.year.required}")
@Min(value = 2000, message = "{taxprocurement.year.range}")
@Max(value = 2100, message = "{taxprocurement.year.range}")
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Year {
    String message() default "{taxprocurement.year.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
