package vn.dienbien.signingkeys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs tokens: the local authorisation server's, and the one tests mint tokens
 * with. With a key file (the local profile: .local/auth/) it is created once and reused, so tokens
 * and the services' cached keys survive a restart; without one it lives only as long as the
 * process.
 */
public final class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

  private SigningKeys() {}

  public static RSAKey load(String file) {
    if (file == null || file.isBlank()) {
      return generate();
    }
    Path path = Path.of(file);
    try {
      if (Files.exists(path)) {
        return RSAKey.parse(Files.readString(path));
      }
      RSAKey key = generate();
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, key.toJSONString());
      restrict(path);
      log.info("New signing key {} written to {}", key.getKeyID(), path.toAbsolutePath());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the signing key " + path, e);
    } catch (ParseException e) {
      throw new IllegalStateException(
          "The signing key file " + path + " is not a JWK; delete it to make a new one", e);
    }
  }

  public static JWKSet set(RSAKey key) {
    return new JWKSet(key);
  }

  /** A new 2048-bit RSA key with a random key id, made by Nimbus JOSE. */
  public static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot make an RSA key", e);
    }
  }

  private static void restrict(Path path) {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      log.warn("Could not restrict permissions of {}", path);
    }
  }
}
