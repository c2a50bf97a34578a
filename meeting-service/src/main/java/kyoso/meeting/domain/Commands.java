package kyoso.meeting.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What staff send to change the records. These validated records are the request bodies
 * themselves: a second, identical set of API input types would only have to be kept in step.
 * lockVersion on an update is the version the editor read; a stale one is a 409.
 */
public final class Commands {

    private Commands() {
    }

    static final String KEY = "[a-z0-9][a-z0-9-]*";
    static final String KEY_MESSAGE = "半角英小文字・数字・ハイフンで入力してください / use a-z, 0-9 and '-'";

    public record MeetingCommand(
            @NotBlank(message = "会議体を指定してください / name the body") String organization,
            @NotBlank(message = "件名を入力してください / enter a title") @Size(max = 300, message = "300文字以内で入力してください / at most 300 characters") String title,
            @Min(value = 1, message = "1以上で入力してください / must be 1 or more") Integer number,
            @NotNull(message = "年度を入力してください / enter the fiscal year") @Min(value = 2000, message = "2000以降の年度を入力してください / 2000 or later") @Max(value = 2100, message = "2100以前の年度を入力してください / 2100 or earlier") Integer fiscalYear,
            @Pattern(regexp = "planned|held|cancelled", message = "planned, held, cancelled のいずれかです / planned, held or cancelled") String status,
            LocalDate plannedOn,
            @Pattern(regexp = "day|month", message = "day または month です / day or month") String plannedPrecision,
            LocalDate heldOn,
            @Size(max = 500, message = "500文字以内で入力してください / at most 500 characters") String theme,
            @Size(max = 20000, message = "20000文字以内で入力してください / at most 20000 characters") String summary,
            @Size(max = 300, message = "300文字以内で入力してください / at most 300 characters") String location,
            Integer lockVersion) {
    }

    public record SummaryCommand(
            @NotNull(message = "概要を入力してください / enter the summary") @Size(max = 20000, message = "20000文字以内で入力してください / at most 20000 characters") String summary,
            @NotNull(message = "lockVersion を指定してください / send the lockVersion you read") Integer lockVersion) {
    }

    public record AgendaCommand(
            @NotNull(message = "lockVersion を指定してください / send the lockVersion you read") Integer lockVersion,
            @NotNull(message = "次第の項目を指定してください / send the agenda items") @Size(max = 200, message = "200項目以内です / at most 200 items") List<@Valid AgendaItemCommand> items) {
    }

    /** id names an item the meeting already has (kept, with the documents filed under it); none makes a new one. */
    public record AgendaItemCommand(
            Long id,
            @NotBlank(message = "種別を指定してください / name the kind")
            @Pattern(regexp = "opening|reports|report|deliberation|topic|subtopic|exchange|closing|other", message = "opening、reports、report、deliberation、topic、subtopic、exchange、closing、other のいずれかです / one of opening, reports, report, deliberation, topic, subtopic, exchange, closing, other")
            String kind,
            @Size(max = 40, message = "40文字以内で入力してください / at most 40 characters") String number,
            @NotBlank(message = "件名を入力してください / enter a title") @Size(max = 500, message = "500文字以内で入力してください / at most 500 characters") String title,
            @Size(max = 5000, message = "5000文字以内で入力してください / at most 5000 characters") String description,
            @Pattern(regexp = KEY, message = KEY_MESSAGE) String planKey,
            @Pattern(regexp = KEY, message = KEY_MESSAGE) String planVersionKey,
            @Pattern(regexp = KEY, message = KEY_MESSAGE) String consultationId,
            Long relatedMeetingId,
            Long advisorAppointmentId,
            Long leaderCohortId,
            Long projectTeamId,
            @Size(max = 50, message = "50項目以内です / at most 50 items") List<@Valid AgendaItemCommand> children) {
    }

    public record DocumentCommand(
            @NotBlank(message = "資料名を入力してください / enter a title") @Size(max = 500, message = "500文字以内で入力してください / at most 500 characters") String title,
            @NotBlank(message = "種別を指定してください / name the kind") @Pattern(regexp = "agenda|roster|report|material|schedule|minutes|other", message = "agenda、roster、report、material、schedule、minutes、other のいずれかです / one of agenda, roster, report, material, schedule, minutes, other") String kind,
            @Pattern(regexp = "https?://\\S{1,990}", message = "http(s):// で始まるURLを入力してください / an http(s) URL") String url,
            Long agendaItemId) {
    }

    public record PersonCommand(
            @NotBlank(message = "キーを入力してください / enter a key") @Pattern(regexp = KEY, message = KEY_MESSAGE) @Size(max = 80, message = "80文字以内で入力してください / at most 80 characters") String key,
            @NotBlank(message = "氏名を入力してください / enter the name") @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String name,
            @Size(max = 100, message = "100文字以内で入力してください / at most 100 characters") String familyName,
            @Size(max = 100, message = "100文字以内で入力してください / at most 100 characters") String givenName,
            @NotBlank(message = "よみがなを入力してください / enter the kana reading")
            @Pattern(regexp = "[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+", message = "ひらがな・カタカナで入力してください / kana only")
            @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String nameReading,
            Integer lockVersion) {
    }

    public record PostCommand(
            @NotBlank(message = "キーを入力してください / enter a key") @Pattern(regexp = KEY, message = KEY_MESSAGE) @Size(max = 80, message = "80文字以内で入力してください / at most 80 characters") String key,
            @NotBlank(message = "会議体を指定してください / name the body") String organization,
            @NotBlank(message = "職名を入力してください / enter the label") @Size(max = 100, message = "100文字以内で入力してください / at most 100 characters") String label,
            @NotBlank(message = "役割を入力してください / enter the role") @Size(max = 100, message = "100文字以内で入力してください / at most 100 characters") String role,
            @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String exOfficio,
            @Min(value = 1, message = "1以上で入力してください / must be 1 or more") @Max(value = 100, message = "100以下で入力してください / at most 100") Integer seats,
            Integer sortOrder,
            Integer lockVersion) {
    }

