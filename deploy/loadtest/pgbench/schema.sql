drop table if exists intake_reference;
create table intake_reference (
  id bigserial primary key,
  idempotency_key uuid not null unique,
  consultation_id bigint not null,
  body text not null,
  received_at timestamptz not null default now()
);
