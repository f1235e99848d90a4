package vn.egov.dossier.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.egov.values.PhoneNumber;

/** The annotated text is a Vietnamese mobile number as {@link PhoneNumber#parse} accepts it. Null is valid. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VietnameseMobile.Validator.class)
public @interface VietnameseMobile {

    String message() default "must be a Vietnamese mobile number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with libphonenumber. */
    class Validator implements ConstraintValidator<VietnameseMobile, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PhoneNumber.isValid(value);
        }
    }
}