    public record MembershipCommand(
            @NotBlank(message = "会議体を指定してください / name the body") String organization,
            String person,
            String post,
            @NotBlank(message = "役割を入力してください / enter the role") @Size(max = 100, message = "100文字以内で入力してください / at most 100 characters") String role,
            @Size(max = 300, message = "300文字以内で入力してください / at most 300 characters") String affiliation,
            LocalDate startDate,
            LocalDate endDate,
            Integer lockVersion) {
    }

    public record AppointmentCommand(
            @NotNull(message = "年度を入力してください / enter the fiscal year") @Min(value = 2000, message = "2000以降の年度を入力してください / 2000 or later") @Max(value = 2100, message = "2100以前の年度を入力してください / 2100 or earlier") Integer fiscalYear,
            @NotBlank(message = "名称を入力してください / enter a title") @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String title,
            @Size(max = 5000, message = "5000文字以内で入力してください / at most 5000 characters") String purpose,
            @NotNull(message = "発令日を入力してください / enter the appointment date") LocalDate appointedOn,
            @NotNull(message = "選任数を入力してください / enter the number appointed") @Min(value = 0, message = "0以上で入力してください / 0 or more") Integer appointedCount,
            LocalDate termEnd,
            boolean renewable,
            @Size(max = 20, message = "20件以内です / at most 20") List<@NotBlank(message = "役割を入力してください / enter the role") String> roles,
            @Size(max = 500, message = "500件以内です / at most 500") List<@Valid AdvisorCommand> advisors,
            Integer lockVersion) {
    }

    public record AdvisorCommand(
            @NotBlank(message = "所属を入力してください / enter the department") @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String department,
            @NotBlank(message = "職名を入力してください / enter the post") @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String postTitle) {
    }

    public record CohortCommand(
            @NotNull(message = "年度を入力してください / enter the fiscal year") @Min(value = 2000, message = "2000以降の年度を入力してください / 2000 or later") @Max(value = 2100, message = "2100以前の年度を入力してください / 2100 or earlier") Integer fiscalYear,
            @NotBlank(message = "研修名を入力してください / enter the program name") @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String programName,
            @Min(value = 0, message = "0以上で入力してください / 0 or more") Integer traineeCount,
            LocalDate trainingStart,
            LocalDate trainingEnd,
            LocalDate presentationOn,
            Integer cumulativeSinceFiscalYear,
            @Min(value = 0, message = "0以上で入力してください / 0 or more") Integer cumulativeCount,
            @Size(max = 100, message = "100件以内です / at most 100") List<@NotBlank(message = "発表内容を入力してください / enter the title") String> presentations,
            Integer lockVersion) {
    }

    public record TeamCommand(
            @NotNull(message = "年度を入力してください / enter the fiscal year") @Min(value = 2000, message = "2000以降の年度を入力してください / 2000 or later") @Max(value = 2100, message = "2100以前の年度を入力してください / 2100 or earlier") Integer fiscalYear,
            @NotBlank(message = "名称を入力してください / enter the name") @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String name,
            @Size(max = 5000, message = "5000文字以内で入力してください / at most 5000 characters") String purpose,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Min(value = 0, message = "0以上で入力してください / 0 or more") Integer participantCount,
            @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String participantsDrawnFrom,
            @Size(max = 5000, message = "5000文字以内で入力してください / at most 5000 characters") String note,
            Integer lockVersion) {
    }

    public record IssueCommand(
            @Min(value = 1, message = "1以上で入力してください / must be 1 or more") Integer number,
            @NotBlank(message = "課題名を入力してください / enter the title") @Size(max = 500, message = "500文字以内で入力してください / at most 500 characters") String title,
            Long extendsIssueId,
            @Size(max = 200, message = "200文字以内で入力してください / at most 200 characters") String extensionNote,
            Integer lockVersion) {
    }

    public record ScheduleCommand(
            @NotNull(message = "年度を入力してください / enter the fiscal year") @Min(value = 2000, message = "2000以降の年度を入力してください / 2000 or later") @Max(value = 2100, message = "2100以前の年度を入力してください / 2100 or earlier") Integer fiscalYear,
            String organization,
            @NotBlank(message = "種別を指定してください / name the kind")
            @Pattern(regexp = "council-meeting|proposal|headquarters-meeting|public-comment|adoption|other", message = "council-meeting、proposal、headquarters-meeting、public-comment、adoption、other のいずれかです / one of council-meeting, proposal, headquarters-meeting, public-comment, adoption, other")
            String kind,
            @NotBlank(message = "名称を入力してください / enter a title") @Size(max = 300, message = "300文字以内で入力してください / at most 300 characters") String title,
            @Size(max = 5000, message = "5000文字以内で入力してください / at most 5000 characters") String description,
            LocalDate plannedOn,
            @Pattern(regexp = "day|month|fiscal-year", message = "day、month、fiscal-year のいずれかです / one of day, month, fiscal-year") String plannedPrecision,
            @Size(max = 100, message = "100文字以内で入力してください / at most 100 characters") String plannedNote,
            LocalDate actualOn,
            boolean optional,
            Long meetingId,
            @Pattern(regexp = KEY, message = KEY_MESSAGE) String consultationId,
            @Pattern(regexp = KEY, message = KEY_MESSAGE) String planKey,
            Integer sortOrder,
            Integer lockVersion) {
    }
}
