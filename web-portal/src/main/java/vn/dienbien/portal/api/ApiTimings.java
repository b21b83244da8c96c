package vn.dienbien.portal.api;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The API calls one page made and how long each took (for the Server-Timing header). */
public final class ApiTimings {

  public record Call(Backend backend, String path, long nanos) {}

  public static final String ATTRIBUTE = ApiTimings.class.getName();

  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

  void record(Backend backend, String path, long nanos) {
    calls.add(new Call(backend, path, nanos));
  }

  public Optional<Call> slowest() {
    return calls.stream().max(Comparator.comparingLong(Call::nanos));
  }

  public int count() {
    return calls.size();
  }
}
