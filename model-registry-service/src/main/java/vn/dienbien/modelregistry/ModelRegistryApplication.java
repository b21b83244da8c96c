package vn.dienbien.modelregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ModelRegistryApplication {

  public static void main(String[] args) {
    SpringApplication.run(ModelRegistryApplication.class, args);
  }
}
