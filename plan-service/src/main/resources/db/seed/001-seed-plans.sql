--liquibase formatted sql

--changeset kyoso:seed-001-plans
-- Source: 令和7年度 第3回 金沢市DX会議 資料 (2025-10-29). The current plan was adopted in 令和4年度
-- for 令和5〜7年度; 2.0 is the draft for 令和8〜11年度 (the 充実期 of 未来共創計画).
insert into plan (code, name, name_en, status, period_start_fy, period_end_fy, predecessor_id)
values ('dx-action-plan', '金沢市DXアクションプラン', 'Kanazawa City DX Action Plan', 'current', 2023, 2025, null);
insert into plan (code, name, name_en, status, period_start_fy, period_end_fy, predecessor_id)
values ('dx-action-plan-2', '金沢市DXアクションプラン2.0', 'Kanazawa City DX Action Plan 2.0', 'draft', 2026, 2029,
        (select id from plan where code = 'dx-action-plan'));

insert into plan_version (plan_id, code, label, status, dated, published_at)
values ((select id from plan where code = 'dx-action-plan'), 'adopted', '策定版', 'published', null, null);
insert into plan_version (plan_id, code, label, status, dated, published_at)
values ((select id from plan where code = 'dx-action-plan-2'), 'outline-2025-10-29', '骨子案', 'published', '2025-10-29',
        '2025-10-29T00:00:00+09:00');

--changeset kyoso:seed-002-philosophy-and-guidelines
-- 基本理念 and 行動指針 are continued unchanged from the current plan into 2.0 (第1回会議での議論).
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select v.id, null, 'basic-philosophy', 'BASIC_PHILOSOPHY', '2.1', '基本理念',
       '全ての人が便利に暮らし、幸せを実感するまちへ',
       '「全ての人が便利に暮らし幸せを実感するまち」をめざし、DXによる質の高いサービスを創り続けることで、地域の幸福度や、まちの持続可能性を高めていきます。',
       1
from plan_version v join plan p on p.id = v.plan_id
where (p.code, v.code) in (('dx-action-plan', 'adopted'), ('dx-action-plan-2', 'outline-2025-10-29'));

insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select v.id, null, 'guidelines', 'GUIDELINES', '2.2', '行動指針', null,
       'プランの実践・推進にあたり、次の行動指針に基づき取り組みます。', 2
from plan_version v join plan p on p.id = v.plan_id
where (p.code, v.code) in (('dx-action-plan', 'adopted'), ('dx-action-plan-2', 'outline-2025-10-29'));

insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select g.version_id, g.id, x.node_key, 'GUIDELINE', x.number, x.title, null, x.body, x.sort_order
from section_node g
cross join (values
    ('guideline-citizen-perspective', '1', '市民目線', '市民の利便性向上に取り組みます', 1),
    ('guideline-speed', '2', 'スピード感', '社会の変化に迅速に対応して取り組みます', 2),
    ('guideline-challenge', '3', 'チャレンジ', 'できることから積極的に取り組みます', 3),
    ('guideline-verification', '4', '成果検証', '成果と検証を重視して取り組みます', 4),
    ('guideline-digital-first', '5', 'デジタルファースト', 'デジタルの活用を前提に取り組みます', 5)
) as x(node_key, number, title, body, sort_order)
where g.node_key = 'guidelines';
