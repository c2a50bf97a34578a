package kyoso.meeting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import kyoso.kit.paging.Page;
import kyoso.kit.security.Roles;
import kyoso.meeting.domain.ChangeLog;
import kyoso.meeting.domain.ChangeRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change history of this service's records. Under /meetings so the gateway routes it here. */
@Path("/api/v1/meetings/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class ChangeResource {

    private final ChangeLog changes;

    ChangeResource(ChangeLog changes) {
        this.changes = changes;
    }

    @Schema(name = "Change", description = "One staff mutation: who, when, what")
    public record ChangeView(long id, OffsetDateTime at, String actor, String action, String entityType, long entityId,
                             String summary) {
        static ChangeView of(ChangeRecord c) {
            return new ChangeView(c.id, c.at, c.actor, c.action, c.entityType, c.entityId, c.summary);
        }
    }

    @GET
    @RolesAllowed(Roles.MEETING_SECRETARY)
    @Operation(summary = "Change history (meeting-secretary)", description = "Newest first. entityType: meeting, person, post, membership, advisor-appointment, leader-cohort, project-team, project-issue.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    @APIResponse(responseCode = "400", description = "Bad page or size")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a meeting secretary")
    public Page<ChangeView> list(@Parameter(description = "e.g. meeting") @QueryParam("entityType") String entityType,
                                 @QueryParam("entityId") Long entityId,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        Page.check(page, size);
        return changes.history(entityType, entityId, page, size).map(ChangeView::of);
    }
}
