--liquibase formatted sql

--changeset kyoso:seed-003-master-plan
-- 未来共創計画: the five basic policies and the cross-cutting perspective the council material cites.
-- 2.0's period (令和8〜11年度) is the same as the master plan's 充実期.
insert into master_plan (code, name) values ('mirai-kyoso', '未来共創計画');
insert into master_plan_phase (master_plan_id, name, start_fy, end_fy)
select id, '充実期', 2026, 2029 from master_plan where code = 'mirai-kyoso';
insert into basic_policy (master_plan_id, number, title, theme)
select m.id, x.number, x.title, x.theme
from master_plan m cross join (values
    (1, '世界に誇る伝統と創造の文化が息づくまち', '魅力づくり'),
    (2, '多様な人々が共生し、心豊かに暮らせるまち', '暮らしづくり'),
    (3, '共に学び、未来を創る人を育むまち', '人づくり'),
    (4, '創造・変革により成長するまち', '仕事づくり'),
    (5, '活力と個性があふれ、安全で持続可能なまち', '都市づくり')
) as x(number, title, theme)
where m.code = 'mirai-kyoso';
insert into cross_cutting_perspective (master_plan_id, title, sort_order)
select id, 'あらゆる分野でのデジタル化の推進', 1 from master_plan where code = 'mirai-kyoso';

--changeset kyoso:seed-004-plan-facts
update plan set adopted_fy = 2022 where code = 'dx-action-plan';
update plan set
    name_proposed = true,
    period_note = '未来共創計画の「充実期」に同じ',
    master_plan_code = 'mirai-kyoso',
    basic_approach = '国の動向やデジタル化の進展など社会環境の変化に対応するとともに、現行プランの継続性と未来共創計画との整合性に留意しながら策定を進める',
    drafting_decisions = array[
        '基本理念 … 次期プランにおいても継続',
        '行動指針 … 次期プランにおいても継続',
        '取組方針 … 未来共創計画との整合性を確保',
        '取組の方向性 … Stage2～3での取組'],
    background = array[
        '国の動向やデジタル化の進展など社会環境の変化に対応するとともに、「現行プランからの継続性」と「未来共創計画との整合性」に留意しながら策定を進めたもの',
        '「社会浸透」から「社会浸透と社会実装」を目指すものであること'],
    continuity = array[
        '「基本理念」「行動指針」',
        '「取組の方向性」 … 「全ての人の利便性の向上」の部分'],
    continuity_keys = array['basic-philosophy', 'guidelines', 'perspective-convenience'],
    consistency = array[
        '「取組の方向性」 … 「共創のための環境整備」の部分',
        '未来共創計画からの方向性(5つの基本方針)の部分'],
    consistency_keys = array['perspective-co-creation', 'fields']
where code = 'dx-action-plan-2';

--changeset kyoso:seed-005-policy-and-directions
-- 取組方針 (2.3) and 取組の方向性 (2.4) of both plans. Rows are inserted level by level so that
-- each row can find its parent by key within the same version.
-- Current plan (adopted), level 1.
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select v.id, null, x.node_key, x.kind, x.number, x.title, null, x.body, x.sort_order
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('policy', 'POLICY', '2.3', '取組方針',
     '基本理念であるデジタルにより「全ての人が便利に暮らし、幸せを実感する」ための取り組みを推進します。' || chr(10) ||
     'DXによる「デジタル社会」を切り開くため、本市がこれまで築いてきた大切な資産を最大限活用することとし、4つの分野で重点的に施策を展開していきます。', 3),
    ('directions', 'DIRECTIONS', '2.4', '取組の方向性', null, 4)
) as x(node_key, kind, number, title, body, sort_order)
where p.code = 'dx-action-plan' and v.code = 'adopted';

-- Current plan, level 2: Stage 2 (社会浸透, what the plan does) and Stage 3 (社会実装, what it aims at).
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select v.id, par.id, x.node_key, x.kind, x.number, x.title, null, null, x.sort_order
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('directions', 'stage-2-diffusion', 'STAGE', 'Stage 2', 'デジタルの社会浸透', 1),
    ('directions', 'stage-3-implementation', 'STAGE', 'Stage 3', 'デジタルの社会実装', 2)
) as x(parent_key, node_key, kind, number, title, sort_order)
join section_node par on par.node_key = x.parent_key
where p.code = 'dx-action-plan' and v.code = 'adopted' and par.version_id = v.id;

