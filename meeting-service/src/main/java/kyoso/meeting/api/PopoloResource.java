package kyoso.meeting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import kyoso.meeting.domain.BodyService.PopoloData;
import kyoso.meeting.domain.BodyService;
import kyoso.meeting.domain.Meeting;
import kyoso.meeting.domain.Membership;
import kyoso.meeting.domain.Organization;
import kyoso.meeting.domain.Person;
import kyoso.meeting.domain.Post;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole record of bodies, people, posts, memberships and meetings in Popolo's JSON shape
 * (https://www.popoloproject.com/specs/), for civic-tech tools that already read Popolo.
 * Ids are "type/number" so they stay unique across the collections of one document.
 */
@Path("/api/v1/organizations/popolo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class PopoloResource {

    private final BodyService bodies;

    PopoloResource(BodyService bodies) {
        this.bodies = bodies;
    }

    @Schema(name = "PopoloIdentifier")
    public record Identifier(String scheme, String identifier) {
    }

    @Schema(name = "PopoloOtherName")
    public record OtherName(String name, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloOrganization")
    public record POrganization(String id, String name, List<OtherName> other_names, String classification,
                                String parent_id, String description, List<Identifier> identifiers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloPerson", description = "sort_name holds the kana reading (五十音順)")
    public record PPerson(String id, String name, String family_name, String given_name, String sort_name,
                          List<OtherName> other_names, List<Identifier> identifiers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloPost", description = "ex_officio (extension): the office whose holder fills the post")
    public record PPost(String id, String label, String role, String organization_id, String ex_officio, Integer seats) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloMembership", description = "label: 所属団体・役職等 as the roster lists it")
    public record PMembership(String id, String person_id, String organization_id, String post_id, String role,
                              String label, LocalDate start_date, LocalDate end_date) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PopoloEvent", description = "start_date is the held date, else the planned date (a month-only plan has none)")
    public record PEvent(String id, String name, String description, String classification, String status,
                         LocalDate start_date, String organization_id) {
    }

    @Schema(name = "Popolo", description = "A Popolo export document")
    public record Document(List<POrganization> organizations, List<PPerson> persons, List<PPost> posts,
                           List<PMembership> memberships, List<PEvent> events) {
    }

    @GET
    @Operation(summary = "Everything as one Popolo JSON document", description = "organizations, persons, posts, memberships and events (meetings).")
    @APIResponse(responseCode = "200", description = "The Popolo document")
    public Document export() {
        PopoloData data = bodies.popolo();
        return new Document(
                data.organizations().stream().map(PopoloResource::organization).toList(),
                data.people().stream().map(PopoloResource::person).toList(),
                data.posts().stream().map(p -> new PPost("post/" + p.id, label(p), p.role, "organization/" + p.organization.id,
                        p.exOfficio, p.seats)).toList(),
                data.memberships().stream().map(PopoloResource::membership).toList(),
                data.meetings().stream().map(PopoloResource::event).toList());
    }

    private static POrganization organization(Organization o) {
        return new POrganization("organization/" + o.id, o.name,
                o.nameEn == null ? null : List.of(new OtherName(o.nameEn, "en")), o.classification,
                o.parent == null ? null : "organization/" + o.parent.id, o.description, List.of(new Identifier("kyoso", o.key)));
    }

    private static PPerson person(Person p) {
        return new PPerson("person/" + p.id, p.name, p.familyName, p.givenName, p.nameReading,
                List.of(new OtherName(p.nameReading, "よみがな")), List.of(new Identifier("kyoso", p.key)));
    }

    /** 本部員 are many posts of one label: the office tells them apart (本部員（教育長）). */
    private static String label(Post p) {
        return p.exOfficio == null ? p.label : p.label + "（" + p.exOfficio + "）";
    }

    private static PMembership membership(Membership m) {
        return new PMembership("membership/" + m.id, m.person == null ? null : "person/" + m.person.id,
                "organization/" + m.organization.id, m.post == null ? null : "post/" + m.post.id, m.role, m.affiliation,
                m.startDate, m.endDate);
    }

    private static PEvent event(Meeting m) {
        LocalDate start = m.heldOn != null ? m.heldOn : "day".equals(m.plannedPrecision) ? m.plannedOn : null;
        return new PEvent("event/" + m.id, m.title, m.theme, "meeting", m.status, start, "organization/" + m.organization.id);
    }
}
