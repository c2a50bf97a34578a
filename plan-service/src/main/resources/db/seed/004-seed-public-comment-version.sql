--liquibase formatted sql

--changeset kyoso:seed-007-public-comment-version
-- The council material also gives the 骨子案 as it goes to public comment (パブリックコメント資料):
-- the same outline written as a summary table, in plain form (である調), without the まとめ, the
-- subtitles of the 視点 and the 施策の例 of the 分野, and with 成果検証 worded 「成果と結果の検証」.
-- It is a version of its own so that a reader can compare it with the 骨子案 slides.
insert into plan_version (plan_id, code, label, status, dated, published_at, based_on_id)
select p.id, 'public-comment', '骨子案（パブリックコメント資料）', 'published', null, null, v.id
from plan p join plan_version v on v.plan_id = p.id and v.code = 'outline-2025-10-29'
where p.code = 'dx-action-plan-2';

-- Copy the outline's nodes; parents are re-linked by key afterwards.
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order,
                          aligned_basic_policy)
select pc.id, null, n.node_key, n.kind, n.number, n.title, n.subtitle, n.body, n.sort_order, n.aligned_basic_policy
from section_node n
join plan_version o on o.id = n.version_id and o.code = 'outline-2025-10-29'
join plan p on p.id = o.plan_id and p.code = 'dx-action-plan-2'
join plan_version pc on pc.plan_id = p.id and pc.code = 'public-comment';

update section_node c set parent_id = cp.id
from section_node n
join section_node np on np.id = n.parent_id
join plan_version o on o.id = n.version_id and o.code = 'outline-2025-10-29'
join plan p on p.id = o.plan_id and p.code = 'dx-action-plan-2',
     plan_version pc, section_node cp
where pc.plan_id = p.id and pc.code = 'public-comment'
  and c.version_id = pc.id and c.node_key = n.node_key
  and cp.version_id = pc.id and cp.node_key = np.node_key;

-- The table drops the 分野' 施策の例 (leaves first, then nothing else hangs below them).
delete from section_node c
using plan_version pc, plan p
where c.version_id = pc.id and pc.code = 'public-comment' and pc.plan_id = p.id and p.code = 'dx-action-plan-2'
  and c.kind = 'EXAMPLE'
  and c.parent_id in (select f.id from section_node f where f.version_id = pc.id and f.kind = 'FIELD');

-- What the table words differently.
update section_node c set body = x.body, subtitle = x.subtitle
from (values
    ('basic-philosophy', null, '全ての人が便利に暮らし、幸せを実感するまちへ'),
    ('guideline-citizen-perspective', '市民の利便性向上に取り組む', null),
    ('guideline-speed', '社会の変化に迅速に対応して取り組む', null),
    ('guideline-challenge', 'できることから積極的に取り組む', null),
    ('guideline-verification', '成果と結果の検証を重視して取り組む', null),
    ('guideline-digital-first', 'デジタルの活用を前提に取り組む', null),
    ('policy',
     '基本理念であるデジタルにより「全ての人が便利に暮らし、幸せを実感する」ための取組を推進する。' || chr(10) ||
     'このプランでは、デジタルの「社会浸透」と「社会実装」に資する施策全般を推進することを基本としつつ、「あらゆる分野におけるデジタル化の推進」が未来共創計画の5つの基本方針の横断的視点とされていることも踏まえ、デジタルを活用して、全ての人にとっての利便性の向上と、市民・大学・企業などの多様な主体と共創ができる環境の整備に向けて、利用者の視点を大切にして施策を展開していく。',
     null),
    ('directions', null, null),
    ('perspectives', null, null),
    ('fields', null, null),
    ('perspective-convenience',
     'デジタルにより、全ての人のための利便性の向上に向けて、利用者の視点を大切にして施策を展開していく', null),
    ('perspective-co-creation',
     'デジタルにより、市民・大学・企業などの多様な主体と共創ができる環境の整備に向けて、利用者の視点を大切に施策を展開していく', null)
) as x(node_key, body, subtitle),
plan_version pc, plan p
where c.version_id = pc.id and pc.code = 'public-comment' and pc.plan_id = p.id and p.code = 'dx-action-plan-2'
  and c.node_key = x.node_key;
