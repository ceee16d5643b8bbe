package cn.taxprocurement.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** An amount of money in yuan: above 0, within its {@link Money.Limit}, at most two decimal places; null is left to @NotNull. */
@Constraint(validatedBy = Yuan.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Yuan {
    Money.Limit value();

    String message() default "{cn.taxprocurement.common.Yuan.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Applies the limit's rule; the message names the largest amount. */
    class Check implements ConstraintValidator<Yuan, BigDecimal> {
        private Money.Limit limit;

        @Override
        public void initialize(Yuan yuan) {
            limit = yuan.value();
        }

        @Override
        public boolean isValid(BigDecimal amount, ConstraintValidatorContext context) {
            if (amount == null || limit.refusalOf(amount).isEmpty()) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("max", limit.max().toPlainString());
            return false;
        }
    }
}
