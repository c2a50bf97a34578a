#!/usr/bin/env bash
# Measures the bench stack and writes deploy/loadtest/RESULTS.md. See README.md beside this file.
#   deploy/loadtest/bench.sh            the whole run (about 20 minutes)
#   BENCH_REPS=1 BENCH_DURATION=5 deploy/loadtest/bench.sh      a quick look
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REPS="${BENCH_REPS:-3}"                 # every figure is the median of this many runs
DUR="${BENCH_DURATION:-10}"             # seconds per wrk / pgbench run
WARM="${BENCH_WARMUP:-15}"              # seconds of warm-up per path and route before measuring
INTAKE_WARM="${BENCH_INTAKE_WARMUP:-60}" # seconds of intake warm-up: its code paths are compiled only after ~40 s of load
CONNS="${BENCH_CONNECTIONS:-32}"        # wrk connections (closed model: saturation)
GATLING_DUR="${BENCH_GATLING_DURATION:-30}"
GATLING_WARM="${BENCH_GATLING_WARMUP:-10}"  # seconds each Gatling run ramps up to its rate, unmeasured (Gatling's JVM warms too)
READ_RATE="${BENCH_READ_RATE:-}"        # fixed arrival rate for reads (/s); default: half the slowest gateway path, at most BENCH_READ_RATE_CAP (2000)
INTAKE_RATE="${BENCH_INTAKE_RATE:-}"    # fixed arrival rate for opinions (/s); default: half of pgbench's equivalent insert
PLAN_TREE="${BENCH_TREE_PATH:-/api/v1/plans/dx-action-plan-2/versions/latest/tree}"
RESULTS="${BENCH_RESULTS:-$LT/RESULTS.md}"

for tool in wrk pgbench psql jq mvn curl; do
  command -v "$tool" >/dev/null || die "$tool is missing (wrk: apt-get install -y wrk; pgbench/psql: postgresql-client)"
done

STARTED_AT=$(date -u '+%Y-%m-%d %H:%M UTC')
RAW="$OUT/raw"; rm -rf "$RAW"; mkdir -p "$RAW"
cut -d' ' -f1-3 /proc/loadavg >"$RAW/loadavg-start"
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
NOTES=()
note() { NOTES+=("$*"); warn "$*"; }

# ---------------------------------------------------------------- a fresh stack
say "Fresh bench stack on :$KYOSO_PORT_BASE-$((KYOSO_PORT_BASE + 3)), PostgreSQL :$KYOSO_DB_PORT"
bench_limits
[ "${BENCH_REFRESH:-1}" = 1 ] && refresh_snapshot
stack_down
ensure_bench_cluster
if [ -z "${BENCH_KEEP_DATA:-}" ]; then
  for db in kyoso_gateway_bench kyoso_plan_bench kyoso_comment_bench kyoso_meeting_bench; do
    psql_db postgres -c "drop database if exists $db with (force)"
  done
  rm -f "$OUT"/.token-*
fi
stack_up
ok "stack up (first start: schema and seed loaded)"

# ---------------------------------------------------------------- start-up time and memory
if [ -z "${BENCH_SKIP_STARTUP:-}" ]; then
# Launch = the moment the launcher wrote the pid file (right after it forked java);
# ready = the first 200 from /q/health/ready (polled every 20 ms).
say "Start-up: each service alone, $REPS times (launch -> ready), and the whole stack"
: >"$RAW/startup.tsv"
mtime_ns() { stat -c %.9Y "$1" 2>/dev/null || echo 0; }
for svc in plan-service comment-service meeting-service gateway; do
  for rep in $(seq 1 "$REPS"); do
    svc_stop "$svc"
    before=$(mtime_ns "$RUN/$svc.pid")
    (cd "$LAUNCH_ROOT" && ./kyoso up) >"$OUT/kyoso-up-$svc.log" 2>&1 &
    upjob=$!
    while [ "$(mtime_ns "$RUN/$svc.pid")" = "$before" ]; do
      kill -0 "$upjob" 2>/dev/null || die "./kyoso up ended without starting $svc (log: $OUT/kyoso-up-$svc.log)"
      sleep 0.01
    done
    launched=$(mtime_ns "$RUN/$svc.pid")
    deadline=$(( $(date +%s) + 120 ))
    until ready "$svc"; do
      [ "$(date +%s)" -lt "$deadline" ] || die "$svc did not become ready within 120 s"
      sleep 0.02
    done
    readyat=$(date +%s.%N)
    wait "$upjob" || die "./kyoso up failed while restarting $svc (log: $OUT/kyoso-up-$svc.log)"
    own=$(grep -o 'started in [0-9.]*s' "$LOGS/$svc.log" | tail -1 | grep -o '[0-9.]*' | head -1)
    sleep 2
    printf '%s\t%s\t%s\t%s\t%s\n' "$svc" "$rep" "$(sub "$readyat" "$launched")" "${own:-}" \
      "$(rss_kb "$(svc_pid "$svc")")" >>"$RAW/startup.tsv"
  done