-- Current plan, level 3: 全ての人の利便性向上, the four fields with their goals, the 社会実装 targets.
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select v.id, par.id, x.node_key, x.kind, null, x.title, x.subtitle, null, x.sort_order
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('stage-2-diffusion', 'perspective-convenience', 'PERSPECTIVE', 'デジタルにより全ての人の利便性向上', null, 1),
    ('stage-2-diffusion', 'field-industry', 'FIELD', '産業', '生産性の向上と価値の創造', 2),
    ('stage-2-diffusion', 'field-community', 'FIELD', '地域', '住民相互の交流と連帯意識の醸成', 3),
    ('stage-2-diffusion', 'field-culture', 'FIELD', '文化', '「文化都市 金沢」を推進', 4),
    ('stage-2-diffusion', 'field-education', 'FIELD', '教育', '誰もが学び成長', 5),
    ('stage-3-implementation', 'target-individual', 'TARGET', '一人ひとりに寄り添う', null, 1),
    ('stage-3-implementation', 'target-connection', 'TARGET', '人と人がつながる', null, 2),
    ('stage-3-implementation', 'target-attraction', 'TARGET', '金沢の魅力が広がる', null, 3),
    ('stage-3-implementation', 'target-sustainable', 'TARGET', 'まちが持続的に発展する', null, 4)
) as x(parent_key, node_key, kind, title, subtitle, sort_order)
join section_node par on par.node_key = x.parent_key
where p.code = 'dx-action-plan' and v.code = 'adopted' and par.version_id = v.id;

-- Current plan, level 4: the measures (施策) under each heading and the items of each target.
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select v.id, par.id, x.node_key, x.kind, null, x.title, null, null, x.sort_order
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('perspective-convenience', 'convenience-mynumber-services', 'MEASURE', 'マイナンバーカードを活用したサービスの実装', 1),
    ('perspective-convenience', 'convenience-ai-drones', 'MEASURE', 'AIやドローンなどデジタル技術の活用', 2),
    ('perspective-convenience', 'convenience-online-services', 'MEASURE', 'オンラインによるサービスの充実', 3),
    ('field-industry', 'industry-web3', 'MEASURE', 'Web3.0技術の利活用', 1),
    ('field-industry', 'industry-traffic-data', 'MEASURE', '交通データ活用による新たな交通施策の検討', 2),
    ('field-community', 'community-neighborhood-associations', 'MEASURE', '町会活動のデジタル化推進', 1),
    ('field-community', 'community-digital-tool-courses', 'MEASURE', '地域団体へのデジタルツール活用講座の開催', 2),
    ('field-culture', 'culture-digital-museum', 'MEASURE', 'デジタルミュージアムによる新たな文化体験の提供', 1),
    ('field-culture', 'culture-digital-archive', 'MEASURE', 'デジタルアーカイブの整備と工芸データベースの提供', 2),
    ('field-education', 'education-personalized-learning', 'MEASURE', '子供の興味・関心・意欲・技能に合わせた学びの機会の提供', 1),
    ('field-education', 'education-truancy-data', 'MEASURE', 'データ利活用による不登校対策の強化', 2),
    ('target-individual', 'target-individual-guidance', 'TARGET_ITEM', '必要な人に必要な案内を提供', 1),
    ('target-individual', 'target-individual-no-visit', 'TARGET_ITEM', '「行かない市役所」「書かない窓口」を実現', 2),
    ('target-connection', 'target-connection-lower-hurdles', 'TARGET_ITEM', 'デジタルに対するハードルを軽減', 1),
    ('target-connection', 'target-connection-communities', 'TARGET_ITEM', '人とつながる多様なコミュニティを形成', 2),
    ('target-attraction', 'target-attraction-expand-arts', 'TARGET_ITEM', '文化芸術の魅力と裾野を拡大', 1),
    ('target-attraction', 'target-attraction-pass-on-arts', 'TARGET_ITEM', '文化芸術を次世代に継承', 2),
    ('target-sustainable', 'target-sustainable-growth', 'TARGET_ITEM', '人口減少下での成長を実現', 1),
    ('target-sustainable', 'target-sustainable-exchange', 'TARGET_ITEM', '多様な人との交流を促進', 2)
) as x(parent_key, node_key, kind, title, sort_order)
join section_node par on par.node_key = x.parent_key
where p.code = 'dx-action-plan' and v.code = 'adopted' and par.version_id = v.id;

-- 2.0 outline (骨子案 2025-10-29), level 1. The source marks in red what 2.0 adds to 取組方針.
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order,
                          source_marked, source_note)
