package vn.dienbien.testsupport.security;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.dienbien.testsupport.IntegrationTestBase;

/**
 * Integration tests with security ON: real broker and store, tokens from {@link TestTokens}.
 * Business tests that still send X-User-Id / X-Unit-Id headers keep using IntegrationTestBase with
 * {@code platform.security.enabled=false}.
 */
@Import(TestJwtConfiguration.class)
@TestPropertySource(
    properties = {"platform.security.enabled=true", "platform.security.policy-required=true"})
public abstract class SecuredIntegrationTestBase extends IntegrationTestBase {}
