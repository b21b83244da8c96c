package vn.dienbien.modelregistry.violation;

import java.util.List;

/** Someone else changed the aggregate since it was read: a conflict the caller may retry. */
public class ConcurrentChange extends Violation {

  public ConcurrentChange(String detail) {
    super(Kind.CONFLICT, "concurrent-change", detail, List.of());
  }
}
