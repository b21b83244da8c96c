package vn.dienbien.modelregistry.model;

import java.util.List;
import vn.dienbien.platform.refusal.Refusal;

/** Someone else changed the aggregate since it was read: a conflict the caller may retry. */
public class ConcurrentChange extends Refusal {

  public ConcurrentChange(String detail) {
    super(Kind.CONFLICT, "concurrent-change", detail, List.of());
  }
}