done
: >"$RAW/stack-startup.tsv"
for rep in $(seq 1 "$REPS"); do
  stack_down
  t0=$(date +%s.%N)
  stack_up
  t1=$(date +%s.%N)
  first=$(for svc in "${SERVICES[@]}"; do mtime_ns "$RUN/$svc.pid"; done | sort -g | head -1)
  last=$(mtime_ns "$RUN/gateway.pid")
  total=0
  for svc in "${SERVICES[@]}"; do total=$((total + $(rss_kb "$(svc_pid "$svc")"))); done
  # launch of the first service -> gateway ready; the launcher's own checks (tools, PostgreSQL, build) aside
  printf '%s\t%s\t%s\t%s\n' "$rep" "$(sub "$t1" "$first")" "$(sub "$t1" "$t0")" "$total" >>"$RAW/stack-startup.tsv"
done
ok "start-up measured"
else
  note "start-up not measured in this run (BENCH_SKIP_STARTUP)"; : >"$RAW/startup.tsv"; : >"$RAW/stack-startup.tsv"
fi

# The JVM options as the launcher really passed them, for the report (-X… and -XX:…, not the -D settings),
# taken after the start-up runs: those of a trained start, not of the first one after a build.
for svc in plan-service gateway; do
  printf '%s\t%s\n' "$svc" "$(ps -o args= -p "$(svc_pid "$svc")" | tr ' ' '\n' | grep -E '^-X' | paste -sd' ')"
done >"$RAW/jvm-flags.tsv"

# ---------------------------------------------------------------- what to read
CONSULTATIONS=$(curl -fsS "$COMMENT/api/v1/consultations" || echo '[]')
# the consultation page: a seeded one, not one that a bench or fault run opened
CONSULTATION=$(jq -r '(if type == "array" then . else (.items // .content // []) end) | map(.id)
  | (map(select(test("^(loadtest|fault)-") | not)) + .) | .[0] // empty' <<<"$CONSULTATIONS")
OPEN_CONSULTATION=$(jq -r '(if type == "array" then . else (.items // .content // []) end) | map(select(.accepting == true)) | .[0].id // empty' <<<"$CONSULTATIONS")
# The published result: whatever GET path of comment-service's OpenAPI names a result of one consultation.
RESULT_PATH=""
RESULT_TEMPLATE=$(curl -fsS "$COMMENT/q/openapi?format=json" 2>/dev/null \
  | jq -r '.paths | to_entries[] | select(.value.get != null) | .key' 2>/dev/null \
  | grep -E '^/api/v1/consultations/\{[^}]+\}/results?$' | head -1 || true)
if [ -n "$RESULT_TEMPLATE" ] && [ -n "$CONSULTATION" ]; then
  # prefer a consultation whose result is published (200), else report why it is skipped
  for id in $(jq -r '(if type == "array" then . else (.items // .content // []) end) | .[].id' <<<"$CONSULTATIONS"); do
    candidate=$(sed -E "s#\{[^}]+\}#$id#" <<<"$RESULT_TEMPLATE")
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$COMMENT$candidate")" = 200 ]; then RESULT_PATH="$candidate"; break; fi
  done
  if [ -z "$RESULT_PATH" ]; then
    # none is published in the seed: a moderator takes one through its life (about 20 s)
    published=$(create_published_consultation "loadtest-result-$(date +%s)") || true
    candidate=$(sed -E "s#\{[^}]+\}#$published#" <<<"$RESULT_TEMPLATE")
    if [ -n "$published" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$COMMENT$candidate")" = 200 ]; then
      RESULT_PATH="$candidate"; ok "published consultation $published for the result reads"
    else
      note "published result: none in the seed and none could be published; skipped"
    fi
  fi
else
  note "published result: comment-service exposes no GET /api/v1/consultations/{id}/result(s); skipped"
fi

