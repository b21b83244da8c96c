package vn.dienbien.portal.api;

/** A service did not answer, or failed on its side: the panel that needs it says so. */
public class ServiceDown extends RuntimeException {

  private final Backend backend;

  public ServiceDown(Backend backend, Throwable cause) {
    super(
        backend.label()
            + " đang tạm thời không phản hồi nên chưa hiển thị được phần này. "
            + "Các phần khác của trang vẫn dùng được; vui lòng thử lại sau ít phút.",
        cause);
    this.backend = backend;
  }

  public Backend backend() {
    return backend;
  }
}
