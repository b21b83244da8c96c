package vn.dienbien.notification.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import vn.dienbien.testsupport.fuzz.OpenApiFuzzTests;

/**
 * Issue 14's fuzz test of notification-service: every operation of its OpenAPI document with bad
 * inputs; no 5xx, problem+json on every 4xx, no state change on a refused write. Same context as
 * the access matrix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "notification.sms.esms.callback-key=matrix-callback-key")
class FuzzIntegrationTests extends OpenApiFuzzTests {}