select v.id, null, x.node_key, x.kind, x.number, x.title, x.subtitle, x.body, x.sort_order, x.marked, x.note
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('policy', 'POLICY', '2.3', '取組方針', null,
     '基本理念であるデジタルにより「全ての人が便利に暮らし、幸せを実感する」ための取組を推進します。' || chr(10) ||
     'このプランでは、デジタルの「社会浸透」と「社会実装」に資する施策全般を推進することを基本としつつ、「あらゆる分野におけるデジタル化の推進」が未来共創計画の5つの基本方針の横断的視点とされていることも踏まえ、デジタルを活用して、全ての人にとっての利便性の向上と、市民・大学・企業などの多様な主体と共創ができる環境の整備に向けて、利用者の視点を大切にして施策を展開していきます。',
     3, 'デジタルの「社会浸透」と「社会実装」に資する施策全般を推進することを基本としつつ', '赤字部分追加'),
    ('directions', 'DIRECTIONS', '2.4', '取組の方向性', 'Stage 2～3 デジタルの社会浸透・社会実装',
     '「全ての人が便利に暮らし、幸せを実感する」ための取組を推進' || chr(10) ||
     'デジタルの「社会浸透」と「社会実装」に資する施策全般を推進' || chr(10) ||
     '「全ての人の利便性向上」と「共創のための環境整備」に向けて利用者の視点を大切にして推進' || chr(10) ||
     '「未来共創計画」の5つの分野に沿って推進',
     4, null, null)
) as x(node_key, kind, number, title, subtitle, body, sort_order, marked, note)
where p.code = 'dx-action-plan-2' and v.code = 'outline-2025-10-29';

-- 2.0 outline, level 2: the five basic policies cited by 取組方針; 全般, 視点 and 分野 of 取組の方向性.
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order,
                          aligned_basic_policy)
select v.id, par.id, x.node_key, x.kind, x.number, x.title, x.subtitle, x.body, x.sort_order, x.bp::int
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('policy', 'policy-basic-policy-1', 'BASIC_POLICY_REF', '基本方針 1', '世界に誇る伝統と創造の文化が息づくまち', '魅力づくり', null, 1, 1),
    ('policy', 'policy-basic-policy-2', 'BASIC_POLICY_REF', '基本方針 2', '多様な人々が共生し、心豊かに暮らせるまち', '暮らしづくり', null, 2, 2),
    ('policy', 'policy-basic-policy-3', 'BASIC_POLICY_REF', '基本方針 3', '共に学び、未来を創る人を育むまち', '人づくり', null, 3, 3),
    ('policy', 'policy-basic-policy-4', 'BASIC_POLICY_REF', '基本方針 4', '創造・変革により成長するまち', '仕事づくり', null, 4, 4),
    ('policy', 'policy-basic-policy-5', 'BASIC_POLICY_REF', '基本方針 5', '活力と個性があふれ、安全で持続可能なまち', '都市づくり', null, 5, 5),
    ('directions', 'directions-general', 'GENERAL', null, '全般', null, null, 1, null),
    ('directions', 'perspectives', 'PERSPECTIVES', null, '視点', '全体の方向性', null, 2, null),
    ('directions', 'fields', 'FIELDS', null, '分野', '未来共創計画からの方向性',
     '未来共創計画では、以下の5つの基本方針に沿って施策を展開する' || chr(10) ||
     '横断的視点の一つに、「あらゆる分野でのデジタル化の推進」を掲げている', 3, null)
) as x(parent_key, node_key, kind, number, title, subtitle, body, sort_order, bp)
join section_node par on par.node_key = x.parent_key
where p.code = 'dx-action-plan-2' and v.code = 'outline-2025-10-29' and par.version_id = v.id;

-- 2.0 outline, level 3: Stage 2 / Stage 3, the two 視点, the five 分野 (each realising one basic policy).
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order,
                          aligned_basic_policy)
select v.id, par.id, x.node_key, x.kind, x.number, x.title, x.subtitle, x.body, x.sort_order, x.bp::int
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('directions-general', 'stage-2-diffusion', 'STAGE', 'Stage 2', 'デジタルの社会浸透', null, null, 1, null),
    ('directions-general', 'stage-3-implementation', 'STAGE', 'Stage 3', 'デジタルの社会実装', null, null, 2, null),
    ('perspectives', 'perspective-convenience', 'PERSPECTIVE', '1', '全ての人の利便性向上', '現行プランからの継続・充実',
     'デジタルにより、全ての人のための利便性の向上に向けて、利用者の視点を大切にして施策を展開していきます', 1, null),
    ('perspectives', 'perspective-co-creation', 'PERSPECTIVE', '2', '共創のための環境整備', '次期プランで深める施策',
     'デジタルにより、市民・大学・企業などの多様な主体と共創ができる環境の整備に向けて、利用者の視点を大切にして施策を展開していきます', 2, null),
    ('fields', 'field-attraction', 'FIELD', '1', 'デジタルによる魅力づくり', null,
     '世界に誇る伝統と創造の文化が息づくまちの実現に向けたデジタル施策を推進', 1, 1),
    ('fields', 'field-living', 'FIELD', '2', 'デジタルによる暮らしづくり', null,
     '多様な人々が共生し、心豊かに暮らせるまちの実現に向けたデジタル施策を推進', 2, 2),
    ('fields', 'field-people', 'FIELD', '3', 'デジタルによる人づくり', null,
     '共に学び、未来を創る人を育むまちの実現に向けたデジタル施策を推進', 3, 3),
    ('fields', 'field-work', 'FIELD', '4', 'デジタルによる仕事づくり', null,
     '創造・変革により成長するまちの実現に向けたデジタル施策を推進', 4, 4),
    ('fields', 'field-city', 'FIELD', '5', 'デジタルによる都市づくり', null,
     '活力と個性があふれ、安全で持続可能なまちの実現に向けたデジタル施策を推進', 5, 5)
) as x(parent_key, node_key, kind, number, title, subtitle, body, sort_order, bp)
join section_node par on par.node_key = x.parent_key
where p.code = 'dx-action-plan-2' and v.code = 'outline-2025-10-29' and par.version_id = v.id;

