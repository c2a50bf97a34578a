package kyoso.gateway.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import kyoso.gateway.config.GatewayConfig;

/**
 * The open-data catalog in DCAT (JSON-LD), as CKAN's DCAT harvester reads it: one dataset per
 * public collection with CSV and JSON distributions, and the API as a DataService described by
 * the merged OpenAPI document. Publisher: 金沢市 (local-government code 172014), licence CC BY 4.0.
 */
public final class OpenDataCatalog {

    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String LOCAL_GOVERNMENT_CODE = "172014";
    private static final String CITY = "https://www4.city.kanazawa.lg.jp/";

    private final ObjectMapper json;

    public OpenDataCatalog(ObjectMapper json) {
        this.json = json;
    }

    /** @param base the site's public address, e.g. https://kyoso.city.kanazawa.example */
    public ObjectNode build(URI base, Map<String, GatewayConfig.OpenData.Dataset> datasets) {
        String root = base.toString().replaceAll("/+$", "");
        ObjectNode catalog = json.createObjectNode();
        ObjectNode context = catalog.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        catalog.put("@id", root + "/opendata/catalog.jsonld");
        catalog.put("@type", "dcat:Catalog");
        catalog.set("dct:title", texts("金沢市 共創プラットフォーム オープンデータ", "Kanazawa City Kyoso open data"));
        catalog.set("dct:description", texts(
                "金沢市DXアクションプラン、パブリックコメント、DX推進体制の会議記録のオープンデータ。",
                "Open data of Kanazawa City's DX Action Plan, public comments and DX council records."));
        catalog.set("dct:publisher", publisher());
        catalog.set("dct:license", id(LICENSE));
        catalog.set("dct:language", id("http://id.loc.gov/vocabulary/iso639-1/ja"));
        catalog.set("foaf:homepage", id(root + "/"));

        ArrayNode list = catalog.putArray("dcat:dataset");
        ArrayNode served = json.createArrayNode();
        new TreeMap<>(datasets).forEach((key, dataset) -> {
            String datasetId = root + "/opendata/datasets/" + key;
            served.add(id(datasetId));
            ObjectNode node = list.addObject();
            node.put("@id", datasetId);
            node.put("@type", "dcat:Dataset");
            node.put("dct:identifier", "kanazawa-" + LOCAL_GOVERNMENT_CODE + "-kyoso-" + key);
            node.set("dct:title", texts(dataset.title(), dataset.titleEn().orElse(null)));
            node.set("dct:description", texts(dataset.description(), null));
            ArrayNode keywords = node.putArray("dcat:keyword");
            dataset.keywords().forEach(k -> keywords.addObject().put("@value", k).put("@language", "ja"));
            node.set("dct:publisher", publisher());
            node.set("dct:license", id(LICENSE));
            node.set("dct:spatial", texts("石川県金沢市", "Kanazawa, Ishikawa"));
            node.set("dcat:contactPoint", json.createObjectNode().put("@type", "vcard:Organization")
                    .put("vcard:fn", "金沢市"));
            ArrayNode distributions = node.putArray("dcat:distribution");
            distributions.add(distribution(datasetId + "#csv", "CSV", "text/csv", absolute(root, dataset.csv())));
            distributions.add(distribution(datasetId + "#json", "JSON", "application/json", absolute(root, dataset.json())));
        });

        ObjectNode service = catalog.putArray("dcat:service").addObject();
        service.put("@id", root + "/api/v1");
        service.put("@type", "dcat:DataService");
        service.set("dct:title", texts("共創 公開API", "Kyoso public API"));
        service.set("dcat:endpointURL", id(root + "/api/v1"));
        service.set("dcat:endpointDescription", id(root + "/api/openapi.json"));
        service.set("dct:conformsTo", id("https://spec.openapis.org/oas/v3.1.0"));
        service.set("dct:publisher", publisher());
        service.set("dct:license", id(LICENSE));
        service.set("dcat:servesDataset", served);
        return catalog;
    }

    private ObjectNode distribution(String distributionId, String format, String mediaType, String url) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", distributionId);
        node.put("@type", "dcat:Distribution");
        node.set("dct:title", texts(format, null));
        node.put("dct:format", format);
        node.put("dcat:mediaType", mediaType);
        node.set("dcat:accessURL", id(url));
        node.set("dcat:downloadURL", id(url));
        node.set("dct:license", id(LICENSE));
        return node;
    }

    private ObjectNode publisher() {
        ObjectNode node = json.createObjectNode();
        node.put("@id", CITY);
        node.put("@type", "foaf:Organization");
        node.set("foaf:name", texts("金沢市", "Kanazawa City"));
        node.put("dct:identifier", LOCAL_GOVERNMENT_CODE);
        node.set("foaf:homepage", id(CITY));
        return node;
    }

    private ArrayNode texts(String ja, String en) {
        ArrayNode values = json.createArrayNode();
        values.addObject().put("@value", ja).put("@language", "ja");
        if (en != null) {
            values.addObject().put("@value", en).put("@language", "en");
        }
        return values;
    }

    private ObjectNode id(String iri) {
        return json.createObjectNode().put("@id", iri);
    }

    private static String absolute(String root, String url) {
        return url.startsWith("http://") || url.startsWith("https://") ? url : root + (url.startsWith("/") ? url : "/" + url);
    }
}
