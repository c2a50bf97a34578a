--liquibase formatted sql

--changeset kyoso:seed-006-current-plan-measures
-- The measures (施策) the council material lists for the current plan. It names no owning
-- department and no KPI figures for them, so none are recorded here. 2.0 has no measures yet:
-- the DX推進本部 began to consider them on 令和7年8月25日.
insert into measure (plan_id, node_key, title, sort_order)
select v.plan_id, n.node_key, n.title, row_number() over (order by par.sort_order, n.sort_order)
from section_node n
join section_node par on par.id = n.parent_id
join plan_version v on v.id = n.version_id
join plan p on p.id = v.plan_id
where p.code = 'dx-action-plan' and v.code = 'adopted' and n.kind = 'MEASURE';
