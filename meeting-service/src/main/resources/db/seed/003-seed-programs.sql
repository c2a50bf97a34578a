--liquibase formatted sql

--changeset kyoso:seed-020-advisors
-- Source: 報告事項2 DXアドバイザーの選任について.
insert into advisor_appointment (fiscal_year, title, purpose, appointed_on, appointed_count, term_end, renewable)
values (2025, 'DXアドバイザー',
        '職場全体のデジタルスキルとリテラシーの習得・向上を目指し、デジタル行政推進リーダーに対して専門的な指導・助言等を行う「DXアドバイザー」を職員の中から選任',
        '2025-08-25', 8, '2026-03-31', true);

insert into advisor_role (appointment_id, number, description)
select a.id, x.number, x.description
from advisor_appointment a cross join (values
  (1, 'デジタル行政推進リーダーへの指導・助言'),
  (2, '現場の状況を踏まえた改善点の報告・提案'),
  (3, '自身の知見や経験の共有')
) as x(number, description)
where a.fiscal_year = 2025 and a.title = 'DXアドバイザー';

insert into advisor (appointment_id, department, post_title, sort_order)
select a.id, x.department, x.post_title, x.sort_order
from advisor_appointment a cross join (values
  ('企業局安全対策室', '担当室長', 1),
  ('学校指導課', '主査', 2),
  ('学校教育センター', '主査', 3),
  ('議事調査課', '主査', 4),
  ('市民協働推進課', '主任主事', 5),
  ('市民課', '主任主事', 6),
  ('健康政策課', '主任主事', 7),
  ('農業委員会事務局', '主任主事', 8)
) as x(department, post_title, sort_order)
where a.fiscal_year = 2025 and a.title = 'DXアドバイザー';

--changeset kyoso:seed-021-leader-cohort
-- Source: 報告事項3 (1) 令和7年度デジタル行政推進リーダー育成研修について.
insert into leader_cohort (fiscal_year, program_name, trainee_count, training_start, training_end, presentation_on,
                           cumulative_since_fy, cumulative_count)
values (2025, 'デジタル行政推進リーダー育成研修', 21, '2025-05-22', '2025-10-01', '2025-10-01', 2021, 100);

insert into leader_presentation (cohort_id, number, title)
select c.id, x.number, x.title
from leader_cohort c cross join (values
  (1, '金沢市保育所さがしワンストップアプリ事業'),
  (2, '高齢者向け見守り支援 SNS アプリ'),
  (3, '送付先変更届の記入と管理に関するワンストップサービス'),
  (4, '「旅TABI 金沢(旅のしおり)」サービス'),
  (5, '学校と保護者を結ぶhugloop で育む金沢型情報発信スタイル')
) as x(number, title)
where c.fiscal_year = 2025;

--changeset kyoso:seed-022-project-teams
-- Source: 報告事項3 (2) 令和7年度庁内DXプロジェクトチーム活動について. Issue ⑥ is marked "R6課題の機能向上":
-- it extends the 令和6年度 issue of the same business, the only thing the source tells about that year's team.
insert into project_team (organization_id, fiscal_year, name, purpose, period_start, period_end, participant_count,
                          participants_drawn_from, note)
select o.id, x.fiscal_year, x.name, x.purpose, x.period_start::date, x.period_end::date, x.participant_count,
       x.drawn_from, x.note
from organization o cross join (values
  (2024, '令和6年度庁内DXプロジェクトチーム', null, null, null, null, null,
   '令和7年度の課題⑥「指定校変更申請受付業務(R6課題の機能向上)」が機能向上の対象とした令和6年度の課題のみ記録'),
  (2025, '令和7年度庁内DXプロジェクトチーム',
   '庁内各課から提出された課題に対し、「庁内DXプロジェクトチーム」を編成し、庁内組織を横断して課題解決に取り組む',
   '2025-07-01', '2025-09-30', 10, 'デジタル行政推進リーダー', null)
) as x(fiscal_year, name, purpose, period_start, period_end, participant_count, drawn_from, note)
where o.key = 'dx-project-team';

insert into project_issue (team_id, number, title)
select t.id, 1, '指定校変更申請受付業務' from project_team t where t.fiscal_year = 2024;

