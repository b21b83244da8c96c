package vn.dienbien.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Forwards a fixed local port to a target port. Lets a test start a client against an address where
 * nothing listens yet (an outage) and make it reachable later, because the embedded broker cannot
 * be pinned to a port chosen in advance.
 */
public final class TcpForwarder implements AutoCloseable {

  private final ServerSocket server;

  private TcpForwarder(ServerSocket server, int targetPort) {
    this.server = server;
    Thread.ofVirtual().start(() -> acceptLoop(targetPort));
  }

  /** A port that is free now; nothing listens on it until {@link #open}. */
  public static int reservePort() {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts listening on {@code port} and forwarding every connection to {@code targetPort}. */
  public static TcpForwarder open(int port, int targetPort) {
    try {
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress("127.0.0.1", port));
      return new TcpForwarder(server, targetPort);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + port, e);
    }
  }

  private void acceptLoop(int targetPort) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket target = new Socket("127.0.0.1", targetPort);
        Thread.ofVirtual().start(() -> pump(client, target));
        Thread.ofVirtual().start(() -> pump(target, client));
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException ignored) {
      // one side closed: close both below
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
