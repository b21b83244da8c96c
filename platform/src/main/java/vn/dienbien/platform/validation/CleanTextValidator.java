package vn.dienbien.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** See {@link CleanText} and {@link TextRules}. */
public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isClean(value);
  }

  public static boolean isClean(String value) {
    return TextRules.isClean(value);
  }
}
