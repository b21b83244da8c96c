package vn.dienbien.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The officials' web portal: a backend-for-frontend that owns no data. It signs people in with
 * OpenID Connect and calls the four services with each person's own access token, so every role and
 * unit rule stays where it is enforced today: in the services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
