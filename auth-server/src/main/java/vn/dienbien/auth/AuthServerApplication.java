package vn.dienbien.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The local authorisation server: signs the JWTs the four services accept (issuer
 * http://127.0.0.1:9000), for demo users of each role. Production uses Keycloak with the same
 * claims (docker/keycloak/realm-dienbien.json).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

  public static void main(String[] args) {
    SpringApplication.run(AuthServerApplication.class, args);
  }
}
