--liquibase formatted sql

--changeset kyoso:seed-002-outline-as-plan-service-shows-it
-- The snapshot mirrors the section tree plan-service serves for dx-action-plan-2 / outline-2025-10-29
-- (levels 1-3, with its node keys), so that section references here match the plan's own keys.
update consultation set outline = '[
  {"key": "basic-philosophy", "number": "2.1", "title": "基本理念", "children": []},
  {"key": "guidelines", "number": "2.2", "title": "行動指針", "children": [
    {"key": "guideline-citizen-perspective", "number": "1", "title": "市民目線", "children": []},
    {"key": "guideline-speed", "number": "2", "title": "スピード感", "children": []},
    {"key": "guideline-challenge", "number": "3", "title": "チャレンジ", "children": []},
    {"key": "guideline-verification", "number": "4", "title": "成果検証", "children": []},
    {"key": "guideline-digital-first", "number": "5", "title": "デジタルファースト", "children": []}]},
  {"key": "policy", "number": "2.3", "title": "取組方針", "children": [
    {"key": "policy-basic-policy-1", "number": "基本方針 1", "title": "世界に誇る伝統と創造の文化が息づくまち", "children": []},
    {"key": "policy-basic-policy-2", "number": "基本方針 2", "title": "多様な人々が共生し、心豊かに暮らせるまち", "children": []},
    {"key": "policy-basic-policy-3", "number": "基本方針 3", "title": "共に学び、未来を創る人を育むまち", "children": []},
    {"key": "policy-basic-policy-4", "number": "基本方針 4", "title": "創造・変革により成長するまち", "children": []},
    {"key": "policy-basic-policy-5", "number": "基本方針 5", "title": "活力と個性があふれ、安全で持続可能なまち", "children": []}]},
  {"key": "directions", "number": "2.4", "title": "取組の方向性", "children": [
    {"key": "directions-general", "number": null, "title": "全般", "children": [
      {"key": "stage-2-diffusion", "number": "Stage 2", "title": "デジタルの社会浸透", "children": []},
      {"key": "stage-3-implementation", "number": "Stage 3", "title": "デジタルの社会実装", "children": []}]},
    {"key": "perspectives", "number": null, "title": "視点", "children": [
      {"key": "perspective-convenience", "number": "1", "title": "全ての人の利便性向上", "children": []},
      {"key": "perspective-co-creation", "number": "2", "title": "共創のための環境整備", "children": []}]},
    {"key": "fields", "number": null, "title": "分野", "children": [
      {"key": "field-attraction", "number": "1", "title": "デジタルによる魅力づくり", "children": []},
      {"key": "field-living", "number": "2", "title": "デジタルによる暮らしづくり", "children": []},
      {"key": "field-people", "number": "3", "title": "デジタルによる人づくり", "children": []},
      {"key": "field-work", "number": "4", "title": "デジタルによる仕事づくり", "children": []},
      {"key": "field-city", "number": "5", "title": "デジタルによる都市づくり", "children": []}]}]}
]'
where code = 'dx-action-plan-2-outline';
