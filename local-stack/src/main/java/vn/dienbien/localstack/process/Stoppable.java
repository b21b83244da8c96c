package vn.dienbien.localstack.process;

import java.time.Duration;

/** Something the launcher started and must stop on exit, in reverse start order. */
public interface Stoppable {

  String name();

  void stop(Duration grace);

  /** Wraps an in-process component (mail server, SMS gateway) whose stop needs no grace period. */
  static Stoppable of(String name, Runnable stop) {
    return new Stoppable() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void stop(Duration grace) {
        stop.run();
      }
    };
  }
}
