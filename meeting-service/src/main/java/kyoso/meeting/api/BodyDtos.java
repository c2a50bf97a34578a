package kyoso.meeting.api;

import java.time.LocalDate;
import java.util.List;
import kyoso.meeting.domain.BodyService.OrganizationWithMembers;
import kyoso.meeting.domain.BodyService.PersonWithMemberships;
import kyoso.meeting.domain.Membership;
import kyoso.meeting.domain.Organization;
import kyoso.meeting.domain.Person;
import kyoso.meeting.domain.Post;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public API shows of bodies, people, posts and memberships (Popolo field names where they exist). */
public final class BodyDtos {

    private BodyDtos() {
    }

    @Schema(name = "OrganizationRef", description = "A body named by id and key")
    public record OrganizationRef(long id, String key, String name) {
        static OrganizationRef of(Organization o) {
            return o == null ? null : new OrganizationRef(o.id, o.key, o.name);
        }
    }

    @Schema(name = "Organization", description = "A body (Popolo Organization)")
    public record OrganizationView(long id, String key, String name, String nameEn, String classification,
                                   String description, OrganizationRef parent) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id, o.key, o.name, o.nameEn, o.classification, o.description,
                    OrganizationRef.of(o.parent));
        }
    }

    @Schema(name = "PersonRef", description = "A person with the kana reading that orders lists (五十音順)")
    public record PersonRef(long id, String key, String name, String nameReading) {
        static PersonRef of(Person p) {
            return p == null ? null : new PersonRef(p.id, p.key, p.name, p.nameReading);
        }
    }

    @Schema(name = "Post", description = "A position in a body (Popolo Post); exOfficio names the office whose holder fills it")
    public record PostView(long id, String key, OrganizationRef organization, String label, String role,
                           String exOfficio, int seats, int lockVersion) {
        static PostView of(Post p) {
            return new PostView(p.id, p.key, OrganizationRef.of(p.organization), p.label, p.role, p.exOfficio,
                    p.seats, p.lockVersion);
        }
    }

    @Schema(name = "PostRef")
    public record PostRef(long id, String key, String label, String exOfficio) {
        static PostRef of(Post p) {
            return p == null ? null : new PostRef(p.id, p.key, p.label, p.exOfficio);
        }
    }

    @Schema(name = "Membership", description = "A membership in a body (Popolo Membership); affiliation = 所属団体・役職等")
    public record MembershipView(long id, OrganizationRef organization, PersonRef person, PostRef post, String role,
                                 String affiliation, LocalDate startDate, LocalDate endDate, int lockVersion) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.id, OrganizationRef.of(m.organization), PersonRef.of(m.person),
                    PostRef.of(m.post), m.role, m.affiliation, m.startDate, m.endDate, m.lockVersion);
        }
    }

    @Schema(name = "OrganizationDetail", description = "A body with its members (五十音順 by reading) and its posts")
    public record OrganizationDetail(long id, String key, String name, String nameEn, String classification,
                                     String description, OrganizationRef parent, List<MembershipView> memberships,
                                     List<PostView> posts, int lockVersion) {
        static OrganizationDetail of(OrganizationWithMembers found) {
            Organization o = found.organization();
            return new OrganizationDetail(o.id, o.key, o.name, o.nameEn, o.classification, o.description,
                    OrganizationRef.of(o.parent), found.memberships().stream().map(MembershipView::of).toList(),
                    found.posts().stream().map(PostView::of).toList(), o.lockVersion);
        }
    }

    @Schema(name = "Person", description = "A person (Popolo Person) with their memberships")
    public record PersonView(long id, String key, String name, String familyName, String givenName,
                             String nameReading, List<MembershipView> memberships, int lockVersion) {
        static PersonView of(PersonWithMemberships found) {
            Person p = found.person();
            return new PersonView(p.id, p.key, p.name, p.familyName, p.givenName, p.nameReading,
                    found.memberships().stream().map(MembershipView::of).toList(), p.lockVersion);
        }
    }
}
