package kyoso.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the gateway is told from outside: where the services are and which path prefixes
 * each one owns, where the SPA and the signing keys live, and the limits it enforces.
 */
@ConfigMapping(prefix = "kyoso.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (plan, comment, meeting). */
    Map<String, Upstream> upstreams();

    /** Directory of the built SPA (frontend/dist). */
    @WithName("spa-dir")
    String spaDir();

    /** Directory of the JWT signing keys; the first admin's password file is written beside it. */
    @WithName("keys-dir")
    String keysDir();

    /** The public address of the site (e.g. https://kyoso.city.kanazawa.example), used for absolute links. */
    @WithName("public-url")
    Optional<String> publicUrl();

    Proxy proxy();

    Cache cache();

    Jwt jwt();

    Login login();

    RateLimits rateLimits();

    Limits limits();

    Headers headers();

    OpenApi openapi();

    OpenData opendata();

    interface Upstream {
        /** Base URL of the service, e.g. http://localhost:8081. */
        String url();

        /** Path prefixes the service owns; a request goes to the service owning the longest matching prefix. */
        List<String> prefixes();

        /** Where the service publishes its OpenAPI document (merged into /api/openapi.json). */
        @WithDefault("/q/openapi?format=json")
        String openapi();
    }

    interface Proxy {
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long the gateway waits for a service to start answering before a 504. */
        @WithDefault("30s")
        Duration responseTimeout();

        /** Open connections to one service at most. */
        @WithDefault("64")
        int maxConnections();

        /**
         * Requests waiting for a connection to one service at most; the next one is a 503 with Retry-After
         * at once. Without a bound a surge beyond what a service can take queues in the heap until it is full.
         */
        @WithDefault("1024")
        int maxWaiting();
    }

    /** The shared cache of public API answers (see SharedCache): bounded in memory. */
    interface Cache {
        @WithDefault("true")
        boolean enabled();

        /** All kept bodies together; the heap is sized with this in mind. */
        @WithDefault("32M")
        MemorySize maxSize();

        /** Larger answers are always fetched from the service. */
        @WithDefault("2M")
        MemorySize maxBody();
    }

    interface Jwt {
        @WithDefault("https://kyoso.kanazawa.example/auth")
        String issuer();

        @WithDefault("kyoso-api")
        String audience();

        /** Lifetime of an access token: short, a refresh renews it. */
        @WithDefault("15m")
        Duration accessTokenTtl();

        /** Lifetime of a sign-in session (the refresh cookie). */
        @WithDefault("12h")
        Duration refreshTokenTtl();

        /** A new signing key is made when the current one is older than this. */
        @WithDefault("30d")
        Duration rotateAfter();

        /**
         * A new key is published in the JWKS this long before it signs anything, so services that cache
         * the JWKS already know it when the first token signed by it arrives.
         */
        @WithDefault("70m")
        Duration keyActivationDelay();

        /** Allowed difference between clocks when checking exp/nbf/iat. */
        @WithDefault("30s")
        Duration clockSkew();

        /** Refresh cookie with the Secure flag even if the request did not arrive over https. */
        @WithDefault("false")
        boolean secureCookies();
    }

    interface Login {
        /** Consecutive failed sign-ins of one account before it is locked. */
        @WithDefault("5")
        int maxFailures();

        /** First lock period; each further failure doubles it, up to max-lockout. */
        @WithDefault("1m")
        Duration lockout();

        @WithDefault("1h")
        Duration maxLockout();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** Requests per window and client for everything under /api and /auth. */
        Limit general();

        /** POST /auth/login per client. */
        Limit login();

        /** POST /api/v1/consultations/{id}/submissions per client: sending an opinion. */
        Limit submissions();

        interface Limit {
            int requests();

            Duration window();
        }
    }

    interface Limits {
        /** Largest request body passed to a service (bytes). */
        @WithDefault("1048576")
        long maxBodySize();

        /** Largest body of the gateway's own endpoints: sign-in, staff administration (bytes). */
        @WithDefault("65536")
        long maxOwnBodySize();

        /** Largest opinion submission (bytes). */
        @WithDefault("262144")
        long maxSubmissionSize();
    }

    interface Headers {
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'")
        String contentSecurityPolicy();

        @WithDefault("max-age=31536000; includeSubDomains")
        String strictTransportSecurity();
    }

    interface OpenApi {
        /** How long the merged document is reused before the services are asked again. */
        @WithDefault("60s")
        Duration cacheTtl();
    }

    interface OpenData {
        /** One entry per public collection, keyed by a stable identifier (e.g. plans, measures). */
        Map<String, Dataset> datasets();

        interface Dataset {
            String title();

            @WithName("title-en")
            Optional<String> titleEn();

            String description();

            List<String> keywords();

            /** URL (absolute, or a path on this gateway) of the CSV download. */
            String csv();

            /** URL (absolute, or a path on this gateway) of the JSON download. */
            String json();
        }
    }
}
