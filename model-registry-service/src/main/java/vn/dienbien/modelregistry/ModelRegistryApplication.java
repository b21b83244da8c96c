package vn.dienbien.modelregistry;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.dienbien.platform.lock.Leases;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = Leases.AT_MOST)
public class ModelRegistryApplication {

  public static void main(String[] args) {
    SpringApplication.run(ModelRegistryApplication.class, args);
  }
}
