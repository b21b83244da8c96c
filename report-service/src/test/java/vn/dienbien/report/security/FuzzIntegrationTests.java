package vn.dienbien.report.security;

import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dienbien.testsupport.fuzz.OpenApiFuzzTests;

/**
 * Issue 14's fuzz test of report-service: every operation of its OpenAPI document with bad inputs;
 * no 5xx, problem+json on every 4xx, no state change on a refused write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FuzzIntegrationTests extends OpenApiFuzzTests {

  /**
   * The outbox's markers moved from {@code outbox_pending} to the due index {@code outbox_markers},
   * whose emptied pages the relay drops once settled (two minutes after the earlier tests' writes
   * in this context), with no request: relay bookkeeping, like the markers the default list names.
   */
  @Override
  protected Set<String> volatileCollections() {
    Set<String> names = new HashSet<>(super.volatileCollections());
    names.add("outbox_markers");
    return names;
  }
}
