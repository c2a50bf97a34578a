#!/usr/bin/env bash
# The moderators' queue with thousands of opinions: seeds one consultation with QUEUE_SUBMISSIONS
# (10,000) submissions, about a third split into items, and measures a moderator's requests one after
# another (p50/p99 of QUEUE_REQUESTS each): the first page, a filtered page, a search, a search that
# finds nothing, a deep page. Straight to comment-service and through the gateway. See README.md.
#   deploy/loadtest/queue.sh                         on the bench stack (started if it is not running)
#   KYOSO_STACK=hmod KYOSO_PORT_BASE=42080 BENCH_PG_PORT=5432 BENCH_TREE=worktree deploy/loadtest/queue.sh
#                                                    on a stack you already run from your working tree
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N="${QUEUE_SUBMISSIONS:-10000}"
REQS="${QUEUE_REQUESTS:-200}"
WARM="${QUEUE_WARMUP:-50}"
for tool in psql jq curl; do command -v "$tool" >/dev/null || die "$tool is missing"; done

bench_limits
ensure_stack
# One moderator's repeated requests go past the gateway's shipped per-client read limit (600/min):
# a gateway that was started without the measurement limits is started again with them.
policy=$(curl -s -D - -o /dev/null "$GW/api/v1/consultations" | tr -d '\r' | sed -n 's/^[Rr]ate[Ll]imit-[Pp]olicy: *//p')
if [ "${policy%%;*}" != "${KYOSO_GATEWAY_RATE_LIMITS_GENERAL_REQUESTS}" ]; then
  say "Restarting the gateway with the measurement limits (it runs with ${policy:-unknown})"
  svc_stop gateway
  stack_up
fi
DB="kyoso_comment_$KYOSO_STACK"
[ "$KYOSO_STACK" = dev ] && DB=kyoso_comment
TOKEN=$(role_token comment-moderator) || die "cannot sign in as a comment moderator"

# A consultation of the run's own, open for a day, so the seed never mixes with other data.
ID="queue-$(date +%s)"
create_open_consultation "$ID" 86400 >/dev/null
say "Seeding $N submissions into $ID ($DB): SQL, as the intake would have stored them"
# Texts are built from Japanese opinion phrases so that searches have realistic selectivity; the
# channel, attribute, sections and time vary with the row number. Every third submission is split
# into an item, and half of those items are answered.
psql_db "$DB" -v id="$ID" -v n="$N" <<'SQL'
with c as (select id from consultation where code = :'id'),
phrases(k, p) as (values
  (0, '行政手続のオンライン化を進め、窓口に行かなくても済むようにしてほしい。'),
  (1, '高齢者がスマートフォンを使えるよう、公民館での講座を増やしてください。'),
  (2, 'オープンデータの公開を進め、市民が再利用できる形式で提供してほしい。'),
  (3, 'DX人材の育成について、職員研修の計画と時期を明記してください。'),
  (4, '子育て支援の申請を電子化し、保育所の空き状況をすぐ確認できるようにしてほしい。'),
  (5, '観光客向けのキャッシュレス決済を市内の店舗に広げてください。'),
  (6, '防災情報をプッシュ通知で受け取れるアプリを整備してほしい。'),
  (7, 'マイナンバーカードで住民票の写しをコンビニで取れるようにしてほしい。')),
sections(k, s) as (values (0, 'guidelines'), (1, 'field-living'), (2, 'perspective-co-creation'), (3, 'basic-philosophy')),
ins as (
  insert into submission (consultation_id, receipt_number, check_code_hash, channel, received_at, text, section_keys,
                          attribute, status, created_at)
  select c.id,
         'C-' || upper(substr(md5(:'id' || g), 1, 5)) || '-' || lpad(g::text, 5, '0'),
         'bench', (array['web', 'web', 'web', 'post', 'fax', 'email', 'counter'])[1 + g % 7],
         now() - interval '1 minute' * g,
         p.p || ' (意見' || g || ')' || case when g % 5 = 0 then ' ' || p2.p else '' end,
         jsonb_build_array(s.s),
         (array['resident', 'worker', 'student', 'business', 'other'])[1 + g % 5], 'received', now()
    from c, generate_series(1, :n) g
    join phrases p on p.k = g % 8
    join phrases p2 on p2.k = (g / 8) % 8
    join sections s on s.k = g % 4
  returning id, consultation_id, receipt_number)
