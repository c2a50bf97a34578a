--liquibase formatted sql

--changeset kyoso:seed-001-dx-action-plan-2-outline
-- Source: 令和7年度 第3回 金沢市DX会議 資料 (2025-10-29), 議題(3) パブリックコメント手続.
-- The source fixes the period only as 「令和7年11月中旬から30日間」 (kept verbatim in period_note).
-- opens_at 2025-11-17 00:00 JST is a Monday within 中旬; 30 days run to 12月16日 inclusive, so
-- closes_at (exclusive) is 2025-12-17 00:00 JST. A moderator adjusts both when the date is fixed.
-- Who may submit, required fields and channels are not in the source: they follow the city's usual form.
insert into consultation (code, title, summary, plan_code, plan_version_code, plan_name, plan_version_label,
                          draft_dated, status, opens_at, closes_at, period_note, eligibility,
                          allowed_attributes, required_fields, channels, documents, outline, outline_taken_at,
                          created_at, created_by)
values ('dx-action-plan-2-outline',
        '「金沢市DXアクションプラン2.0」骨子案に対する意見募集',
        '現在、令和4年度に策定した「金沢市DXアクションプラン」の後継となる計画の策定に向けて検討を進めています。'
        || E'\n\n'
        || '検討に当たっては、国の動向やデジタル化の進展など社会環境の変化に対応するとともに現行プランの継続性と未来共創計画との整合性に留意しながら検討を進めてきたところ、今般、「金沢市DXアクションプラン2.0」として、その骨子案がまとまりました。'
        || E'\n\n'
        || 'ついては、「金沢市DXアクションプラン2.0」の内容について、市民の皆さまからご意見を募集します。'
        || E'\n\n'
        || 'なお、お寄せいただいたご意見につきましては、個人情報を除いて、本市の考え方とともに公表させていただきます。',
        'dx-action-plan-2', 'outline-2025-10-29', '金沢市DXアクションプラン2.0', '骨子案',
        '2025-10-29', 'scheduled', '2025-11-17T00:00:00+09:00', '2025-12-17T00:00:00+09:00',
        '令和7年11月中旬から30日間',
        '市内に在住・在勤・在学の方、市内に事務所・事業所を有する個人・法人・団体、その他本案に関心のある方',
        '["resident", "worker", "student", "business", "other"]',
        '["name", "address", "attribute"]',
        '["web", "post", "fax", "email", "counter"]',
        '[{"title": "「金沢市DXアクションプラン 2.0」骨子案(パブリックコメント資料)", "url": "/plans/dx-action-plan-2/versions/outline-2025-10-29"}]',
        '[
          {"key": "name", "number": null, "title": "名称", "children": []},
          {"key": "plan-period", "number": null, "title": "計画期間", "children": []},
          {"key": "basic-philosophy", "number": "2.1", "title": "基本理念", "children": []},
          {"key": "guidelines", "number": "2.2", "title": "行動指針", "children": [
            {"key": "guideline-citizen-perspective", "number": "1", "title": "市民目線", "children": []},
            {"key": "guideline-speed", "number": "2", "title": "スピード感", "children": []},
            {"key": "guideline-challenge", "number": "3", "title": "チャレンジ", "children": []},
            {"key": "guideline-verification", "number": "4", "title": "成果検証", "children": []},
            {"key": "guideline-digital-first", "number": "5", "title": "デジタルファースト", "children": []}]},
          {"key": "policy", "number": "2.3", "title": "取組方針", "children": []},
          {"key": "directions", "number": "2.4", "title": "取組の方向性", "children": [
            {"key": "direction-general", "number": null, "title": "【全般】デジタルの社会浸透・デジタルの社会実装", "children": []},
            {"key": "viewpoint-1", "number": "1", "title": "【視点】全ての人の利便性向上", "children": []},
            {"key": "viewpoint-2", "number": "2", "title": "【視点】共創のための環境整備", "children": []},
            {"key": "field-1", "number": "1", "title": "【分野】デジタルによる魅力づくり", "children": []},
            {"key": "field-2", "number": "2", "title": "【分野】デジタルによる暮らしづくり", "children": []},
            {"key": "field-3", "number": "3", "title": "【分野】デジタルによる人づくり", "children": []},
            {"key": "field-4", "number": "4", "title": "【分野】デジタルによる仕事づくり", "children": []},
            {"key": "field-5", "number": "5", "title": "【分野】デジタルによる都市づくり", "children": []}]}
        ]',
        '2025-10-29T00:00:00+09:00', '2025-10-29T00:00:00+09:00', 'seed');

insert into consultation_transition (consultation_id, from_status, to_status, at, actor, reason)
select id, null, 'draft', '2025-10-29T00:00:00+09:00', 'seed',
       '令和7年度第3回金沢市DX会議(令和7年10月29日)で骨子案を策定'
from consultation where code = 'dx-action-plan-2-outline';
insert into consultation_transition (consultation_id, from_status, to_status, at, actor, reason)
select id, 'draft', 'scheduled', '2025-10-29T00:00:00+09:00', 'seed',
       '同会議でパブリックコメント手続(令和7年11月中旬から30日間)を検討'
from consultation where code = 'dx-action-plan-2-outline';