TARGETS=()   # name|path|direct base
TARGETS+=("plan tree 2.0|$PLAN_TREE|$PLAN")
if [ -n "$CONSULTATION" ]; then
  TARGETS+=("consultation list|/api/v1/consultations|$COMMENT")
  TARGETS+=("consultation page|/api/v1/consultations/$CONSULTATION|$COMMENT")
else
  note "consultations: comment-service lists none; consultation reads skipped"
fi
[ -n "$RESULT_PATH" ] && TARGETS+=("published result|$RESULT_PATH|$COMMENT")
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$MEETING/api/v1/meetings")" = 200 ]; then
  TARGETS+=("meeting list|/api/v1/meetings|$MEETING")
else
  note "meeting list: $MEETING/api/v1/meetings does not answer 200; skipped"
fi
ETAG=$(curl -fsS -D - -o /dev/null "$PLAN$PLAN_TREE" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | head -1)
if [ -n "$ETAG" ]; then
  TARGETS+=("plan tree 2.0, If-None-Match (304)|$PLAN_TREE|$PLAN|If-None-Match: $ETAG")
else
  note "plan tree: no ETag from plan-service; 304 path skipped"
fi
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name path direct _ <<<"$t"
  for base in "$GW" "$direct"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
    [ "$code" = 200 ] || die "$name: $base$path answers $code, not 200"
  done
done

# ---------------------------------------------------------------- saturation (wrk, closed model)
owner_of() { case "$1" in "$PLAN") echo plan-service ;; "$COMMENT") echo comment-service ;; *) echo meeting-service ;; esac; }
run_wrk() { # run_wrk <url> <seconds> [header]
  WRK_HEADER="${3:-}" wrk -t2 -c"$CONNS" -d"${2}s" --timeout 10s --latency -s "$LT/wrk/report.lua" "$1" 2>&1 | grep '^RESULT' || echo "RESULT rps=0 p50=0 p99=0 requests=0 bad=0 errors=1"
}
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p"; }

say "Warm-up: ${WARM}s per path and route"
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name path direct header <<<"$t"
  run_wrk "$GW$path" "$WARM" "$header" >/dev/null
  run_wrk "$direct$path" "$WARM" "$header" >/dev/null
done

# wrk's parser waits for a body after a 304 that says "Transfer-Encoding: chunked" (the gateway's
# proxy adds it; a 304 never has a body), so such a route is measured with Gatling only, below.
GW304_READABLE=1
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name path direct header <<<"$t"
  [ -n "$header" ] || continue
  if [ "$(run_wrk "$GW$path" 2 "$header" | field requests)" = 0 ]; then
    GW304_READABLE=""
    note "gateway 304: wrk reads no answer: the gateway's 304 carries 'Transfer-Encoding: chunked' without a body (plan-service's own 304 has none); the gateway's 304 path is measured with Gatling (Netty tolerates it)"
  fi
done

say "Saturation: wrk -t2 -c$CONNS, ${DUR}s, $REPS rounds, gateway and direct side by side"
: >"$RAW/wrk.tsv"
for rep in $(seq 1 "$REPS"); do
  for t in "${TARGETS[@]}"; do
    IFS='|' read -r name path direct header <<<"$t"
    for via in gateway direct; do
      [ $via = gateway ] && url="$GW$path" || url="$direct$path"
      [ $via = gateway ] && [ -n "$header" ] && [ -z "$GW304_READABLE" ] && continue
      # CPU time each process spent per request: unlike req/s, hardly disturbed by other load on the machine
      owner=$(owner_of "$direct"); gpid=$(svc_pid gateway); spid=$(svc_pid "$owner")
      g0=$(cpu_ms "$gpid"); s0=$(cpu_ms "$spid")
      line=$(run_wrk "$url" "$DUR" "$header")
      g1=$(cpu_ms "$gpid"); s1=$(cpu_ms "$spid"); n=$(field requests <<<"$line")
      per() { awk -v a="$1" -v b="$2" -v n="$n" 'BEGIN { if (n > 0) printf "%.3f", (b - a) / n; else print "n/a" }'; }
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$via" "$rep" "$(field rps <<<"$line")" "$(field p50 <<<"$line")" \
        "$(field p99 <<<"$line")" "$(field bad <<<"$line")" "$(field errors <<<"$line")" "$(per "$g0" "$g1")" "$(per "$s0" "$s1")" >>"$RAW/wrk.tsv"
      echo "  $name via $via #$rep: $line gateway-cpu-ms/req=$(per "$g0" "$g1") service-cpu-ms/req=$(per "$s0" "$s1")"
    done
  done
done