insert into opinion_item (consultation_id, submission_id, summary, answer, category, hidden, created_at, created_by,
                          updated_at, updated_by, search_text)
select consultation_id, id, '要旨 ' || receipt_number,
       case when id % 2 = 0 then '本市の考え方(負荷試験)。' end, case when id % 2 = 0 then 'reference' end,
       false, now(), 'bench', now(), 'bench', '要旨 ' || lower(receipt_number)
  from ins where id % 3 = 0;
analyze submission;
analyze opinion_item;
SQL
RECEIPT=$(psql_db "$DB" -c "select receipt_number from submission s join consultation c on c.id = s.consultation_id
                            where c.code = '$ID' order by s.id limit 1 offset $((N / 2))")
ok "seeded: $(psql_db "$DB" -c "select count(*) from submission s join consultation c on c.id = s.consultation_id where c.code = '$ID'") submissions"

# p50 and p99 (ms) of REQS requests one after another on one kept-alive connection (curl reads the
# URL list from a config file), after WARM requests that are not counted; also checks the answer.
measure() { # measure <name> <base> <query>
  local url="$2/api/v1/consultations/$ID/submissions?$3" cfg="$OUT/.queue-urls" times="$OUT/.queue-times"
  local total; total=$(curl -fsS "$url" -H "Authorization: Bearer $TOKEN" | jq -r '.total') || { fail "$1: $url"; return; }
  { for _ in $(seq 1 "$WARM"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url"; done; } >"$cfg"
  curl -sS -K "$cfg" -H "Authorization: Bearer $TOKEN" >/dev/null
  { for _ in $(seq 1 "$REQS"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url"; done; } >"$cfg"
  curl -sS -K "$cfg" -H "Authorization: Bearer $TOKEN" -w '%{http_code} %{time_total}\n' >"$times"
  local bad; bad=$(awk '$1 != 200' "$times" | wc -l)
  local p50 p99
  p50=$(awk '{print $2 * 1000}' "$times" | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) * 0.5)]}')
  p99=$(awk '{print $2 * 1000}' "$times" | sort -g | awk '{a[NR]=$1} END {i = int(NR * 0.99 + 0.5); print a[i < 1 ? 1 : i]}')
  printf '| %s | %s | %s | %.1f | %.1f | %s |\n' "$1" "$4" "$total" "$p50" "$p99" "$bad" | tee -a "$OUT/queue.md"
  [ "$bad" = 0 ] || fail "$1 ($4): $bad answers other than 200"
}

say "Measuring: $REQS requests each, one after another (after $WARM not counted)"
printf '| request | route | total | p50 ms | p99 ms | not 200 |\n|---|---|---|---|---|---|\n' | tee "$OUT/queue.md"
for route in direct gateway; do
  if [ $route = direct ]; then base="$COMMENT"; else base="$GW"; fi
  measure "first page (newest, 50)" "$base" "" "$route"
  measure "filtered: web, not yet split" "$base" "channel=web&state=unsplit" "$route"
  measure "filtered: unanswered, section, oldest first" "$base" "state=unanswered&section=guidelines&sort=received-asc" "$route"
  measure "search: 子育て支援" "$base" "q=%E5%AD%90%E8%82%B2%E3%81%A6%E6%94%AF%E6%8F%B4" "$route"
  measure "search: オープンデータ 公開" "$base" "q=%E3%82%AA%E3%83%BC%E3%83%97%E3%83%B3%E3%83%87%E3%83%BC%E3%82%BF%20%E5%85%AC%E9%96%8B" "$route"
  measure "search: a receipt" "$base" "q=$RECEIPT" "$route"
  measure "search: two words, few found (防災 子育て)" "$base" "q=%E9%98%B2%E7%81%BD%20%E5%AD%90%E8%82%B2%E3%81%A6" "$route"
  measure "page 150 of 200 (newest)" "$base" "page=150" "$route"
done
say "Table: $OUT/queue.md (consultation $ID stays in $DB; drop the stack's databases to remove it)"
finish "queue of $N submissions measured"
