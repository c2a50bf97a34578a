package kyoso.gateway;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffAdministrationTest {

    @Test
    void adminCreatesAnAccountThatCanSignIn() {
        String username = "tanaka-" + UUID.randomUUID().toString().substring(0, 8);
        Staff.client().header("Authorization", Staff.adminBearer()).contentType("application/json")
                .body(Map.of("username", username, "displayName", "田中 花子", "roles", List.of("plan-editor"),
                        "password", "initial passphrase 1"))
                .when().post("/auth/users")
                .then().statusCode(201)
                .header("Location", endsWith("/auth/users/" + username))
                .body("displayName", equalTo("田中 花子"))
                .body("roles", containsInAnyOrder("plan-editor"));
        Staff.login(new Staff.Account(username, "initial passphrase 1")).then().statusCode(200)
                .body("user.roles", containsInAnyOrder("plan-editor"));
    }

    @Test
    void takenUsernameIsAConflict() {
        var account = Staff.create("plan-editor");
        Staff.client().header("Authorization", Staff.adminBearer()).contentType("application/json")
                .body(Map.of("username", account.username(), "displayName", "x", "roles", List.of(), "password", "long enough password"))
                .when().post("/auth/users")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidAccountsAre400NamingTheFields() {
        String admin = Staff.adminBearer();
        Staff.client().header("Authorization", admin).contentType("application/json")
                .body(Map.of("username", "Bad Name!", "displayName", "", "roles", List.of("plan-editor"), "password", "long enough password"))
                .when().post("/auth/users")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems(org.hamcrest.Matchers.containsString("username"),
                        org.hamcrest.Matchers.containsString("displayName")));
        Staff.client().header("Authorization", admin).contentType("application/json")
                .body(Map.of("username", "valid-name", "displayName", "x", "roles", List.of("superuser"), "password", "long enough password"))
                .when().post("/auth/users")
                .then().statusCode(400).body("errors.field", hasItem("roles"));
        Staff.client().header("Authorization", admin).contentType("application/json")
                .body(Map.of("username", "valid-name2", "displayName", "x", "roles", List.of(), "password", "short"))
                .when().post("/auth/users")
                .then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void adminChangesRolesAndTheNextTokenCarriesThem() {
        var account = Staff.create("plan-editor");
        Staff.client().header("Authorization", Staff.adminBearer()).contentType("application/json")
                .body(Map.of("roles", List.of("meeting-secretary")))
                .when().patch("/auth/users/" + account.username())
                .then().statusCode(200).body("roles", containsInAnyOrder("meeting-secretary"));
        Staff.login(account).then().statusCode(200).body("user.roles", containsInAnyOrder("meeting-secretary"));
        Staff.client().header("Authorization", Staff.adminBearer())
                .when().get("/auth/users/" + account.username() + "/audit")
                .then().statusCode(200)
                .body("action", hasItems("create-user", "change-user"))
                .body("actor", hasItem("admin"));
    }

    @Test
    void disabledAccountCannotSignInOrRefresh() {
        var account = Staff.create("plan-editor");
        String refresh = Staff.login(account).then().statusCode(200).extract().cookie("kyoso_refresh");
        Staff.client().header("Authorization", Staff.adminBearer()).contentType("application/json")
                .body(Map.of("enabled", false))
                .when().patch("/auth/users/" + account.username())
                .then().statusCode(200).body("enabled", equalTo(false));
        Staff.login(account).then().statusCode(401);
        Staff.client().cookie("kyoso_refresh", refresh).when().post("/auth/refresh").then().statusCode(401);
    }

    @Test
    void onlyAdminsManageAccounts() {
        var editor = Staff.create("plan-editor");
        Staff.client().header("Authorization", "Bearer " + Staff.token(editor)).when().get("/auth/users")
                .then().statusCode(403);
        Staff.client().when().get("/auth/users").then().statusCode(401);
        Staff.client().header("Authorization", Staff.adminBearer()).when().get("/auth/users")
                .then().statusCode(200).body("username", hasItems("admin", editor.username()));
    }

    @Test
    void unknownAccountIs404() {
        Staff.client().header("Authorization", Staff.adminBearer()).when().get("/auth/users/no-such-person")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
