package kyoso.comment.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * ETag from the content itself, so any change (also one the clock makes, like opening) changes it.
 * max-age is short because a consultation opens and closes on time without anyone writing.
 */
@Provider
@PublicCache
public class PublicCacheFilter implements ContainerResponseFilter {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final ObjectMapper json;

    PublicCacheFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || response.getEntity() == null
                || response.getEntity() instanceof String) {
            return;
        }
        EntityTag tag = new EntityTag(hash(json.writeValueAsBytes(response.getEntity())));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag.toString());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag.toString()) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
