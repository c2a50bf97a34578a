package kyoso.meeting.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kyoso.meeting.domain.Membership;
import kyoso.meeting.domain.Organization;
import kyoso.meeting.domain.Person;
import kyoso.meeting.domain.Post;

/** Queries over bodies, people, posts and memberships. Lists of people follow 五十音順 (ICU ja collation). */
@ApplicationScoped
public class BodyRepository {

    public List<Organization> organizations(String classification) {
        if (classification == null) {
            return Organization.list("from Organization o left join fetch o.parent order by o.sortOrder, o.id");
        }
        return Organization.list("from Organization o left join fetch o.parent where o.classification = ?1 "
                + "order by o.sortOrder, o.id", classification);
    }

    /** A path segment is either the numeric id or the stable key ("dx-council"). */
    public Optional<Organization> organization(String idOrKey) {
        return isId(idOrKey)
                ? Organization.find("from Organization o left join fetch o.parent where o.id = ?1", Long.parseLong(idOrKey)).firstResultOptional()
                : Organization.find("from Organization o left join fetch o.parent where o.key = ?1", idOrKey).firstResultOptional();
    }

    public Optional<Person> person(String idOrKey) {
        return isId(idOrKey)
                ? Person.<Person>findByIdOptional(Long.parseLong(idOrKey))
                : Person.find("key", idOrKey).firstResultOptional();
    }

    public Optional<Post> post(String idOrKey) {
        return isId(idOrKey)
                ? Post.find("from Post p join fetch p.organization where p.id = ?1", Long.parseLong(idOrKey)).firstResultOptional()
                : Post.find("from Post p join fetch p.organization where p.key = ?1", idOrKey).firstResultOptional();
    }

    public List<Person> people(String organizationKey, int page, int size) {
        return peopleQuery(organizationKey).page(page, size).list();
    }

    public long countPeople(String organizationKey) {
        return peopleQuery(organizationKey).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Person> peopleQuery(String organizationKey) {
        Sort order = Sort.by("nameReading").and("id");
        if (organizationKey == null) {
            return Person.find("from Person p", order);
        }
        return Person.find("from Person p where exists (select 1 from Membership m where m.person = p "
                + "and m.organization.key = ?1)", order, organizationKey);
    }

    /** Memberships of a body: people first in 五十音順, then post-only memberships in post order. */
    public List<Membership> membershipsOf(Organization organization) {
        return Membership.list("from Membership m left join fetch m.person p left join fetch m.post po "
                + "where m.organization = ?1 order by p.nameReading nulls last, po.sortOrder nulls last, m.id",
                organization);
    }

    public List<Membership> membershipsOfPeople(List<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return Membership.list("from Membership m join fetch m.organization o left join fetch m.post "
                + "where m.person in ?1 order by o.sortOrder, m.id", people);
    }

    /** Memberships filtered by body and/or person (null = any), body order then 五十音順. */
    public List<Membership> memberships(Organization organization, Person person) {
        String query = "from Membership m join fetch m.organization o left join fetch m.person p left join fetch m.post po"
                + " where (?1 is null or m.organization = ?1) and (?2 is null or m.person = ?2)"
                + " order by o.sortOrder, p.nameReading nulls last, po.sortOrder nulls last, m.id";
        return Membership.list(query, organization, person);
    }

    public long countMembershipsOf(Person person) {
        return Membership.count("person", person);
    }

    public Optional<Membership> membership(long id) {
        return Membership.find("from Membership m join fetch m.organization left join fetch m.person "
                + "left join fetch m.post where m.id = ?1", id).firstResultOptional();
    }

    public List<Post> posts(Organization organization) {
        if (organization == null) {
            return Post.list("from Post p join fetch p.organization o order by o.sortOrder, p.sortOrder, p.id");
        }
        return Post.list("from Post p join fetch p.organization where p.organization = ?1 order by p.sortOrder, p.id",
                organization);
    }

    public static boolean isId(String idOrKey) {
        return idOrKey != null && !idOrKey.isEmpty() && idOrKey.length() < 18 && idOrKey.chars().allMatch(Character::isDigit);
    }
}
