package kyoso.meeting.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.FiscalYear;
import kyoso.meeting.api.BodyDtos.MembershipView;
import kyoso.meeting.api.BodyDtos.OrganizationRef;
import kyoso.meeting.api.BodyDtos.OrganizationView;
import kyoso.meeting.api.BodyDtos.PersonView;
import kyoso.meeting.api.BodyDtos.PostView;
import kyoso.meeting.api.MeetingDtos.MeetingSummary;
import kyoso.meeting.api.ProgramDtos.AppointmentView;
import kyoso.meeting.api.ProgramDtos.CohortView;
import kyoso.meeting.api.ProgramDtos.ScheduleEntryView;
import kyoso.meeting.api.ProgramDtos.TeamView;

/** The CSV columns of each list this service publishes. Dates are ISO (yyyy-MM-dd) beside their 和暦 label. */
final class CsvTables {

    /** Kanazawa's 全国地方公共団体コード, the first column of the 自治体標準オープンデータセット. */
    static final String CITY_CODE = "172014";

    record Table<T>(Class<T> type, String fileName, List<String> header, Function<T, List<List<?>>> rows) {
        @SuppressWarnings("unchecked")
        List<List<?>> rowsOf(Object item) {
            return rows.apply((T) item);
        }
    }

    private static List<List<?>> one(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        return List.of(row);
    }

    private static String date(DateLabel d) {
        return d == null ? null : d.date().toString();
    }

    private static String label(DateLabel d) {
        return d == null ? null : d.label();
    }

    private static String fy(FiscalYear f) {
        return f == null ? null : Integer.toString(f.year());
    }

    private static String name(OrganizationRef o) {
        return o == null ? null : o.name();
    }

    private static final String STATUS_HELD = "開催済";

    private static String statusLabel(String status) {
        return switch (status) {
            case "held", "done" -> STATUS_HELD;
            case "cancelled" -> "中止";
            default -> "予定";
        };
    }

    /**
     * Meetings in the column layout of 自治体標準オープンデータセット「イベント一覧」. A meeting planned only
     * to the month has no 開始日; 開始日時特記事項 carries the month instead.
     */
    static final Table<MeetingSummary> MEETINGS = new Table<>(MeetingSummary.class, "meetings", List.of(
            "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名", "イベント名_カナ", "イベント名_英語",
            "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)",
            "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度",
            "アクセス方法", "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考"),
            m -> {
                String day = m.heldOn() != null ? date(m.heldOn())
                        : m.planned() != null && PlannedDate.DAY.equals(m.planned().precision()) ? m.planned().date().toString() : null;
                String note = m.heldOn() == null && m.planned() != null ? m.planned().label() + "(予定)" : null;
                return one(CITY_CODE, m.id(), "石川県", "金沢市", m.title(), null, null, day, day, null, null, note,
                        m.theme(), null, null, null, null, null, name(m.organization()), null, null, null, null, null,
                        null, null, null, null, null, null, "/api/v1/meetings/" + m.id(), statusLabel(m.status()));
            });

    static final Table<OrganizationView> ORGANIZATIONS = new Table<>(OrganizationView.class, "organizations",
            List.of("id", "key", "名称", "名称_英語", "分類", "説明", "上位組織"),
            o -> one(o.id(), o.key(), o.name(), o.nameEn(), o.classification(), o.description(), name(o.parent())));

    static final Table<PersonView> PEOPLE = new Table<>(PersonView.class, "people",
            List.of("id", "key", "氏名", "よみがな", "所属会議体", "役割", "所属団体・役職等"),
            p -> p.memberships().isEmpty()
                    ? one(p.id(), p.key(), p.name(), p.nameReading(), null, null, null)
                    : p.memberships().stream().flatMap(m -> one(p.id(), p.key(), p.name(), p.nameReading(),
                    name(m.organization()), m.role(), m.affiliation()).stream()).collect(Collectors.toList()));

    static final Table<PostView> POSTS = new Table<>(PostView.class, "posts",
            List.of("id", "key", "会議体", "職名", "役割", "充て職", "定数"),
            p -> one(p.id(), p.key(), name(p.organization()), p.label(), p.role(), p.exOfficio(), p.seats()));

    static final Table<MembershipView> MEMBERSHIPS = new Table<>(MembershipView.class, "memberships",
            List.of("id", "会議体", "氏名", "よみがな", "職名", "役割", "所属団体・役職等", "開始日", "終了日"),
            m -> one(m.id(), name(m.organization()), m.person() == null ? null : m.person().name(),
                    m.person() == null ? null : m.person().nameReading(), m.post() == null ? null : m.post().label(),
                    m.role(), m.affiliation(), m.startDate(), m.endDate()));

