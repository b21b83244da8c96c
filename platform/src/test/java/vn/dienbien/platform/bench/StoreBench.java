package vn.dienbien.platform.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the store benchmarks share: the sizes loop with a warm-up, a fresh in-memory
 * mongo-java-server per size reached over the wire protocol, and medians.
 */
public final class StoreBench {

  private StoreBench() {}

  /** Prints {@code title} with the machine's cores and load, then runs a warm-up and each size. */
  public static void sizes(String title, String[] args, BiConsumer<Integer, String> run) {
    String sizes = args.length > 0 ? args[0] : "10000,1000000";
    System.out.printf(
        "%s, %d cores, load average %.1f%n",
        title,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    run.accept(10_000, "warm-up");
    for (int n :
        Arrays.stream(sizes.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray()) {
      run.accept(n, "N=%,d".formatted(n));
    }
  }

  /** Runs {@code use} against a fresh in-memory store, database {@code bench}. */
  public static void withStore(Consumer<MongoTemplate> use) {
    MongoServer server = new MongoServer(new MemoryBackend());
    String address = server.bindAndGetConnectionString();
    try (MongoClient client = MongoClients.create(address + "/?uuidRepresentation=standard")) {
      use.accept(new MongoTemplate(client, "bench"));
    } finally {
      server.shutdownNow();
    }
  }

  /** The median time of {@code rounds} calls, in milliseconds. */
  public static double median(int rounds, IntConsumer call) {
    long[] nanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      call.accept(i);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos[rounds / 2] / 1e6;
  }
}