insert into project_issue (team_id, number, title, extends_issue_id, extension_note)
select t.id, x.number, x.title,
       case when x.extends then (select i.id from project_issue i join project_team pt on pt.id = i.team_id
                                 where pt.fiscal_year = 2024 and i.title = '指定校変更申請受付業務') end,
       case when x.extends then 'R6課題の機能向上' end
from project_team t cross join (values
  (1, '公共建築物の改修・更新費用推計', false),
  (2, '職員録作成業務', false),
  (3, '財務事務改善業務', false),
  (4, '金沢未来のまち創造館 施設利用受付業務', false),
  (5, '施設監査業務', false),
  (6, '指定校変更申請受付業務', true)
) as x(number, title, extends)
where t.fiscal_year = 2025;

--changeset kyoso:seed-023-agenda-links
-- The reports of the third council meeting point at the records they report on.
update agenda_item set advisor_appointment_id = (select id from advisor_appointment where fiscal_year = 2025)
where number = '報告事項2' and title = 'DXアドバイザーの選任について';
update agenda_item set leader_cohort_id = (select id from leader_cohort where fiscal_year = 2025)
where title in ('デジタル行政推進リーダーの活動について', '令和7年度デジタル行政推進リーダー育成研修について');
update agenda_item set project_team_id = (select id from project_team where fiscal_year = 2025)
where title in ('デジタル行政推進リーダーの活動について', '令和7年度庁内DXプロジェクトチーム活動について');

--changeset kyoso:seed-024-schedule-2025
-- Source: 令和7年度 金沢市DX会議 スケジュール(予定). Planned dates as the schedule gives them; the actual date
-- of a meeting is the meeting's own held date. パブリックコメント: 令和7年11月中旬から30日間 (議題(3)).
insert into schedule_entry (fiscal_year, organization_id, kind, title, description, planned_on, planned_precision,
                            planned_note, optional, meeting_id, consultation_id, plan_key, sort_order)
select 2025, o.id, x.kind, x.title, x.description, x.planned_on::date, x.precision, x.note, x.optional,
       (select m.id from meeting m where m.organization_id = o.id and m.fiscal_year = 2025
          and ((x.meeting_number is not null and m.number = x.meeting_number)
               or (x.kind = 'headquarters-meeting' and m.planned_on = x.planned_on::date))),
       x.consultation_id, x.plan_key, x.sort_order
from (values
  ('dx-council', 'council-meeting', 'DX会議①', '「次期DXアクションプラン(案)」策定の考え方について', '2025-05-28', 'day', '5/28', false, 1, null, null, 1),
  ('dx-council', 'proposal', '委員提言', '委員提言(6月中) ※任意', '2025-06-01', 'month', '6月中', true, null, null, null, 2),
  ('dx-council', 'council-meeting', 'DX会議②', '「次期DXアクションプラン(案)」の検討 ～委員提言を受けて～', '2025-08-19', 'day', '8/19', false, 2, null, null, 3),
  ('dx-headquarters', 'headquarters-meeting', 'DX推進本部', '各局と施策検討に向けて情報共有', '2025-08-25', 'day', '8/25', false, null, null, null, 4),
  ('dx-council', 'council-meeting', 'DX会議③', '「次期DXアクションプラン(案)」の検討 ～骨子案の策定～', '2025-10-29', 'day', '10/29', false, 3, null, null, 5),
  ('kanazawa-city', 'public-comment', 'パブリックコメント実施', 'パブリックコメント実施(11月頃)。令和7年11月中旬から30日間', '2025-11-01', 'month', '11月頃', false, null, 'dx-action-plan-2-outline', 'dx-action-plan-2', 6),
  ('dx-council', 'council-meeting', 'DX会議④', '「次期DXアクションプラン(案)」の取りまとめ', '2026-01-01', 'month', '1月', false, 4, null, null, 7),
  ('kanazawa-city', 'adoption', '次期DXアクションプラン策定', '年度内に次期DXアクションプランを策定', '2026-03-31', 'fiscal-year', '年度内', false, null, null, 'dx-action-plan-2', 8)
) as x(org_key, kind, title, description, planned_on, precision, note, optional, meeting_number, consultation_id, plan_key, sort_order)
join organization o on o.key = x.org_key;