    static final Table<ScheduleEntryView> SCHEDULE = new Table<>(ScheduleEntryView.class, "schedule",
            List.of("id", "年度", "種別", "名称", "内容", "会議体", "予定日", "予定日の精度", "予定(和暦)", "予定(表記)",
                    "実施日", "実施日(和暦)", "状況", "任意", "会議ID", "意見募集ID", "計画キー"),
            e -> one(e.id(), fy(e.fiscalYear()), e.kind(), e.title(), e.description(), name(e.organization()),
                    e.planned() == null ? null : e.planned().date(), e.planned() == null ? null : e.planned().precision(),
                    e.planned() == null ? null : e.planned().label(), e.plannedNote(), date(e.actual()), label(e.actual()),
                    statusLabel(e.status()), e.optional() ? "任意" : null,
                    e.meeting() == null ? null : e.meeting().id(), e.consultation() == null ? null : e.consultation().id(),
                    e.planKey()));

    /** One row per advisor: the open-data reader wants the list, with the appointment's terms on each row. */
    static final Table<AppointmentView> APPOINTMENTS = new Table<>(AppointmentView.class, "advisor-appointments",
            List.of("選任ID", "年度", "名称", "発令日", "選任数", "任期満了日", "更新", "役割", "所属", "職名"),
            a -> {
                String roles = a.roles().stream().map(r -> r.number() + " " + r.description()).collect(Collectors.joining(" / "));
                if (a.advisors().isEmpty()) {
                    return one(a.id(), fy(a.fiscalYear()), a.title(), date(a.appointedOn()), a.appointedCount(),
                            date(a.termEnd()), a.renewable() ? "あり" : "なし", roles, null, null);
                }
                return a.advisors().stream().flatMap(x -> one(a.id(), fy(a.fiscalYear()), a.title(), date(a.appointedOn()),
                        a.appointedCount(), date(a.termEnd()), a.renewable() ? "あり" : "なし", roles, x.department(),
                        x.postTitle()).stream()).collect(Collectors.toList());
            });

    static final Table<CohortView> COHORTS = new Table<>(CohortView.class, "leader-cohorts",
            List.of("id", "年度", "研修名", "受講者数", "研修開始日", "研修終了日", "成果発表日", "累計起算年度", "累計人数", "発表内容"),
            c -> one(c.id(), fy(c.fiscalYear()), c.programName(), c.traineeCount(),
                    c.trainingPeriod() == null ? null : date(c.trainingPeriod().start()),
                    c.trainingPeriod() == null ? null : date(c.trainingPeriod().end()), date(c.presentationOn()),
                    c.cumulative() == null ? null : fy(c.cumulative().since()),
                    c.cumulative() == null ? null : c.cumulative().count(),
                    c.presentations().stream().map(p -> p.number() + " " + p.title()).collect(Collectors.joining(" / "))));

    /** One row per issue, with the team's terms on each row. */
    static final Table<TeamView> TEAMS = new Table<>(TeamView.class, "project-teams",
            List.of("チームID", "年度", "名称", "活動開始日", "活動終了日", "参加者数", "参加者", "課題ID", "課題番号", "課題", "拡張元課題ID", "拡張の内容"),
            t -> {
                String start = t.period() == null ? null : date(t.period().start());
                String end = t.period() == null ? null : date(t.period().end());
                if (t.issues().isEmpty()) {
                    return one(t.id(), fy(t.fiscalYear()), t.name(), start, end, t.participantCount(),
                            t.participantsDrawnFrom(), null, null, null, null, null);
                }
                return t.issues().stream().flatMap(i -> one(t.id(), fy(t.fiscalYear()), t.name(), start, end,
                        t.participantCount(), t.participantsDrawnFrom(), i.id(), i.number(), i.title(),
                        i.extendsIssue() == null ? null : i.extendsIssue().id(), i.extensionNote()).stream())
                        .collect(Collectors.toList());
            });

    private static final Map<Class<?>, Table<?>> BY_TYPE = List.of(MEETINGS, ORGANIZATIONS, PEOPLE, POSTS, MEMBERSHIPS,
            SCHEDULE, APPOINTMENTS, COHORTS, TEAMS).stream().collect(Collectors.toMap(Table::type, t -> t));

    private CsvTables() {
    }

    static Table<?> forItem(Object item) {
        return BY_TYPE.get(item.getClass());
    }

    /** For an empty list the element type comes from the declared List&lt;T&gt; or Page&lt;T&gt;. */
    static Table<?> forType(Type genericType) {
        return Optional.ofNullable(genericType)
                .filter(ParameterizedType.class::isInstance)
                .map(t -> ((ParameterizedType) t).getActualTypeArguments()[0])
                .filter(Class.class::isInstance)
                .map(BY_TYPE::get)
                .orElse(null);
    }
}
