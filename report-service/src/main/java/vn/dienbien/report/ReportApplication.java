package vn.dienbien.report;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ReportApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReportApplication.class, args);
  }
}
