package vn.dienbien.systemtests.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: signs in to a running portal in headless Chromium and saves a screenshot of a page
 * (the README's picture).
 *
 * <pre>java -cp … PortalScreenshot http://127.0.0.1:8080 officer.muongnhe /don-vi docs/portal.png
 * </pre>
 */
public final class PortalScreenshot {

  private PortalScreenshot() {}

  public static void main(String[] args) throws Exception {
    String portal = args[0];
    try (Browser browser = Browser.desktop()) {
      browser.open(portal + args[2]);
      browser.signIn(args[1], "demo-2026");
      browser.waitFor("main h1");
      // Charts animate in: shoot once none is still animating (Chart.js's animator says so).
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(driver ->
              Boolean.TRUE.equals(
                  browser.script(
                      "return typeof Chart === 'undefined' || !Chart.animator"
                          + " || Object.values(Chart.instances)"
                          + ".every(c => !Chart.animator.running(c));")));
      Files.write(Path.of(args[3]), browser.screenshot());
    }
  }
}
