package vn.dienbien.localstack.mongo;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the MongoDB-compatible store JVM started by the launcher: {@code MongoStoreMain
 * <host> <port> <file>}. SIGTERM closes the H2 file cleanly.
 */
public final class MongoStoreMain {

  private MongoStoreMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: MongoStoreMain <host> <port> <h2-file>");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    EmbeddedMongoStore store =
        EmbeddedMongoStore.open(Path.of(args[2]), args[0], Integer.parseInt(args[1]));
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("mongo-java-server: closing " + args[2]);
                  store.close();
                  System.out.println("mongo-java-server: closed cleanly");
                  closed.countDown();
                },
                "mongo-store-close"));
    System.out.printf(
        "mongo-java-server (H2 %s) listening on %s (%.1f s)%n",
        args[2], store.connectionString(), (System.nanoTime() - t0) / 1e9);
    closed.await();
  }
}
