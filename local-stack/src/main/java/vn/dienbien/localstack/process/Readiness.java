package vn.dienbien.localstack.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling helpers used while components start. */
public final class Readiness {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Readiness() {}

  /** Thrown when a component does not become ready in time or its process exits. */
  public static final class NotReadyException extends RuntimeException {
    public NotReadyException(String message) {
      super(message);
    }
  }

  /** Polls {@code check} every 100 ms until it is true; fails fast when {@code process} dies. */
  public static void await(
      String what, ManagedProcess process, Duration timeout, BooleanSupplier check) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (check.getAsBoolean()) {
        return;
      }
      if (process != null && !process.isAlive()) {
        throw new NotReadyException(
            what
                + " exited with code "
                + process.exitCode()
                + " before it was ready; last lines of "
                + process.logFile()
                + ":\n"
                + process.tail(30));
      }
      if (System.nanoTime() > deadline) {
        throw new NotReadyException(
            what
                + " was not ready after "
                + timeout.toSeconds()
                + " s"
                + (process == null
                    ? ""
                    : "; last lines of " + process.logFile() + ":\n" + process.tail(30)));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NotReadyException(what + ": interrupted");
      }
    }
  }

  public static boolean acceptsConnections(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public static boolean answers200(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
