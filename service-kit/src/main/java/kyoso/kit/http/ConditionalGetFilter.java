package kyoso.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Every public GET under /api answers with an ETag and Cache-Control, and with 304 when the
 * caller already holds the same representation (If-None-Match). Civic-tech harvesters and the
 * SPA re-read the same plan and meeting data over and over; a 304 saves them the body and us the
 * bandwidth. The tag is a hash of the exact bytes sent, so it changes whenever the data does —
 * no resource has to remember to bump a version.
 *
 * <p>The body is serialized once here and handed on as bytes, so the work is not done twice.
 * A resource that sets its own ETag or Cache-Control (e.g. a private receipt lookup) keeps it.
 */
@Provider
public class ConditionalGetFilter implements ContainerResponseFilter {

    /**
     * Browsers revalidate every time (max-age=0: a 304 is cheap). A shared cache — the gateway's —
     * may answer for one second without asking: a burst of readers costs the service one answer a
     * second, and what the clock changes (a consultation opening on time) shows a second late at most.
     */
    public static final String PUBLIC = "public, max-age=0, s-maxage=1";

    @Inject
    ObjectMapper mapper;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || response.getHeaders().containsKey(HttpHeaders.ETAG)
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        byte[] body = bytesOf(response.getEntity(), response.getMediaType());
        if (body == null) {
            return;
        }
        String etag = "W/\"" + digest(body) + "\"";
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        // Staff see drafts with their token: such answers must never sit in a shared cache.
        boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, personal ? "private, no-cache" : PUBLIC);
        }
        if (!headers.containsKey(HttpHeaders.VARY)) {
            headers.putSingle(HttpHeaders.VARY, "Accept, Accept-Language, Authorization");
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }

    private byte[] bytesOf(Object entity, MediaType type) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof StreamingOutput || entity instanceof InputStream || type == null
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            // Let the normal writer produce (and report) the error.
            return null;
        }
    }

    /** If-None-Match may list several tags or be "*"; weak comparison as RFC 9110 prescribes for GET. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** A tag without its weakness mark: weak comparison ignores it on either side. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
