--liquibase formatted sql

--changeset kyoso:seed-001-organizations
-- Source: 令和7年度 第3回 金沢市DX会議 資料 (2025-10-29): 委員名簿, 報告事項1 (DX推進本部), 報告事項3(2) (庁内DXプロジェクトチーム).
insert into organization (key, name, name_en, classification, description, parent_id, sort_order) values
  ('kanazawa-city', '金沢市', 'Kanazawa City', 'municipality', '全国地方公共団体コード 172014', null, 0);
insert into organization (key, name, name_en, classification, description, parent_id, sort_order)
select x.key, x.name, x.name_en, x.classification, x.description, c.id, x.sort_order
from organization c cross join (values
  ('dx-council', '金沢市DX会議', 'Kanazawa City DX Council', 'council',
   '次期DXアクションプラン(案)を検討する会議。委員6名（敬称略・五十音順）。', 1),
  ('dx-headquarters', '金沢市DX推進本部', 'Kanazawa City DX Promotion Headquarters', 'headquarters',
   '市長を本部長、両副市長を副本部長とし、教育長・公営企業管理者・各局長等を本部員とする庁内の推進体制。', 2),
  ('dx-project-team', '庁内DXプロジェクトチーム', 'In-house DX Project Team', 'project-team',
   '庁内各課から提出された課題に対し、「庁内DXプロジェクトチーム」を編成し、庁内組織を横断して課題解決に取り組む。', 3)
) as x(key, name, name_en, classification, description, sort_order)
where c.key = 'kanazawa-city';

--changeset kyoso:seed-002-council-members
-- 金沢市DX会議 委員（敬称略・五十音順）. The seed gives the order, not the kana; the readings below
-- are those of the members' public profiles and reproduce the seed's order.
insert into person (key, name, family_name, given_name, name_reading) values
  ('inatsugu-hiroaki', '稲継 裕昭', '稲継', '裕昭', 'いなつぐ ひろあき'),
  ('urata-mayu', '浦田 真由', '浦田', '真由', 'うらた まゆ'),
  ('oshima-yoko', '大島 葉子', '大島', '葉子', 'おおしま ようこ'),
  ('nakazawa-minoru', '中沢 実', '中沢', '実', 'なかざわ みのる'),
  ('fukushima-kenichiro', '福島 健一郎', '福島', '健一郎', 'ふくしま けんいちろう'),
  ('miyauchi-yasunori', '宮内 康範', '宮内', '康範', 'みやうち やすのり');

insert into membership (organization_id, person_id, role, affiliation)
select o.id, p.id, '委員', x.affiliation
from organization o
cross join (values
  ('inatsugu-hiroaki', '早稲田大学 政治経済学術院 教授'),
  ('urata-mayu', '名古屋大学 大学院情報学研究科 情報学部 人間・社会情報学科 准教授'),
  ('oshima-yoko', '日本マイクロソフト株式会社執行役員 常務 政策渉外・法務本部長'),
  ('nakazawa-minoru', '金沢工業大学 情報理工学部 情報工学科 教授 同大学 AIラボ所長'),
  ('fukushima-kenichiro', '一般社団法人 コード・フォー・カナザワ 代表理事'),
  ('miyauchi-yasunori', '一般社団法人 石川県情報システム工業会 副会長 新ビジネス創生部会長')
) as x(person_key, affiliation)
join person p on p.key = x.person_key
where o.key = 'dx-council';

--changeset kyoso:seed-003-headquarters-posts
-- 金沢市DX推進本部 構成 (報告事項1): posts are filled by whoever holds the office (ex officio).
insert into post (key, organization_id, label, role, ex_officio, seats, sort_order)
select x.key, o.id, x.label, x.role, x.ex_officio, x.seats, x.sort_order
from organization o cross join (values
  ('hq-chief', '本部長', '本部長', '市長', 1, 1),
  ('hq-deputy-chief', '副本部長', '副本部長', '副市長', 2, 2),
  ('hq-member-education', '本部員', '本部員', '教育長', 1, 3),
  ('hq-member-public-enterprise', '本部員', '本部員', '公営企業管理者', 1, 4),
  ('hq-member-urban-policy', '本部員', '本部員', '都市政策局長', 1, 5),
  ('hq-member-general-affairs', '本部員', '本部員', '総務局長', 1, 6),
  ('hq-member-culture-sports', '本部員', '本部員', '文化スポーツ局長', 1, 7),
  ('hq-member-economy', '本部員', '本部員', '経済局長', 1, 8),
  ('hq-member-agriculture', '本部員', '本部員', '農林水産局長', 1, 9),
  ('hq-member-citizens', '本部員', '本部員', '市民局長', 1, 10),
  ('hq-member-welfare-health', '本部員', '本部員', '福祉健康局長', 1, 11),
  ('hq-member-children', '本部員', '本部員', 'こども未来局長', 1, 12),
  ('hq-member-environment', '本部員', '本部員', '環境局長', 1, 13),
  ('hq-member-urban-development', '本部員', '本部員', '都市整備局長', 1, 14),
  ('hq-member-civil-engineering', '本部員', '本部員', '土木局長', 1, 15),
  ('hq-member-crisis-management', '本部員', '本部員', '危機管理監', 1, 16),
  ('hq-member-fire', '本部員', '本部員', '消防局長', 1, 17),
  ('hq-member-accounting', '本部員', '本部員', '会計管理者', 1, 18),
  ('hq-member-hospital', '本部員', '本部員', '市立病院事務局長', 1, 19),
  ('hq-member-art-university', '本部員', '本部員', '公立大学法人金沢美術工芸大学事務局長', 1, 20)
) as x(key, label, role, ex_officio, seats, sort_order)
where o.key = 'dx-headquarters';
