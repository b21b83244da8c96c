package vn.dienbien.signingkeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

  @Test
  void aKeyFileIsCreatedOnceAndReusedSoTokensSurviveARestart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("auth/signing-key.json");
    var first = SigningKeys.load(file.toString());
    var again = SigningKeys.load(file.toString());
    assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
    assertThat(again.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
    assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
  }

  @Test
  void withoutAFileEachStartHasItsOwnKey() {
    assertThat(SigningKeys.load("").getKeyID()).isNotEqualTo(SigningKeys.load(null).getKeyID());
  }
}
