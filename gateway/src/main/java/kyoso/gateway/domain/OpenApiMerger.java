package kyoso.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one. Paths are disjoint by construction (each
 * service owns its prefixes). Components with the same name and the same content are shared
 * (e.g. the problem+json schema of service-kit); same name with different content is renamed
 * with the service's name in front, and that service's $refs are rewritten to match.
 */
public final class OpenApiMerger {

    private static final String[] COMPONENT_KINDS = {"schemas", "responses", "parameters", "requestBodies",
            "headers", "securitySchemes", "examples"};

    /** One service's document. */
    public record Source(String service, JsonNode document) {
    }

    private final ObjectMapper json;

    public OpenApiMerger(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode merge(List<Source> sources, List<String> unavailable) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "Kyoso API (金沢市 共創プラットフォーム)");
        info.put("version", "1");
        info.put("description", "金沢市DXアクションプラン、パブリックコメント、DX推進体制の会議記録の公開API。"
                + "公開データの取得と意見の送信にトークンは不要です。職員の操作には /auth/login で得たアクセストークンが必要です。\n\n"
                + "Public API of Kanazawa City's DX Action Plan, public comment and DX council records. "
                + "Reading public data and sending an opinion need no token; staff operations need an access token from /auth/login.");
        info.putObject("license").put("name", "CC BY 4.0").put("url", "https://creativecommons.org/licenses/by/4.0/");
        if (!unavailable.isEmpty()) {
            ArrayNode missing = info.putArray("x-kyoso-unavailable");
            unavailable.forEach(missing::add);
        }
        merged.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");

        for (Source source : sources) {
            JsonNode document = source.document().deepCopy();
            Map<String, String> renames = new HashMap<>();
            JsonNode sourceComponents = document.path("components");
            for (String kind : COMPONENT_KINDS) {
                JsonNode entries = sourceComponents.path(kind);
                if (!entries.isObject()) {
                    continue;
                }
                ObjectNode target = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
                entries.fields().forEachRemaining(entry -> {
                    String name = entry.getKey();
                    JsonNode existing = target.get(name);
                    if (existing == null || existing.equals(entry.getValue())) {
                        return;
                    }
                    String renamed = prefixed(source.service(), name, target);
                    renames.put("#/components/" + kind + "/" + name, "#/components/" + kind + "/" + renamed);
                });
            }
            rewriteRefs(document, renames);
            for (String kind : COMPONENT_KINDS) {
                JsonNode entries = document.path("components").path(kind);
                if (!entries.isObject()) {
                    continue;
                }
                ObjectNode target = (ObjectNode) components.get(kind);
                entries.fields().forEachRemaining(entry -> {
                    String prefix = "#/components/" + kind + "/";
                    String name = renames.getOrDefault(prefix + entry.getKey(), prefix + entry.getKey())
                            .substring(prefix.length());
                    JsonNode existing = target.get(name);
                    if (existing == null || existing.isNull()) {
                        target.set(name, entry.getValue());
                    }
                });
            }
            document.path("paths").fields().forEachRemaining(entry -> {
                if (paths.has(entry.getKey())) {
                    return;
                }
                JsonNode item = entry.getValue();
                item.fields().forEachRemaining(operation -> {
                    if (operation.getValue().isObject()) {
                        ((ObjectNode) operation.getValue()).put("x-kyoso-service", source.service());
                    }
                });
                paths.set(entry.getKey(), item);
            });
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
        }
        ObjectNode schemes = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        if (!schemes.has("staff")) {
            schemes.putObject("staff").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                    .put("description", "Access token from POST /auth/login (RS256, roles in 'groups').");
        }
        return merged;
    }

    private static String prefixed(String service, String name, ObjectNode taken) {
        String base = service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1) + name;
        String candidate = base;
        for (int i = 2; taken.has(candidate); i++) {
            candidate = base + i;
        }
        // Reserve the name so two renamed components of one service cannot collide.
        taken.putNull(candidate);
        return candidate;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }
}
