package vn.dienbien.localstack.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks, before anything starts, that every port the stack needs is free on 127.0.0.1. */
public final class Ports {

  private Ports() {}

  /** Returns a description of each busy port ("27017 (MongoDB)"), empty when all are free. */
  public static List<String> busy(Map<Integer, String> ports) {
    List<String> busy = new ArrayList<>();
    ports.forEach((port, what) -> {
      if (!isFree(port)) {
        busy.add(port + " (" + what + ")");
      }
    });
    return busy;
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(
          true); // like the servers themselves: TIME_WAIT leftovers do not count as busy
      socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
