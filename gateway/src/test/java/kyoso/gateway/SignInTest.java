package kyoso.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    @Test
    void firstAdminPasswordIsInAnOwnerOnlyFile() throws Exception {
        var file = Staff.initialPasswordFile();
        assertTrue(Files.exists(file), "the first start writes " + file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Staff.admin().password().length() >= 20);
    }

    @Test
    void signInGivesAnAccessTokenAndAStrictRefreshCookie() throws Exception {
        Response response = Staff.login(Staff.admin());
        response.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("user.username", equalTo("admin"))
                .body("user.roles", hasItem("admin"));
        String cookie = response.header("Set-Cookie");
        assertTrue(cookie.startsWith("kyoso_refresh="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/auth"), cookie);
        assertTrue(!cookie.contains("Secure"), "no Secure flag over plain http: " + cookie);

        String[] parts = response.path("accessToken").toString().split("\\.");
        Map<String, Object> header = JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(parts[0])));
        Map<String, Object> claims = JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(parts[1])));
        assertEquals("RS256", header.get("alg"));
        assertEquals("https://kyoso.kanazawa.example/auth", claims.get("iss"));
        assertEquals("kyoso-api", claims.get("aud") instanceof List<?> l ? l.get(0) : claims.get("aud"));
        assertEquals("Bearer", claims.get("typ"));
        assertEquals(List.of("admin"), claims.get("groups"));
        assertEquals(900L, ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue());
        given().when().get("/auth/jwks.json").then().body("keys.kid", hasItem(header.get("kid")));
    }

    @Test
    void refreshCookieIsSecureUnderHttps() {
        String cookie = Staff.client().header("X-Forwarded-Proto", "https").contentType("application/json")
                .body(Map.of("username", "admin", "password", Staff.admin().password()))
                .when().post("/auth/login").then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(cookie.contains("; Secure"), cookie);
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerTheSame() {
        var account = Staff.create("plan-editor");
        String wrong = Staff.login(new Staff.Account(account.username(), "not the password!!"))
                .then().statusCode(401).contentType("application/problem+json")
                .body("title", notNullValue()).extract().path("detail");
        String unknown = Staff.login(new Staff.Account("nobody-here", "not the password!!"))
                .then().statusCode(401).contentType("application/problem+json").extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void missingFieldsAre400NamingThem() {
        Staff.client().contentType("application/json").body(Map.of("username", "admin"))
                .when().post("/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("password")));
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdminResetsIt() {
        var account = Staff.create("comment-moderator");
        var wrong = new Staff.Account(account.username(), "guessing wrong again");
        for (int i = 0; i < 5; i++) {
            Staff.login(wrong).then().statusCode(401);
        }
        // Locked: even the right password is refused for now.
        Staff.login(account).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        Staff.client().header("Authorization", Staff.adminBearer()).contentType("application/json")
                .body(Map.of("password", "a brand new passphrase"))
                .when().put("/auth/users/" + account.username() + "/password")
                .then().statusCode(204);
        Staff.login(new Staff.Account(account.username(), "a brand new passphrase")).then().statusCode(200);
    }

    @Test
    void refreshTokensAreSingleUseAndAReplayEndsTheSession() {
        var account = Staff.create("meeting-secretary");
        String first = Staff.login(account).then().statusCode(200).extract().cookie("kyoso_refresh");
        Response renewed = Staff.client().cookie("kyoso_refresh", first).when().post("/auth/refresh");
        renewed.then().statusCode(200).body("accessToken", notNullValue()).body("user.roles", hasItem("meeting-secretary"));
        String second = renewed.cookie("kyoso_refresh");
        assertNotEquals(first, second);
        // The first token again: someone copied it. The whole session ends, the second token too.
        Staff.client().cookie("kyoso_refresh", first).when().post("/auth/refresh").then().statusCode(401);
        Staff.client().cookie("kyoso_refresh", second).when().post("/auth/refresh").then().statusCode(401);
    }

    @Test
    void logoutEndsTheSessionAndClearsTheCookie() {
        var account = Staff.create("plan-editor");
        String refresh = Staff.login(account).then().statusCode(200).extract().cookie("kyoso_refresh");
        Staff.client().cookie("kyoso_refresh", refresh).when().post("/auth/logout")
                .then().statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
        Staff.client().cookie("kyoso_refresh", refresh).when().post("/auth/refresh").then().statusCode(401);
        Staff.client().when().post("/auth/refresh").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void meShowsTheSignedInStaffMember() {
        var account = Staff.create("plan-editor", "comment-moderator");
        Staff.client().header("Authorization", "Bearer " + Staff.token(account)).when().get("/auth/me")
                .then().statusCode(200)
                .body("username", equalTo(account.username()))
                .body("roles", hasItem("comment-moderator"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        Staff.client().when().get("/auth/me").then().statusCode(401);
    }

    @Test
    void staffChangeTheirOwnPassword() {
        var account = Staff.create("plan-editor");
        String bearer = "Bearer " + Staff.token(account);
        Staff.client().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("currentPassword", "wrong", "newPassword", "another long passphrase"))
                .when().post("/auth/password")
                .then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        Staff.client().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("currentPassword", account.password(), "newPassword", "short"))
                .when().post("/auth/password")
                .then().statusCode(400).body("errors.field", hasItem("newPassword"));
        Staff.client().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("currentPassword", account.password(), "newPassword", "another long passphrase"))
                .when().post("/auth/password")
                .then().statusCode(204);
        Staff.login(account).then().statusCode(401);
        Staff.login(new Staff.Account(account.username(), "another long passphrase")).then().statusCode(200);
    }
}
