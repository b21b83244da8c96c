package vn.dienbien.modelregistry.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link DemoSeeder} every 30 s (first after 10 s) until the demo models are in place, when
 * {@code model-registry.demo.enabled} is true. Always a bean, the switch read at run time rather
 * than as a bean condition: a bean graph fixed at build time (Spring AOT, run-local.sh) keeps it
 * and still obeys each run's switch. Switched off, a tick touches neither the lock nor the store.
 */
@Component
class DemoSeedSchedule {

  private final DemoSeeder seeder;
  private final boolean enabled;

  DemoSeedSchedule(
      DemoSeeder seeder, @Value("${model-registry.demo.enabled:false}") boolean enabled) {
    this.seeder = seeder;
    this.enabled = enabled;
  }

  @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT30S")
  void tick() {
    if (enabled && !seeder.isDone()) {
      seeder.seed();
    }
  }
}