-- 2.0 outline, level 4: the examples (施策の例) of each 視点 and 分野.
insert into section_node (version_id, parent_id, node_key, kind, number, title, subtitle, body, sort_order)
select v.id, par.id, x.node_key, 'EXAMPLE', null, x.title, null, x.body, x.sort_order
from plan_version v join plan p on p.id = v.plan_id
cross join (values
    ('perspective-convenience', 'convenience-e-application', '電子申請、電子納付の充実', null, 1),
    ('perspective-convenience', 'convenience-mynumber-procedures', 'マイナンバーカードの活用による安全・安心・便利な行政手続の整備', null, 2),
    ('perspective-convenience', 'convenience-genai-automation', '生成AIを活用した手続きや応答の自動化', null, 3),
    ('perspective-convenience', 'convenience-internal-digitalization', '庁内事務のデジタル化、生成AIの活用の推進', null, 4),
    ('perspective-co-creation', 'co-creation-sharing-place', '情報(データ)、地域課題、意見、発想、技術等を共有できる場の構築', null, 1),
    ('perspective-co-creation', 'co-creation-digital-talent', 'あらゆる分野でのデジタル人材の育成', null, 2),
    ('perspective-co-creation', 'co-creation-exchange', '金沢とつながる人々が交流できる機会の創出', null, 3),
    ('perspective-co-creation', 'co-creation-digital-divide', 'デジタルデバイドの解消に向けた取組の推進', null, 4),
    ('field-attraction', 'attraction-culture-experience', 'デジタル技術を活用した新たな文化体験の提供', null, 1),
    ('field-attraction', 'attraction-digital-archive', 'デジタルアーカイブの整備、公開', null, 2),
    ('field-attraction', 'attraction-tourism-data', 'データに基づく快適な観光体験の提供', null, 3),
    ('field-living', 'living-community-activities', '地域活動のデジタル化の推進', null, 1),
    ('field-living', 'living-civic-tech', 'シビックテック活動の推進による地域課題の解決', null, 2),
    ('field-living', 'living-welfare-services', 'デジタル技術を活用した多様な福祉サービスの提供', null, 3),
    ('field-people', 'people-learning-environment', 'デジタル技術を活用した学習環境の充実、教育支援体制の充実', null, 1),
    ('field-people', 'people-children-digital', '子ども達がデジタル技術に触れる・学ぶ機会の提供', null, 2),
    ('field-people', 'people-next-generation-talent', '次世代のデジタル人材の育成', null, 3),
    ('field-work', 'work-new-industries', 'デジタル人材の集積・交流による新産業創出の推進', null, 1),
    ('field-work', 'work-reskilling', '企業におけるデジタル人材の育成とリスクリングへの支援', null, 2),
    ('field-work', 'work-smart-agriculture', 'スマート農業・スマート林業の推進', null, 3),
    ('field-city', 'city-urban-functions', 'デジタル技術を活用した都市機能の向上', '交通の利便性の向上、AIで活用できるデータの整備など', 1),
    ('field-city', 'city-convenience-efficiency', 'デジタル技術の活用による市民の利便性向上と行政事務の効率化', null, 2),
    ('field-city', 'city-staff-capability', '職員のデジタル対応力の強化', null, 3),
    ('field-city', 'city-disaster-resilience', '災害対応力の強化と公共インフラの強靱化に向けたデジタル技術の活用', '防災・減災の推進、消防・救急体制の充実、除雪管理のデジタル化など', 4)
) as x(parent_key, node_key, title, body, sort_order)
join section_node par on par.node_key = x.parent_key
where p.code = 'dx-action-plan-2' and v.code = 'outline-2025-10-29' and par.version_id = v.id;
