package vn.dienbien.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.text.Normalizer;

public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isClean(value);
  }

  public static boolean isClean(String value) {
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      return false;
    }
    return value
        .codePoints()
        .noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
  }
}
