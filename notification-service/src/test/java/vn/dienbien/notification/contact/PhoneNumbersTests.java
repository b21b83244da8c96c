package vn.dienbien.notification.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

  @ParameterizedTest
  @CsvSource({
    "0912345678, +84912345678",
    "0912 345 678, +84912345678",
    "+84 912 345 678, +84912345678",
    "84912345678, +84912345678",
    "0868.123.456, +84868123456",
    "(091) 234-5678, +84912345678"
  })
  void normalisesVietnameseMobilesToE164(String raw, String expected) {
    assertThat(PhoneNumbers.normaliseMobile(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "0243 123 456", "abc", "0912", "+1 202 555 0100"})
  void refusesWhatCannotReceiveAVietnameseSms(String raw) {
    assertThat(PhoneNumbers.normaliseMobile(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Hoa.NT@MuongNhe.DienBien.gov.vn, Hoa.NT@muongnhe.dienbien.gov.vn"})
  void lowerCasesTheEmailDomain(String raw, String expected) {
    assertThat(EmailAddresses.normalise(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b", "a b@c.vn", "@c.vn", "hoa@@c.vn"})
  void refusesUnroutableEmail(String raw) {
    assertThat(EmailAddresses.normalise(raw)).isEmpty();
  }
}
