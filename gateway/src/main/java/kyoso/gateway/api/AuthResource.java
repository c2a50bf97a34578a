package kyoso.gateway.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import kyoso.gateway.api.AuthDtos.Credentials;
import kyoso.gateway.api.AuthDtos.KeyRotated;
import kyoso.gateway.api.AuthDtos.PasswordChange;
import kyoso.gateway.api.AuthDtos.StaffView;
import kyoso.gateway.api.AuthDtos.TokenResponse;
import kyoso.gateway.config.GatewayConfig;
import kyoso.gateway.domain.KeyRing;
import kyoso.gateway.domain.SignIn;
import kyoso.gateway.domain.StaffAdministration;
import kyoso.gateway.domain.StaffAdministration.Actor;
import kyoso.kit.http.RequestIds;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Staff sign-in, access tokens and the keys that verify them")
public class AuthResource {

    static final String REFRESH_COOKIE = "kyoso_refresh";

    private final SignIn signIn;
    private final StaffAdministration administration;
    private final KeyRing keys;
    private final GatewayConfig config;
    private final JsonWebToken jwt;

    AuthResource(SignIn signIn, StaffAdministration administration, KeyRing keys, GatewayConfig config, JsonWebToken jwt) {
        this.signIn = signIn;
        this.administration = administration;
        this.keys = keys;
        this.config = config;
        this.jwt = jwt;
    }

    @POST
    @Path("/login")
    @Operation(summary = "Sign in with username and password",
            description = "Returns a short-lived access token and sets the HttpOnly refresh cookie (Path=/auth). "
                    + "After repeated failures the account is locked for a while (429 with Retry-After).")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Username or password missing")
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many attempts: account locked or client rate-limited")
    public Response login(@Valid @NotNull Credentials credentials, @Context UriInfo uri) {
        SignIn.Session session = signIn.login(credentials.username(), credentials.password());
        return signedIn(session, uri);
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Renew the access token with the refresh cookie",
            description = "The refresh token is single-use: the answer sets the next one. A token used twice ends the session.")
    @APIResponse(responseCode = "200", description = "A new access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid sign-in session")
    public Response refresh(@CookieParam(REFRESH_COOKIE) String refreshToken, @Context UriInfo uri) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new ProblemException(401, "session-ended", "サインインし直してください (Session ended)",
                    "サインインしていません。 / There is no sign-in session.");
        }
        return signedIn(signIn.refresh(refreshToken), uri);
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out: ends the session of the refresh cookie and clears it")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@CookieParam(REFRESH_COOKIE) String refreshToken, @Context UriInfo uri) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            signIn.logout(refreshToken);
        }
        return Response.noContent().header("Set-Cookie", cookie("", 0, uri)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The signed-in staff member")
    @APIResponse(responseCode = "200", description = "The account, with its roles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "401", description = "No valid access token")
    public StaffView me() {
        return administration.find(jwt.getName()).map(StaffView::of)
                .orElseThrow(() -> ProblemException.notFound("user", jwt.getName()));
    }

    @POST
    @Path("/password")
    @Authenticated
    @Operation(summary = "Change one's own password")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Current password wrong, or the new one too short or too long")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public Response changePassword(@Valid @NotNull PasswordChange change,
                                   @HeaderParam(RequestIds.HEADER) String requestId) {
        administration.changeOwnPassword(new Actor(jwt.getName(), requestId), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/keys/rotate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Make a new token signing key",
            description = "Published in the JWKS at once; it signs after the activation delay. Older keys stay published "
                    + "until the tokens they signed have expired.")
    @APIResponse(responseCode = "201", description = "The new key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyRotated.class)))
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response rotateKey(@HeaderParam(RequestIds.HEADER) String requestId) {
        var key = keys.rotate();
        administration.recordKeyRotation(new Actor(jwt.getName(), requestId), key.kid());
        return Response.status(201)
                .entity(new KeyRotated(key.kid(), key.created().plus(config.jwt().keyActivationDelay())))
                .build();
    }

    private Response signedIn(SignIn.Session session, UriInfo uri) {
        Instant now = Instant.now();
        long maxAge = Math.max(0, session.refreshExpiresAt().getEpochSecond() - now.getEpochSecond());
        return Response.ok(TokenResponse.of(session))
                .header("Set-Cookie", cookie(session.refreshToken(), maxAge, uri))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The refresh cookie: never readable by scripts, sent only to /auth, never cross-site. */
    private String cookie(String value, long maxAge, UriInfo uri) {
        boolean secure = config.jwt().secureCookies() || "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        return REFRESH_COOKIE + "=" + value + "; Path=/auth; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}
