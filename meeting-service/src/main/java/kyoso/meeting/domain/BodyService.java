package kyoso.meeting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kyoso.kit.paging.Page;
import kyoso.kit.problem.ProblemException;
import kyoso.meeting.persistence.BodyRepository;

/** Reading bodies, people and posts. Public reads never write. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BodyService {

    private final BodyRepository repository;

    BodyService(BodyRepository repository) {
        this.repository = repository;
    }

    public List<Organization> organizations(String classification) {
        return repository.organizations(classification);
    }

    public OrganizationWithMembers organization(String idOrKey) {
        Organization organization = repository.organization(idOrKey)
                .orElseThrow(() -> ProblemException.notFound("organization", idOrKey));
        return new OrganizationWithMembers(organization, repository.membershipsOf(organization),
                repository.posts(organization));
    }

    public Page<PersonWithMemberships> people(String organizationKey, int page, int size) {
        List<Person> people = repository.people(organizationKey, page, size);
        Map<Long, List<Membership>> byPerson = repository.membershipsOfPeople(people).stream()
                .collect(Collectors.groupingBy(m -> m.person.id));
        List<PersonWithMemberships> items = people.stream()
                .map(p -> new PersonWithMemberships(p, byPerson.getOrDefault(p.id, List.of())))
                .toList();
        return new Page<>(items, page, size, repository.countPeople(organizationKey));
    }

    public PersonWithMemberships person(String idOrKey) {
        Person person = repository.person(idOrKey).orElseThrow(() -> ProblemException.notFound("person", idOrKey));
        return new PersonWithMemberships(person, repository.membershipsOfPeople(List.of(person)));
    }

    public List<Post> posts(String organizationIdOrKey) {
        if (organizationIdOrKey == null) {
            return repository.posts(null);
        }
        Organization organization = repository.organization(organizationIdOrKey)
                .orElseThrow(() -> ProblemException.notFound("organization", organizationIdOrKey));
        return repository.posts(organization);
    }

    public Post post(String idOrKey) {
        return repository.post(idOrKey).orElseThrow(() -> ProblemException.notFound("post", idOrKey));
    }

    public List<Membership> memberships(String organization, String person) {
        Organization o = organization == null ? null : repository.organization(organization)
                .orElseThrow(() -> ProblemException.notFound("organization", organization));
        Person p = person == null ? null : repository.person(person)
                .orElseThrow(() -> ProblemException.notFound("person", person));
        return repository.memberships(o, p);
    }

    public Membership membership(long id) {
        return repository.membership(id).orElseThrow(() -> ProblemException.notFound("membership", id));
    }

    /** Everything the Popolo export publishes, each list in its public order. */
    public PopoloData popolo() {
        return new PopoloData(repository.organizations(null), Person.list("order by nameReading, id"),
                repository.posts(null), repository.memberships(null, null),
                Meeting.list("from Meeting m join fetch m.organization order by coalesce(m.heldOn, m.plannedOn) nulls last, m.id"));
    }

    public record PopoloData(List<Organization> organizations, List<Person> people, List<Post> posts,
                             List<Membership> memberships, List<Meeting> meetings) {
    }

    public record OrganizationWithMembers(Organization organization, List<Membership> memberships, List<Post> posts) {
    }

    public record PersonWithMemberships(Person person, List<Membership> memberships) {
    }
}
