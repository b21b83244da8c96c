package vn.dienbien.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text an official typed: Unicode NFC (precomposed Vietnamese, so search and sorting behave), and
 * none of the characters {@link TextRules} refuses (control characters other than line breaks and
 * tabs, zero-width and other invisible formatting characters, bidi overrides). JSON request bodies
 * are already normalised (NFC, trimmed) and checked by the platform's strict reader; this
 * constraint also documents the rule and covers text that arrives another way (CSV rows, query
 * parameters). Null is valid (use @NotBlank for that).
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CleanText {

  String message() default "{vn.dienbien.platform.validation.CleanText.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
