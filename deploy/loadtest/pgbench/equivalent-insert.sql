-- The reference for the opinion intake: what comment-service writes for one web opinion with its contact, as one
-- durable transaction (synchronous_commit on, set by bench.sh): the submission row and its personal-data row, into
-- a copy of comment-service's own schema (bench.sh copies it from the bench database), so the same unique keys,
-- indexes, trigram search index and generated search column. The values have the sizes of a real opinion's
-- (receipt number, keyed hashes, the text of deploy/loadtest's opinion, a 12-byte nonce, 155 bytes of sealed
-- contact); the service computes them, so here they are literals, and PostgreSQL does only the writing.
-- :consultation is set by bench.sh (-D consultation=<id>).
with s as (
  insert into submission (consultation_id, receipt_number, check_code_hash, channel, received_at, text, section_keys,
                          attribute, status, idempotency_key, request_hash, created_at)
  values (:consultation, 'P-' || txid_current(), 'v1$lJphQU8y8XJZllxAxUsQ5p21O6uQQjsrZB1xy6Uw2GU', 'web', now(),
          'DXアクションプランの取組方針について、市民が行政手続をオンラインで完結できるよう、対象となる手続の範囲と時期を明記してください。',
          '[]', 'resident', 'received', gen_random_uuid()::text,
          '720302c37a93c1a1f2a6ab49dec7998ba6392689971caf1fb2b9c77e0e55d332', now())
  returning id)
insert into submitter_personal_data (submission_id, nonce, ciphertext, created_at)
select id, '\x0123456789abcdef01234567'::bytea, decode(repeat('5a', 155), 'hex'), now() from s;
