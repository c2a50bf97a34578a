package kyoso.meeting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import kyoso.kit.problem.ProblemException;
import kyoso.meeting.domain.Commands.AgendaCommand;
import kyoso.meeting.domain.Commands.AgendaItemCommand;
import kyoso.meeting.domain.Commands.DocumentCommand;
import kyoso.meeting.domain.Commands.MeetingCommand;
import kyoso.meeting.domain.Commands.SummaryCommand;
import kyoso.meeting.persistence.BodyRepository;
import kyoso.meeting.persistence.MeetingRepository;

/** Staff edits of meetings, their agendas, summaries and documents. Each method is one transaction, logged. */
@ApplicationScoped
@Transactional
public class MeetingEditor {

    private final MeetingRepository meetings;
    private final BodyRepository bodies;
    private final ChangeLog changes;

    MeetingEditor(MeetingRepository meetings, BodyRepository bodies, ChangeLog changes) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.changes = changes;
    }

    public Meeting create(MeetingCommand command) {
        Meeting meeting = new Meeting();
        apply(meeting, command);
        meeting.persist();
        changes.record("create", "meeting", meeting.id, meeting.title);
        return meeting;
    }

    public Meeting update(long id, MeetingCommand command) {
        Meeting meeting = find(id);
        Edits.expectVersion(command.lockVersion(), meeting.lockVersion, "会議");
        apply(meeting, command);
        changes.record("update", "meeting", meeting.id, meeting.title);
        return meeting;
    }

    /** A meeting that took place cannot be cancelled afterwards; cancelling twice changes nothing. */
    public Meeting cancel(long id) {
        Meeting meeting = find(id);
        if (Meeting.HELD.equals(meeting.status)) {
            throw ProblemException.conflict("開催済みの会議は中止にできません。 / A meeting that was held cannot be cancelled.");
        }
        if (!Meeting.CANCELLED.equals(meeting.status)) {
            meeting.status = Meeting.CANCELLED;
            changes.record("cancel", "meeting", meeting.id, meeting.title);
        }
        return meeting;
    }

    public Meeting recordSummary(long id, SummaryCommand command) {
        Meeting meeting = find(id);
        Edits.expectVersion(command.lockVersion(), meeting.lockVersion, "会議");
        meeting.summary = command.summary().isBlank() ? null : command.summary();
        changes.record("summary", "meeting", meeting.id, meeting.title);
        return meeting;
    }

    /**
     * Replaces the whole agenda tree at once, so an editor never leaves half an agenda behind. Items
     * sent with their id are the same items, edited or moved, and keep the documents filed under them;
     * only the documents of items left out are detached (they stay with the meeting).
     */
    public Meeting replaceAgenda(long id, AgendaCommand command) {
        Meeting meeting = find(id);
        Edits.expectVersion(command.lockVersion(), meeting.lockVersion, "会議");
        checkLinks(command.items(), "items");
        Map<Long, AgendaItem> existing = new HashMap<>();
        AgendaItem.<AgendaItem>list("meeting", meeting).forEach(a -> existing.put(a.id, a));
        Map<Long, AgendaItem> kept = new HashMap<>();
        claim(command.items(), "items", existing, kept);
        place(meeting, null, command.items(), kept);
        // Kept items are under their new parents before any old parent goes (parent_id deletes cascade).
        AgendaItem.getEntityManager().flush();
        List<Long> dropped = existing.keySet().stream().filter(k -> !kept.containsKey(k)).toList();
        if (!dropped.isEmpty()) {
            MeetingDocument.update("agendaItemId = null where meeting = ?1 and agendaItemId in ?2", meeting, dropped);
            AgendaItem.delete("id in ?1", dropped);
        }
        // The agenda is part of the meeting: editing it makes earlier copies of the meeting stale.
        Meeting.getEntityManager().lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changes.record("agenda", "meeting", meeting.id, meeting.title + ": 次第を更新 (" + count(command.items()) + "項目)");
        return meeting;
    }

    /** Sorts the sent ids into items of this meeting to keep; an id of another meeting, or sent twice, is refused. */
    private static void claim(List<AgendaItemCommand> items, String path, Map<Long, AgendaItem> existing, Map<Long, AgendaItem> kept) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            AgendaItemCommand item = items.get(i);
            String at = path + "[" + i + "]";
            if (item.id() != null) {
                AgendaItem found = existing.get(item.id());
                if (found == null) {
                    throw ProblemException.invalid(at + ".id", at + ".id: この会議の次第の項目ではありません / not an item of this meeting");
                }
                if (kept.put(item.id(), found) != null) {
                    throw ProblemException.invalid(at + ".id", at + ".id: 同じ項目が二度指定されています / the same item is sent twice");
                }
            }
            claim(item.children(), at + ".children", existing, kept);
        }
    }

    public MeetingDocument addDocument(long id, DocumentCommand command) {
        Meeting meeting = find(id);
        if (command.agendaItemId() != null
                && AgendaItem.count("id = ?1 and meeting = ?2", command.agendaItemId(), meeting) == 0) {
            throw ProblemException.invalid("agendaItemId", "agendaItemId: この会議の次第の項目を指定してください / not an item of this meeting");
        }
        MeetingDocument document = new MeetingDocument();
        document.meeting = meeting;
        document.title = command.title();
        document.kind = command.kind();
        document.url = command.url();
        document.agendaItemId = command.agendaItemId();
        document.sortOrder = (int) MeetingDocument.count("meeting", meeting) + 1;
        document.persist();
        changes.record("add-document", "meeting", meeting.id, document.title);
        return document;
    }

    public void deleteDocument(long id, long documentId) {
        Meeting meeting = find(id);
        MeetingDocument document = MeetingDocument.<MeetingDocument>find("id = ?1 and meeting = ?2", documentId, meeting)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("document", documentId));
        document.delete();
        changes.record("delete-document", "meeting", meeting.id, document.title);
    }

    private Meeting find(long id) {
        return meetings.meeting(id).orElseThrow(() -> ProblemException.notFound("meeting", id));
    }

    private void apply(Meeting meeting, MeetingCommand c) {
        Organization organization = bodies.organization(c.organization()).orElseThrow(() -> ProblemException.invalid(
                "organization", "organization: 会議体 '" + c.organization() + "' は存在しません / no such body"));
        String status = Edits.orDefault(c.status(), Meeting.PLANNED);
        String precision = Edits.orDefault(c.plannedPrecision(), "day");
        if (Meeting.HELD.equals(status) && c.heldOn() == null) {
            throw ProblemException.invalid("heldOn", "heldOn: 開催済みの会議には開催日を入力してください / a held meeting needs its date");
        }
        if (!Meeting.HELD.equals(status) && c.heldOn() != null) {
            throw ProblemException.invalid("status", "status: 開催日があるときは held にしてください / a meeting with a date held is held");
        }
        Edits.inFiscalYear(c.plannedOn(), c.fiscalYear(), "plannedOn");
        Edits.inFiscalYear(c.heldOn(), c.fiscalYear(), "heldOn");
        if (c.number() != null && Meeting.count("organization = ?1 and fiscalYear = ?2 and number = ?3"
                + (meeting.id == null ? "" : " and id <> " + meeting.id), organization, c.fiscalYear(), c.number()) > 0) {
            throw ProblemException.conflict("第" + c.number() + "回の会議はこの年度にすでにあります。 / Meeting number "
                    + c.number() + " already exists in that fiscal year.");
        }
        meeting.organization = organization;
        meeting.title = c.title().strip();
        meeting.number = c.number();
        meeting.fiscalYear = c.fiscalYear();
        meeting.status = status;
        meeting.plannedOn = c.plannedOn();
        meeting.plannedPrecision = precision;
        meeting.heldOn = c.heldOn();
        meeting.theme = c.theme();
        meeting.summary = c.summary();
        meeting.location = c.location();
    }

    /** Every id an item links to must name an existing record of this service. */
    private void checkLinks(List<AgendaItemCommand> items, String path) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            AgendaItemCommand item = items.get(i);
            String at = path + "[" + i + "]";
            if (item.planVersionKey() != null && item.planKey() == null) {
                throw ProblemException.invalid(at + ".planKey", at + ".planKey: 版を指定するときは計画も指定してください / a plan version needs its plan");
            }
            exists(item.relatedMeetingId(), at + ".relatedMeetingId", id -> Meeting.count("id", id) > 0);
            exists(item.advisorAppointmentId(), at + ".advisorAppointmentId", id -> AdvisorAppointment.count("id", id) > 0);
            exists(item.leaderCohortId(), at + ".leaderCohortId", id -> LeaderCohort.count("id", id) > 0);
            exists(item.projectTeamId(), at + ".projectTeamId", id -> ProjectTeam.count("id", id) > 0);
            checkLinks(item.children(), at + ".children");
        }
    }

    private static void exists(Long id, String field, LongPredicate found) {
        if (id != null && !found.test(id)) {
            throw ProblemException.invalid(field, field + ": ID " + id + " は存在しません / no record with that id");
        }
    }

    private void place(Meeting meeting, Long parentId, List<AgendaItemCommand> items, Map<Long, AgendaItem> kept) {
        if (items == null) {
            return;
        }
        int order = 1;
        for (AgendaItemCommand c : items) {
            AgendaItem item = c.id() == null ? new AgendaItem() : kept.get(c.id());
            item.meeting = meeting;
            item.parentId = parentId;
            item.kind = c.kind();
            item.number = c.number();
            item.title = c.title().strip();
            item.description = c.description();
            item.sortOrder = order++;
            item.planKey = c.planKey();
            item.planVersionKey = c.planVersionKey();
            item.consultationId = c.consultationId();
            item.relatedMeetingId = c.relatedMeetingId();
            item.advisorAppointmentId = c.advisorAppointmentId();
            item.leaderCohortId = c.leaderCohortId();
            item.projectTeamId = c.projectTeamId();
            if (item.id == null) {
                item.persist();
            }
            place(meeting, item.id, c.children(), kept);
        }
    }

    private static int count(List<AgendaItemCommand> items) {
        return items == null ? 0 : items.stream().mapToInt(i -> 1 + count(i.children())).sum();
    }
}
