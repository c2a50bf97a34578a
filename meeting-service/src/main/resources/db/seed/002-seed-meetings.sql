--liquibase formatted sql

--changeset kyoso:seed-010-council-meetings
-- Source: 令和7年度 金沢市DX会議 スケジュール(予定) and 前回までの検討経過, in the materials of the third meeting
-- (2025-10-29). The fourth meeting is planned for January (1月) with no day fixed yet.
insert into meeting (organization_id, title, number, fiscal_year, status, planned_on, planned_precision, held_on, theme, summary)
select o.id, x.title, x.number, 2025, x.status, x.planned_on::date, x.planned_precision, x.held_on::date, x.theme, x.summary
from organization o cross join (values
  ('令和7年度 第1回 金沢市DX会議', 1, 'held', '2025-05-28', 'day', '2025-05-28',
   '「次期DXアクションプラン(案)」策定の考え方について',
   E'第1回会議での議論:\n・基本理念について → 次期プランにおいても継続\n・行動指針について → 次期プランにおいても継続\n・取組方針について → 未来共創計画との整合性を確保\n・取組の方向性について → Stage2～3での取組'),
  ('令和7年度 第2回 金沢市DX会議', 2, 'held', '2025-08-19', 'day', '2025-08-19',
   '「次期DXアクションプラン(案)」の検討 ～委員提言を受けて～', null),
  ('令和7年度 第3回 金沢市DX会議', 3, 'held', '2025-10-29', 'day', '2025-10-29',
   '「次期DXアクションプラン(案)」の検討 ～骨子案の策定～',
   E'「金沢市DXアクションプラン2.0」の骨子案を検討。\n・名称(案): 金沢市DXアクションプラン2.0 (現行: 金沢市DXアクションプラン)\n・計画期間: 4年間(令和8年度から令和11年度まで、未来共創計画の「充実期」に同じ)\n・基本理念・行動指針: 次期プランにおいても継続\n・取組方針: デジタルの「社会浸透」と「社会実装」に資する施策全般を推進、未来共創計画との整合性を確保\n・取組の方向性: 【1】全ての人の利便性向上(現行プランからの継続・充実)、【2】共創のための環境整備(次期プランで深める施策)、未来共創計画の5つの基本方針に沿った分野\n・パブリックコメント手続: 令和7年11月中旬から30日間'),
  ('令和7年度 第4回 金沢市DX会議', 4, 'planned', '2026-01-01', 'month', null,
   '「次期DXアクションプラン(案)」の取りまとめ', null)
) as x(title, number, status, planned_on, planned_precision, held_on, theme, summary)
where o.key = 'dx-council';

--changeset kyoso:seed-011-headquarters-meeting
-- Source: 報告事項1 金沢市DX推進本部の開催について; スケジュール: DX推進本部(8/25) … 各局と施策検討に向けて情報共有.
insert into meeting (organization_id, title, number, fiscal_year, status, planned_on, planned_precision, held_on, theme, summary)
select o.id, '令和7年度 金沢市DX推進本部', null, 2025, 'held', '2025-08-25', 'day', '2025-08-25',
       '次期金沢市DXアクションプラン掲載施策の検討',
       E'次期金沢市DXアクションプラン掲載施策の検討を開始。\n各局と施策検討に向けて情報共有。'
from organization o where o.key = 'dx-headquarters';

insert into agenda_item (meeting_id, parent_id, kind, number, title, description, sort_order, plan_key, plan_version_key)
select m.id, null, 'deliberation', '議事', '次期金沢市DXアクションプラン掲載施策の検討', '施策の検討を開始', 1,
       'dx-action-plan-2', null
from meeting m join organization o on o.id = m.organization_id
where o.key = 'dx-headquarters' and m.held_on = '2025-08-25';

--changeset kyoso:seed-012-council-agendas-1-2-4
-- Only the theme of the first, second and fourth meetings is known: it is their one 議題.
insert into agenda_item (meeting_id, parent_id, kind, number, title, sort_order, plan_key, plan_version_key)
select m.id, null, 'topic', '議題', m.theme, 1, 'dx-action-plan-2', null
from meeting m join organization o on o.id = m.organization_id
where o.key = 'dx-council' and m.fiscal_year = 2025 and m.number in (1, 2, 4);

--changeset kyoso:seed-013-council-agenda-3
-- 次第 of the third meeting: 開会 / 1 報告事項 (1-3) / 2 議事 (議題 with three sub-items) / 3 意見交換 / 閉会.
insert into agenda_item (meeting_id, parent_id, kind, number, title, sort_order)
select m.id, null, x.kind, x.number, x.title, x.sort_order
from meeting m join organization o on o.id = m.organization_id
cross join (values
  ('opening', null, '開会', 1),
  ('reports', '1', '報告事項', 2),
  ('deliberation', '2', '議事', 3),
  ('exchange', '3', '意見交換', 4),
  ('closing', null, '閉会', 5)
) as x(kind, number, title, sort_order)
where o.key = 'dx-council' and m.fiscal_year = 2025 and m.number = 3;

