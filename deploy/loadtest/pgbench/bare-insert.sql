-- The floor of PostgreSQL's cost on this machine, shown beside the equivalent reference: one durable single-row INSERT,
-- shaped like a submission (unique idempotency key, a few hundred bytes of text, a timestamp),
-- with synchronous_commit on (bench.sh sets it for the session, whatever the server default).
insert into intake_reference (idempotency_key, consultation_id, body)
values (gen_random_uuid(), 1, repeat('DXアクションプランへの意見です。', 12));
