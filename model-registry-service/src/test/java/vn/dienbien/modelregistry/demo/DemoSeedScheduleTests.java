package vn.dienbien.modelregistry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The demo switch is read at run time (the bean exists either way, as in a Spring AOT bean graph):
 * off, the schedule never runs the seeder; on, it runs it until the demo models are in place.
 */
class DemoSeedScheduleTests {

  @Test
  void switchedOffTheScheduleNeverSeeds() {
    CountingSeeder seeder = new CountingSeeder();
    DemoSeedSchedule schedule = new DemoSeedSchedule(seeder, false);
    schedule.tick();
    schedule.tick();
    assertThat(seeder.runs).isZero();
  }

  @Test
  void switchedOnItSeedsUntilTheModelsAreInPlace() {
    CountingSeeder seeder = new CountingSeeder();
    DemoSeedSchedule schedule = new DemoSeedSchedule(seeder, true);
    for (int i = 0; i < 4; i++) {
      schedule.tick();
    }
    assertThat(seeder.runs).isEqualTo(CountingSeeder.RUNS_UNTIL_DONE);
  }

  /** Done after its second run (the first waits for the units directory, as in the stack). */
  private static final class CountingSeeder extends DemoSeeder {
    static final int RUNS_UNTIL_DONE = 2;
    int runs;

    CountingSeeder() {
      super(null, null, null, null, null, null);
    }

    @Override
    void seed() {
      runs++;
    }

    @Override
    boolean isDone() {
      return runs >= RUNS_UNTIL_DONE;
    }
  }
}
