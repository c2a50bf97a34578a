package kyoso.comment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kyoso.comment.domain.Channel;
import kyoso.comment.domain.Consultation;
import kyoso.comment.domain.ConsultationDocument;
import kyoso.comment.domain.ConsultationStatus;
import kyoso.comment.domain.ConsultationTransition;
import kyoso.comment.domain.OutlineNode;
import kyoso.comment.domain.SubmitterAttribute;
import kyoso.comment.domain.Submissions;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.FiscalYear;
import kyoso.kit.time.JapaneseCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public API shows of consultations. Records at the edge; entities never leave the service. */
public final class ConsultationDtos {

    private ConsultationDtos() {
    }

    static OffsetDateTime jst(Instant instant) {
        return instant == null ? null : instant.atZone(JapaneseCalendar.CITY_ZONE).toOffsetDateTime();
    }

    static Labeled labeled(ConsultationStatus status) {
        return new Labeled(status.code(), status.label());
    }

    @Schema(name = "ConsultedPlan", description = "The plan version the consultation is on")
    public record PlanRef(String code, String name, String version, String versionLabel, DateLabel dated) {
        static PlanRef of(Consultation c) {
            return new PlanRef(c.planCode, c.planName, c.planVersionCode, c.planVersionLabel, DateLabel.of(c.draftDated));
        }
    }

    @Schema(name = "ConsultationPeriod", description = """
            募集期間 in Asia/Tokyo. opensAt is inclusive, closesAt exclusive (nothing is accepted from that
            instant on); lastDay is the last calendar day on which opinions are accepted.""")
    public record Period(OffsetDateTime opensAt, OffsetDateTime closesAt, DateLabel firstDay, DateLabel lastDay,
                         Long days, FiscalYear fiscalYear, String note, String shortPeriodReason) {
        static Period of(Consultation c) {
            LocalDate first = c.opensAt == null ? null : LocalDate.ofInstant(c.opensAt, JapaneseCalendar.CITY_ZONE);
            LocalDate last = c.closesAt == null ? null
                    : LocalDate.ofInstant(c.closesAt.minusNanos(1), JapaneseCalendar.CITY_ZONE);
            Long days = first == null || last == null ? null : ChronoUnit.DAYS.between(first, last) + 1;
            return new Period(jst(c.opensAt), jst(c.closesAt), DateLabel.of(first), DateLabel.of(last), days,
                    first == null ? null : FiscalYear.of(JapaneseCalendar.fiscalYearOf(first)),
                    c.periodNote, c.shortPeriodReason);
        }
    }

    @Schema(name = "ConsultationSummary")
    public record Summary(String id, String title, Labeled status, boolean accepting, PlanRef plan, Period period) {
        static Summary of(Consultation c, Instant now) {
            ConsultationStatus effective = c.effectiveStatus(now);
            return new Summary(c.code, c.title, labeled(effective), effective == ConsultationStatus.OPEN,
                    PlanRef.of(c), Period.of(c));
        }
    }

    @Schema(name = "ConsultationTransition", description = "A recorded state change; by is 'system' when it happened on time by itself")
    public record Transition(Labeled from, Labeled to, OffsetDateTime at, String by, String reason) {
        static Transition of(ConsultationTransition t) {
            return new Transition(t.from == null ? null : labeled(t.from), labeled(t.to), jst(t.at),
                    ConsultationTransition.SYSTEM.equals(t.actor) ? ConsultationTransition.SYSTEM : "staff", t.reason);
        }
    }

    @Schema(name = "SubmissionRules", description = "What a submission to this consultation must and may contain")
    public record Rules(int maxTextLength, int maxSections, List<Labeled> attributes, List<String> requiredFields,
                        List<Labeled> channels) {
        static Rules of(Consultation c) {
            return new Rules(Submissions.MAX_TEXT_LENGTH, Submissions.MAX_SECTIONS,
                    c.allowedAttributes.stream().map(SubmitterAttribute::ofCode).flatMap(java.util.Optional::stream)
                            .map(a -> new Labeled(a.code(), a.label())).toList(),
                    c.requiredFields,
                    c.channels.stream().map(Channel::ofCode).flatMap(java.util.Optional::stream)
                            .map(ch -> new Labeled(ch.code(), ch.label())).toList());
        }
    }

    @Schema(name = "ConsultationDetail")
    public record Detail(String id, String title, String summary, Labeled status, boolean accepting, PlanRef plan,
                         Period period, String eligibility, Rules rules, List<ConsultationDocument> documents,
                         List<OutlineNode> outline, OffsetDateTime outlineTakenAt, List<Transition> history) {
        static Detail of(Consultation c, List<ConsultationTransition> transitions, Instant now) {
            ConsultationStatus effective = c.effectiveStatus(now);
            return new Detail(c.code, c.title, c.summary, labeled(effective), effective == ConsultationStatus.OPEN,
                    PlanRef.of(c), Period.of(c), c.eligibility, Rules.of(c), c.documents,
                    c.outline == null ? List.of() : c.outline, jst(c.outlineTakenAt),
                    transitions.stream().map(Transition::of).toList());
        }
    }
}
