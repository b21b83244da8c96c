package vn.dienbien.report.security;

import org.springframework.boot.test.context.SpringBootTest;
import vn.dienbien.testsupport.fuzz.OpenApiFuzzTests;

/**
 * Issue 14's fuzz test of report-service: every operation of its OpenAPI document with bad inputs;
 * no 5xx, problem+json on every 4xx, no state change on a refused write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FuzzIntegrationTests extends OpenApiFuzzTests {}
