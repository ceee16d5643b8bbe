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
@NotNull(message = "请填写年度")
@Min(value = 2000, message = "年度应在 2000 到 2100 之间")
@Max(value = 2100, message = "年度应在 2000 到 2100 之间")
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Year {
    String message() default "年度应在 2000 到 2100 之间";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
