package kyoso.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocsAndOpenDataTest {

    @Test
    void mergedDocumentListsTheOperationsOfEveryService() {
        given().when().get("/api/openapi.json")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("ETag", notNullValue())
                .body("paths", hasKey("/api/v1/plans"))
                .body("paths", hasKey("/api/v1/consultations"))
                .body("paths", hasKey("/api/v1/meetings"))
                .body("paths", hasKey("/auth/login"))
                .body("paths", hasKey("/opendata/catalog.jsonld"))
                .body("paths.'/api/v1/plans'.get.'x-kyoso-service'", equalTo("plan"))
                .body("paths.'/api/v1/plans'.get.summary", notNullValue())
                .body("paths.'/api/v1/plans'.get.responses", hasKey("404"))
                .body("info.'x-kyoso-unavailable'", hasItem("down"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", hasKey("staff"));
    }

    @Test
    void sameNamedSchemasOfDifferentServicesAreKeptApart() {
        JsonPath doc = given().when().get("/api/openapi.json").then().statusCode(200).extract().jsonPath();
        for (var entry : Map.of("/api/v1/plans", "planField", "/api/v1/consultations", "commentField",
                "/api/v1/meetings", "meetingField").entrySet()) {
            String ref = doc.getString("paths.'" + entry.getKey() + "'.get.responses.'200'.content.'application/json'.schema.'$ref'");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            assertNotNull(doc.get("components.schemas." + name + ".properties." + entry.getValue()),
                    entry.getKey() + " must point at its own service's schema, got " + name);
        }
    }

    @Test
    void everyOperationOfTheMergedDocumentHasASummary() {
        JsonPath doc = given().when().get("/api/openapi.json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op) {
                assertNotNull(op.get("summary"), method + " " + path + " has no summary");
            }
        }));
    }

    @Test
    void unchangedDocumentAnswers304() {
        String etag = given().when().get("/api/openapi.json").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/openapi.json").then().statusCode(304);
    }

    @Test
    void docsPageIsServedFromHereWithoutInlineScripts() {
        String page = given().accept("text/html").when().get("/api/docs")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/api/docs/swagger-ui-bundle.js"))
                .body(not(containsString("https://")))
                .extract().asString();
        assertEquals(-1, page.indexOf("<script>"), "no inline script: the CSP forbids it");
        given().when().get("/api/docs/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(containsString("javascript"));
        given().when().get("/api/docs/start.js").then().statusCode(200).body(containsString("/api/openapi.json"));
        given().when().get("/api/docs/secret.txt").then().statusCode(404);
    }

    @Test
    void openDataCatalogIsDcatWithOneDatasetPerCollection() {
        given().when().get("/opendata/catalog.jsonld")
                .then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .header("ETag", notNullValue())
                .body("'@type'", equalTo("dcat:Catalog"))
                .body("'@context'.dcat", equalTo("http://www.w3.org/ns/dcat#"))
                .body("'dct:publisher'.'foaf:name'.'@value'", hasItem("金沢市"))
                .body("'dct:publisher'.'dct:identifier'", equalTo("172014"))
                .body("'dct:license'.'@id'", equalTo("https://creativecommons.org/licenses/by/4.0/"))
                .body("'dcat:dataset'.'@type'", everyItem(equalTo("dcat:Dataset")))
                .body("'dcat:dataset'.'dct:identifier'", hasItems("kanazawa-172014-kyoso-plans",
                        "kanazawa-172014-kyoso-consultations", "kanazawa-172014-kyoso-meetings"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'kanazawa-172014-kyoso-plans' }.'dcat:distribution'.'dct:format'",
                        hasItems("CSV", "JSON"))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'kanazawa-172014-kyoso-plans' }.'dcat:distribution'.'dcat:downloadURL'.'@id'",
                        everyItem(containsString("/api/v1/plans")))
                .body("'dcat:service'[0].'@type'", equalTo("dcat:DataService"))
                .body("'dcat:service'[0].'dcat:endpointDescription'.'@id'", containsString("/api/openapi.json"));
    }

    @Test
    void openDataIsReadableFromOtherSites() {
        given().header("Origin", "https://ckan.example").when().get("/opendata/catalog.jsonld")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
    }
}
