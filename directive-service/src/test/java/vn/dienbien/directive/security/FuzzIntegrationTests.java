package vn.dienbien.directive.security;

import org.springframework.boot.test.context.SpringBootTest;
import vn.dienbien.testsupport.fuzz.OpenApiFuzzTests;

/**
 * Issue 14's fuzz test of directive-service: every operation of its OpenAPI document with bad
 * inputs; no 5xx, problem+json on every 4xx, no state change on a refused write. Same context as
 * the access matrix (seeded units and directives).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "directive.seed.enabled=true")
class FuzzIntegrationTests extends OpenApiFuzzTests {}