# ---------------------------------------------------------------- PostgreSQL's own rate
# Two references, both one durable transaction per opinion from C clients:
#  equivalent  the insert the intake makes for an opinion with its contact: one submission row and its
#              personal-data row, into comment-service's own schema (copied from the bench database, so
#              the same indexes, trigram index and generated search column) — the reference for the target;
#  bare        one submission-shaped row into a table with a key and one unique index (the floor of
#              PostgreSQL's cost on this machine, shown beside it).
say "pgbench: durable inserts (synchronous_commit=on), equivalent and bare, 1 and 16 clients, ${DUR}s, $REPS rounds"
for db in kyoso_scratch_bench kyoso_scratch_equivalent; do
  psql_db postgres -c "drop database if exists $db with (force)"
  psql_db postgres -c "create database $db"
done
psql_db kyoso_scratch_bench -f "$LT/pgbench/schema.sql" >/dev/null
PGPASSWORD="$KYOSO_DB_PASSWORD" pg_dump --schema-only --no-owner -h "$KYOSO_DB_HOST" -p "$KYOSO_DB_PORT" -U "$KYOSO_DB_USER" kyoso_comment_bench \
  | psql_db kyoso_scratch_equivalent >/dev/null
PGPASSWORD="$KYOSO_DB_PASSWORD" pg_dump --data-only --table=consultation -h "$KYOSO_DB_HOST" -p "$KYOSO_DB_PORT" -U "$KYOSO_DB_USER" kyoso_comment_bench \
  | psql_db kyoso_scratch_equivalent >/dev/null
