package kyoso.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kyoso.kit.testing.ServiceTestResource;

/**
 * Every test in this module runs against its own PostgreSQL database, kyoso_gateway_test, and
 * against stub services that stand in for plan-, comment- and meeting-service.
 */
@QuarkusTestResource(value = ServiceTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "kyoso_gateway_test"))
@QuarkusTestResource(UpstreamStubs.class)
public class TestResources {
}
