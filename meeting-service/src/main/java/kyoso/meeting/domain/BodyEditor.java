package kyoso.meeting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kyoso.kit.problem.ProblemException;
import kyoso.meeting.domain.Commands.MembershipCommand;
import kyoso.meeting.domain.Commands.PersonCommand;
import kyoso.meeting.domain.Commands.PostCommand;
import kyoso.meeting.persistence.BodyRepository;

/** Staff edits of people, posts and memberships. Each method is one transaction, logged. */
@ApplicationScoped
@Transactional
public class BodyEditor {

    private final BodyRepository bodies;
    private final ChangeLog changes;

    BodyEditor(BodyRepository bodies, ChangeLog changes) {
        this.bodies = bodies;
        this.changes = changes;
    }

    public Person createPerson(PersonCommand c) {
        Person person = new Person();
        apply(person, c);
        person.persist();
        changes.record("create", "person", person.id, person.name);
        return person;
    }

    public Person updatePerson(String idOrKey, PersonCommand c) {
        Person person = person(idOrKey);
        Edits.expectVersion(c.lockVersion(), person.lockVersion, "人物");
        apply(person, c);
        changes.record("update", "person", person.id, person.name);
        return person;
    }

    /**
     * For a person entered by mistake. Someone who holds memberships (ended ones too) is part of a
     * body's published roster; the clerk must remove those one by one first, so a slip never erases roster lines.
     */
    public void deletePerson(String idOrKey) {
        Person person = person(idOrKey);
        long memberships = bodies.countMembershipsOf(person);
        if (memberships > 0) {
            throw ProblemException.conflict("この人物には所属・役職の記録が" + memberships + "件あります。先にそれらを削除してください。 / "
                    + "This person still holds " + memberships
                    + (memberships == 1 ? " membership; remove it first." : " memberships; remove them first."));
        }
        person.delete();
        // Logged after the delete because record() flushes: a membership added since the count then trips
        // fk_membership_person inside this method (409 via PersistenceConflictMapper), not at commit (a 500).
        changes.record("delete", "person", person.id, person.name);
    }

    public Post createPost(PostCommand c) {
        Post post = new Post();
        apply(post, c);
        post.persist();
        changes.record("create", "post", post.id, post.organization.name + " " + post.label);
        return post;
    }

    public Post updatePost(String idOrKey, PostCommand c) {
        Post post = bodies.post(idOrKey).orElseThrow(() -> ProblemException.notFound("post", idOrKey));
        Edits.expectVersion(c.lockVersion(), post.lockVersion, "役職");
        apply(post, c);
        changes.record("update", "post", post.id, post.organization.name + " " + post.label);
        return post;
    }

    public Membership createMembership(MembershipCommand c) {
        Membership membership = new Membership();
        apply(membership, c);
        membership.persist();
        changes.record("create", "membership", membership.id, describe(membership));
        return membership;
    }

    public Membership updateMembership(long id, MembershipCommand c) {
        Membership membership = membership(id);
        Edits.expectVersion(c.lockVersion(), membership.lockVersion, "構成員");
        apply(membership, c);
        changes.record("update", "membership", membership.id, describe(membership));
        return membership;
    }

    public void deleteMembership(long id) {
        Membership membership = membership(id);
        changes.record("delete", "membership", membership.id, describe(membership));
        membership.delete();
    }

    private Person person(String idOrKey) {
        return bodies.person(idOrKey).orElseThrow(() -> ProblemException.notFound("person", idOrKey));
    }

    private Membership membership(long id) {
        return Membership.<Membership>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("membership", id));
    }

    private void apply(Person person, PersonCommand c) {
        if (Person.count("key = ?1" + (person.id == null ? "" : " and id <> " + person.id), c.key()) > 0) {
            throw ProblemException.conflict("キー '" + c.key() + "' はすでに使われています。 / The key is taken.");
        }
        person.key = c.key();
        person.name = c.name().strip();
        person.familyName = c.familyName();
        person.givenName = c.givenName();
        person.nameReading = c.nameReading().strip();
    }

    private void apply(Post post, PostCommand c) {
        if (Post.count("key = ?1" + (post.id == null ? "" : " and id <> " + post.id), c.key()) > 0) {
            throw ProblemException.conflict("キー '" + c.key() + "' はすでに使われています。 / The key is taken.");
        }
        post.organization = organization(c.organization());
        post.key = c.key();
        post.label = c.label().strip();
        post.role = c.role().strip();
        post.exOfficio = c.exOfficio();
        post.seats = c.seats() == null ? 1 : c.seats();
        post.sortOrder = c.sortOrder() == null ? (int) Post.count("organization", post.organization) + 1 : c.sortOrder();
    }

    private void apply(Membership m, MembershipCommand c) {
        if (isBlank(c.person()) && isBlank(c.post())) {
            throw ProblemException.invalid("person", "person: 人物または役職を指定してください / name a person or a post");
        }
        Edits.inOrder(c.startDate(), c.endDate(), "endDate");
        m.organization = organization(c.organization());
        m.person = isBlank(c.person()) ? null : bodies.person(c.person()).orElseThrow(() -> ProblemException.invalid(
                "person", "person: 人物 '" + c.person() + "' は存在しません / no such person"));
        m.post = isBlank(c.post()) ? null : bodies.post(c.post()).orElseThrow(() -> ProblemException.invalid(
                "post", "post: 役職 '" + c.post() + "' は存在しません / no such post"));
        if (m.post != null && !m.post.organization.id.equals(m.organization.id)) {
            throw ProblemException.invalid("post", "post: この会議体の役職を指定してください / the post belongs to another body");
        }
        m.role = c.role().strip();
        m.affiliation = c.affiliation();
        m.startDate = c.startDate();
        m.endDate = c.endDate();
    }

    private Organization organization(String idOrKey) {
        return bodies.organization(idOrKey).orElseThrow(() -> ProblemException.invalid(
                "organization", "organization: 会議体 '" + idOrKey + "' は存在しません / no such body"));
    }

    private static String describe(Membership m) {
        return m.organization.name + " " + m.role + (m.person == null ? "" : " " + m.person.name)
                + (m.post == null ? "" : " (" + m.post.label + ")");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