REFERENCE_CONSULTATION=$(psql_db kyoso_scratch_equivalent -c "select min(id) from consultation")
[ -n "$REFERENCE_CONSULTATION" ] || die "the equivalent reference needs a consultation row (none in kyoso_comment_bench)"
: >"$RAW/pgbench.tsv"
for rep in $(seq 1 "$REPS"); do
  for script in equivalent bare; do
    [ $script = bare ] && db=kyoso_scratch_bench || db=kyoso_scratch_equivalent
    for clients in 1 16; do
      tps=$(PGPASSWORD="$KYOSO_DB_PASSWORD" PGOPTIONS='-c synchronous_commit=on' pgbench -n -h "$KYOSO_DB_HOST" -p "$KYOSO_DB_PORT" \
        -U "$KYOSO_DB_USER" -c "$clients" -j "$((clients > 1 ? 2 : 1))" -T "$DUR" -D consultation="$REFERENCE_CONSULTATION" \
        -f "$LT/pgbench/$script-insert.sql" "$db" 2>&1 | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
      printf '%s\t%s\t%s\t%s\n' "$script" "$clients" "$rep" "${tps:-0}" >>"$RAW/pgbench.tsv"
      echo "  pgbench $script -c$clients #$rep: ${tps:-0} tps"
    done
  done
done
# the reference of each script: the better of 1 and 16 clients (medians over the rounds)
pg_reference() { for c in 1 16; do awk -F'\t' -v s="$1" -v c="$c" '$1 == s && $2 == c {print $4}' "$RAW/pgbench.tsv" | median; done | sort -g | tail -1; }
PGBEST=$(pg_reference equivalent)

# ---------------------------------------------------------------- the opinion intake
# How many of the receipts in a file (one a line) are rows of the submission table.
receipts_in_db() {
  [ -s "$1" ] || { echo 0; return; }
  psql_db kyoso_comment_bench 2>/dev/null <<SQL | tail -1 || echo "?"
create temp table handed (r text);
\\copy handed from '$1'
select count(distinct h.r) from handed h join ${SUBMISSION_TABLE:-submission} s on s.${RECEIPT_COLUMN:-receipt_number}::text = h.r;
SQL
}
# The row count once the service has worked off what it still had queued (stable for 3 s, at most 3 min).
stable_count() {
  local last="" now n=0
  for _ in $(seq 1 180); do
    now=$(submission_count)
    if [ "$now" = "$last" ]; then n=$((n + 1)); [ $n -ge 3 ] && break; else n=0; fi
    last="$now"; sleep 1
  done
  echo "$now"
}
submission_count() { psql_db kyoso_comment_bench -c "select count(*) from ${SUBMISSION_TABLE:-submission}" 2>/dev/null || echo ""; }
OPINION="$OUT/opinion.json"
INTAKE_OK=""
if [ -z "$OPEN_CONSULTATION" ]; then
  # none in the seed is open now: a moderator opens one for the run (closing in a day)
  OPEN_CONSULTATION=$(create_open_consultation "loadtest-$(date +%s)" 86400) || true
  [ -n "$OPEN_CONSULTATION" ] && ok "opened consultation $OPEN_CONSULTATION for the intake"
fi
if [ -z "$OPEN_CONSULTATION" ]; then
  note "intake: no consultation accepts opinions and none could be opened; intake, receipts and the DB count skipped"
elif [ -z "$(submission_count)" ]; then
  note "intake: cannot count submissions in kyoso_comment_bench (table ${SUBMISSION_TABLE:-submission}); intake skipped"
else
  opinion_for "$OPEN_CONSULTATION" >"$OPINION"
  SUBMIT="/api/v1/consultations/$OPEN_CONSULTATION/submissions"
  probe=$(curl -s -w '\n%{http_code}' -X POST "$GW$SUBMIT" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" --data-binary @"$OPINION")
  if [ "$(tail -1 <<<"$probe")" != 201 ]; then
    note "intake: a probe submission was refused ($(tail -1 <<<"$probe")): $(head -1 <<<"$probe" | head -c 300); intake skipped"
  else
    INTAKE_OK=1
    RECEIPT_FIELD=$(head -1 <<<"$probe" | jq -r 'to_entries[] | select(.key | test("receipt"; "i")) | .key' | head -1)
    RECEIPT_FIELD="${RECEIPT_FIELD:-receiptNumber}"
  fi
fi

if [ -n "$INTAKE_OK" ]; then
  say "Intake saturation: wrk POST, unique Idempotency-Keys, -c16, ${INTAKE_WARM}s of warm-up, then ${DUR}s, $REPS rounds"
  WRK_BODY="$(cat "$OPINION")" WRK_TAG="$(date +%s)0" wrk -t2 -c16 -d"${INTAKE_WARM}s" -s "$LT/wrk/intake.lua" "$GW$SUBMIT" >/dev/null 2>&1
  : >"$RAW/intake-wrk.tsv"
  for rep in $(seq 1 "$REPS"); do
    before=$(submission_count)
    line=$(WRK_BODY="$(cat "$OPINION")" WRK_TAG="$(date +%s)$rep" wrk -t2 -c16 -d"${DUR}s" --timeout 10s --latency -s "$LT/wrk/intake.lua" "$GW$SUBMIT" 2>&1 | grep '^RESULT')
    sleep 2  # requests still in flight when wrk stopped are stored without wrk counting their 201
    after=$(submission_count)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$rep" "$(field rps <<<"$line")" "$(field p50 <<<"$line")" "$(field p99 <<<"$line")" \
      "$(field created <<<"$line")" "$((after - before))" >>"$RAW/intake-wrk.tsv"
    echo "  intake wrk #$rep: $line, rows +$((after - before))"
  done
fi

# ---------------------------------------------------------------- fixed arrival rate (Gatling)
gatling() { # gatling <simulation> <name> <rate> [extra -D...]
  local sim="$1" name="$2" rate="$3"; shift 3
  (cd "$LT/gatling" && mvn -B -q gatling:test -Dgatling.simulationClass="kyoso.loadtest.$sim" \
      -Dkyoso.base="${GATLING_BASE:-$GW}" -Dkyoso.rate="$rate" -Dkyoso.duration="$GATLING_DUR" -Dkyoso.warmup="$GATLING_WARM" -Dkyoso.out="$RAW/gatling" \
      -Dkyoso.name="$name" "$@") >"$RAW/gatling-$name.log" 2>&1 || true
  [ -f "$RAW/gatling/$name.json" ] || { tail -20 "$RAW/gatling-$name.log" >&2; note "gatling $name produced no result (log: $RAW/gatling-$name.log)"; }
}
READ_PATHS=$(for t in "${TARGETS[@]}"; do IFS='|' read -r _ path _ header <<<"$t"; [ -n "$header" ] || echo "$path"; done | paste -sd, -)
# Round robin gives each path rate/n: half of the slowest path's gateway rate, times n, keeps every path at half load.
SLOWEST_GW=$(for t in "${TARGETS[@]}"; do IFS='|' read -r name _ _ header <<<"$t"; [ -n "$header" ] && continue
  awk -F'\t' -v n="$name" '$1 == n && $2 == "gateway" {print $4}' "$RAW/wrk.tsv" | median; done | sort -g | head -1)
NPATHS=$(tr ',' '\n' <<<"$READ_PATHS" | grep -c .)
# Capped: with the gateway's shared cache the reads saturate above what Gatling itself can offer on the same
# two cores (70 000/s ran it out of memory); beyond the cap the figures would measure the generator.
READ_CAP="${BENCH_READ_RATE_CAP:-2000}"
READ_RATE="${READ_RATE:-$(awk -v r="$SLOWEST_GW" -v n="$NPATHS" -v cap="$READ_CAP" 'BEGIN { v = int(r / 2 * n / 10) * 10; if (v > cap) v = cap; print (v < 10 ? 10 : v) }')}"
(cd "$LT/gatling" && mvn -B -q test-compile) >"$RAW/gatling-compile.log" 2>&1 || die "the Gatling project does not compile (log: $RAW/gatling-compile.log)"
say "Gatling reads: $READ_RATE arrivals/s for ${GATLING_DUR}s over $READ_PATHS, $REPS rounds"
for rep in $(seq 1 "$REPS"); do gatling ReadsSimulation "reads-$rep" "$READ_RATE" -Dkyoso.paths="$READ_PATHS"; done
if [ -n "$ETAG" ]; then
  RATE304="${BENCH_304_RATE:-1000}"
  say "Gatling 304 path: $RATE304 arrivals/s with If-None-Match, via gateway and direct, $REPS rounds"
  H304=$(jq -rn --arg h "If-None-Match: $ETAG" '$h | @uri')
  for rep in $(seq 1 "$REPS"); do
    gatling ReadsSimulation "tree304-gateway-$rep" "$RATE304" -Dkyoso.paths="$PLAN_TREE" -Dkyoso.header="$H304"
    GATLING_BASE="$PLAN" gatling ReadsSimulation "tree304-direct-$rep" "$RATE304" -Dkyoso.paths="$PLAN_TREE" -Dkyoso.header="$H304"
  done
fi
if [ -n "$INTAKE_OK" ]; then
  # Two rates: the issue's target (half of PostgreSQL's own rate), and half of the intake's own
  # saturation rate measured above (what the stack can hold today), so p99 is known at both.
  INTAKE_RATE="${INTAKE_RATE:-$(awk -v r="$PGBEST" 'BEGIN { print int(r / 2) }')}"
  INTAKE_WRK=$(awk -F'\t' '{print $2}' "$RAW/intake-wrk.tsv" | median)
  HOLD_RATE="${BENCH_HOLD_RATE:-$(awk -v r="$INTAKE_WRK" 'BEGIN { v = int(r / 2); print (v < 10 ? 10 : v) }')}"
  : >"$RAW/intake-db.tsv"
  for kind in target hold; do
    [ $kind = target ] && rate="$INTAKE_RATE" || rate="$HOLD_RATE"
    say "Gatling intake ($kind): $rate opinions/s, $REPS rounds"
    for rep in $(seq 1 "$REPS"); do
      before=$(submission_count)
      # BENCH_TARGET_DURATION shortens the run at the target rate where the stack falls far behind it
      [ $kind = target ] && dur="${BENCH_TARGET_DURATION:-$GATLING_DUR}" || dur="$GATLING_DUR"
      GATLING_DUR="$dur" gatling IntakeSimulation "intake-$kind-$rep" "$rate" -Dkyoso.consultation="$OPEN_CONSULTATION" \
        -Dkyoso.body="$OPINION" -Dkyoso.receipt-path="\$.$RECEIPT_FIELD"
      after=$(stable_count)
      receipts="$RAW/gatling/intake-$kind-$rep.receipts"
      handed=$(sort -u "$receipts" 2>/dev/null | grep -c . || true)
      present=$(receipts_in_db "$receipts")
      printf '%s\t%s\t%s\t%s\n' "$kind-$rep" "$handed" "$((after - before))" "${present:-?}" >>"$RAW/intake-db.tsv"
      echo "  intake $kind #$rep: receipts $handed, new rows $((after - before)), receipts found in DB ${present:-?}"
    done
  done
fi

# ---------------------------------------------------------------- memory after load
: >"$RAW/rss.tsv"
for svc in "${SERVICES[@]}"; do
  pid=$(svc_pid "$svc")
  printf '%s\t%s\t%s\n' "$svc" "$(rss_kb "$pid")" "$(peak_rss_kb "$pid")" >>"$RAW/rss.tsv"
done

# ---------------------------------------------------------------- RESULTS.md
say "Writing $RESULTS"
"$LT/report.sh" "$RAW" "$RESULTS" "$STARTED_AT" "$(printf '%s\n' "${NOTES[@]+"${NOTES[@]}"}")"
ok "done: $RESULTS"