insert into agenda_item (meeting_id, parent_id, kind, number, title, sort_order, related_meeting_id)
select p.meeting_id, p.id, 'report', x.number, x.title, x.sort_order,
       case when x.number = '報告事項1' then (select hm.id from meeting hm join organization ho on ho.id = hm.organization_id
                                          where ho.key = 'dx-headquarters' and hm.held_on = '2025-08-25') end
from agenda_item p join meeting m on m.id = p.meeting_id join organization o on o.id = m.organization_id
cross join (values
  ('報告事項1', '金沢市DX推進本部の開催について', 1),
  ('報告事項2', 'DXアドバイザーの選任について', 2),
  ('報告事項3', 'デジタル行政推進リーダーの活動について', 3)
) as x(number, title, sort_order)
where o.key = 'dx-council' and m.number = 3 and m.fiscal_year = 2025 and p.kind = 'reports';

insert into agenda_item (meeting_id, parent_id, kind, number, title, sort_order)
select p.meeting_id, p.id, 'report', x.number, x.title, x.sort_order
from agenda_item p join meeting m on m.id = p.meeting_id join organization o on o.id = m.organization_id
cross join (values
  ('(1)', '令和7年度デジタル行政推進リーダー育成研修について', 1),
  ('(2)', '令和7年度庁内DXプロジェクトチーム活動について', 2)
) as x(number, title, sort_order)
where o.key = 'dx-council' and m.number = 3 and m.fiscal_year = 2025 and p.number = '報告事項3';

insert into agenda_item (meeting_id, parent_id, kind, number, title, description, sort_order, plan_key, plan_version_key)
select p.meeting_id, p.id, 'topic', '議題', '「次期DXアクションプラン(案)」の検討',
       '前回までの検討経過を踏まえ、(1)基本的考え方(①基本理念及び行動指針、②取組方針、③取組の方向性)、(2)名称、(3)パブリックコメント手続を検討する。',
       1, 'dx-action-plan-2', 'outline-2025-10-29'
from agenda_item p join meeting m on m.id = p.meeting_id join organization o on o.id = m.organization_id
where o.key = 'dx-council' and m.number = 3 and m.fiscal_year = 2025 and p.kind = 'deliberation';

insert into agenda_item (meeting_id, parent_id, kind, number, title, description, sort_order, plan_key, plan_version_key, consultation_id)
select p.meeting_id, p.id, 'subtopic', null, x.title, x.description, x.sort_order, 'dx-action-plan-2', 'outline-2025-10-29', x.consultation_id
from agenda_item p join meeting m on m.id = p.meeting_id join organization o on o.id = m.organization_id
cross join (values
  ('取組の方向性について(未来共創計画からの方向性)',
   '未来共創計画の5つの基本方針(魅力づくり・暮らしづくり・人づくり・仕事づくり・都市づくり)に沿った取組の方向性', 1, null),
  ('次期プランの名称について', '(現行) 金沢市DXアクションプラン → (案) 金沢市DXアクションプラン2.0', 2, null),
  ('パブリックコメント手続について', '「金沢市DXアクションプラン2.0」骨子案について市民の皆さまからご意見を募集。期間 令和7年11月中旬から30日間', 3,
   'dx-action-plan-2-outline')
) as x(title, description, sort_order, consultation_id)
where o.key = 'dx-council' and m.number = 3 and m.fiscal_year = 2025 and p.kind = 'topic';

--changeset kyoso:seed-014-council-documents-3
-- 資料 of the third meeting, each beside the agenda item it belongs to. No public URL is given in the source.
insert into meeting_document (meeting_id, agenda_item_id, title, kind, sort_order)
select m.id, (select a.id from agenda_item a where a.meeting_id = m.id and a.title = x.item_title),
       x.title, x.kind, x.sort_order
from meeting m join organization o on o.id = m.organization_id
cross join (values
  ('次第', 'agenda', null, 1),
  ('金沢市DX会議 委員名簿(敬称略・五十音順)', 'roster', null, 2),
  ('報告事項1 金沢市DX推進本部の開催について', 'report', '金沢市DX推進本部の開催について', 3),
  ('報告事項2 DXアドバイザーの選任について', 'report', 'DXアドバイザーの選任について', 4),
  ('報告事項3 デジタル行政推進リーダーの活動について', 'report', 'デジタル行政推進リーダーの活動について', 5),
  ('議題 「次期DXアクションプラン(案)」の検討', 'material', '「次期DXアクションプラン(案)」の検討', 6),
  ('「金沢市DXアクションプラン 2.0」骨子案(パブリックコメント資料)', 'material', 'パブリックコメント手続について', 7),
  ('令和7年度 金沢市DX会議 スケジュール(予定)', 'schedule', null, 8)
) as x(title, kind, item_title, sort_order)
where o.key = 'dx-council' and m.number = 3 and m.fiscal_year = 2025;

--changeset kyoso:seed-015-council-basic-approach
-- 前回までの検討経過 (1)基本的考え方, reported at the third meeting as the outcome of the earlier ones.
update meeting set summary = E'基本的考え方: 国の動向やデジタル化の進展など社会環境の変化に対応するとともに、現行プランの継続性と未来共創計画との整合性に留意しながら策定を進める\n' || summary
where fiscal_year = 2025 and number = 1
  and organization_id = (select id from organization where key = 'dx-council');
