package vn.dienbien.directive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class DirectiveApplication {

  public static void main(String[] args) {
    SpringApplication.run(DirectiveApplication.class, args);
  }
}
