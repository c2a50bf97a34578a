package kyoso.comment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kyoso.kit.testing.ServiceTestResource;

/** Every test in this module runs against its own PostgreSQL database, kyoso_comment_test. */
@QuarkusTestResource(value = ServiceTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "kyoso_comment_test"))
public class TestResources {
}
