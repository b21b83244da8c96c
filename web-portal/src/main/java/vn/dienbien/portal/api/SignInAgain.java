package vn.dienbien.portal.api;

/** The person's token is gone or refused: they sign in again and come back to the same page. */
public class SignInAgain extends RuntimeException {

  public SignInAgain(String reason, Throwable cause) {
    super(reason, cause);
  }
}
