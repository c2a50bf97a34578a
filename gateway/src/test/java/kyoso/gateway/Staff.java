package kyoso.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test helpers for signing in. Each call comes from its own made-up client address (the test
 * profile trusts X-Forwarded-For), so per-client rate limits of one test never touch another.
 */
final class Staff {

    record Account(String username, String password) {
    }

    private Staff() {
    }

    static String newClient() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static RequestSpecification client() {
        return given().header("X-Forwarded-For", newClient());
    }

    static Path keysDir() {
        return Path.of(ConfigProvider.getConfig().getValue("kyoso.gateway.keys-dir", String.class));
    }

    static Path initialPasswordFile() {
        return keysDir().toAbsolutePath().getParent().resolve("initial-admin-password");
    }

    static Account admin() {
        try {
            return new Account("admin", Files.readString(initialPasswordFile()).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response login(Account account) {
        return client().contentType("application/json")
                .body(Map.of("username", account.username(), "password", account.password()))
                .when().post("/auth/login");
    }

    static String token(Account account) {
        return login(account).then().statusCode(200).extract().path("accessToken");
    }

    static String adminBearer() {
        return "Bearer " + token(admin());
    }

    /** A new account with a unique name, created by the admin. */
    static Account create(String... roles) {
        Account account = new Account("u" + UUID.randomUUID().toString().substring(0, 12), "correct horse battery " + UUID.randomUUID());
        client().header("Authorization", adminBearer()).contentType("application/json")
                .body(Map.of("username", account.username(), "displayName", "職員 " + account.username(),
                        "roles", List.of(roles), "password", account.password()))
                .when().post("/auth/users")
                .then().statusCode(201);
        return account;
    }
}
