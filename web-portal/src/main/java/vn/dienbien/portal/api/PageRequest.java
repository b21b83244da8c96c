package vn.dienbien.portal.api;

/** Which page a person asked for (0-based, as contract C1), clamped to what the services allow. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;

  public PageRequest {
    page = Math.max(0, page);
    size = Math.min(500, Math.max(1, size));
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }
}
