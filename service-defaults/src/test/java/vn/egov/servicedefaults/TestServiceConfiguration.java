package vn.egov.servicedefaults;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;
import vn.egov.testservice.TestService;

/** Points the integration tests of this package at the test service without scanning this package. */
@SpringBootConfiguration
@Import(TestService.class)
class TestServiceConfiguration {}
