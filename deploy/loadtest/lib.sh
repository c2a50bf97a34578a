# Sourced by bench.sh and faults/*.sh: where the bench stack lives and how to talk to it.
# Nothing here touches the dev stack (8080-8083) or the machine's main PostgreSQL cluster.
set -Eeuo pipefail

LT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$LT/../.." && pwd)"
OUT="${BENCH_OUT:-$LT/out}"
mkdir -p "$OUT"

export KYOSO_STACK="${KYOSO_STACK:-bench}"
export KYOSO_PORT_BASE="${KYOSO_PORT_BASE:-28080}"
# A PostgreSQL cluster of its own: the fault scripts restart PostgreSQL, and restarting the
# machine's shared cluster would break everybody else's tests. Set BENCH_PG_PORT=5432 to use
# the main cluster for the measurements only (the restart fault then refuses to run).
export KYOSO_DB_HOST="${KYOSO_DB_HOST:-127.0.0.1}"
export KYOSO_DB_PORT="${BENCH_PG_PORT:-5439}"
export KYOSO_DB_USER="${KYOSO_DB_USER:-kyoso}"
export KYOSO_DB_PASSWORD="${KYOSO_DB_PASSWORD:-kyoso}"
BENCH_PG_CLUSTER="${BENCH_PG_CLUSTER:-kyosobench}"

# Which tree the bench stack is built and run from. "snapshot" (default): the last commit, unpacked
# into out/tree, so that other people's work in progress in the working tree can neither break the
# build nor end up in the figures. "worktree": the working tree as it is (to measure your own changes).
BENCH_TREE="${BENCH_TREE:-snapshot}"
if [ "$BENCH_TREE" = snapshot ]; then LAUNCH_ROOT="$OUT/tree"; else LAUNCH_ROOT="$ROOT"; fi

GW="http://localhost:$KYOSO_PORT_BASE"
PLAN="http://localhost:$((KYOSO_PORT_BASE + 1))"
COMMENT="http://localhost:$((KYOSO_PORT_BASE + 2))"
MEETING="http://localhost:$((KYOSO_PORT_BASE + 3))"
STATE="$LAUNCH_ROOT/.kyoso"
RUN="$STATE/run/$KYOSO_STACK"
LOGS="$STATE/logs/$KYOSO_STACK"
SERVICES=(plan-service comment-service meeting-service gateway)

if [ -t 1 ]; then BOLD=$'\e[1m'; RED=$'\e[31m'; GREEN=$'\e[32m'; RESET=$'\e[0m'; else BOLD=; RED=; GREEN=; RESET=; fi
say()  { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
ok()   { printf '%s ok%s  %s\n' "$GREEN" "$RESET" "$*"; }
warn() { printf '%swarn:%s %s\n' "$RED" "$RESET" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2; exit 1; }

# Failures are collected, so one run reports everything that is wrong, then exits non-zero.
FAILURES=()
fail()  { printf '%sFAIL%s %s\n' "$RED" "$RESET" "$*" >&2; FAILURES+=("$*"); }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }
finish() {
  if [ ${#FAILURES[@]} -gt 0 ]; then
    printf '%s%d check(s) failed:%s\n' "$RED" ${#FAILURES[@]} "$RESET" >&2
    printf '  - %s\n' "${FAILURES[@]}" >&2
    exit 1
  fi
  ok "all checks passed: $1"
}

port_of() {
  case "$1" in
    gateway) echo "$KYOSO_PORT_BASE" ;;
    plan-service) echo $((KYOSO_PORT_BASE + 1)) ;;
    comment-service) echo $((KYOSO_PORT_BASE + 2)) ;;
    meeting-service) echo $((KYOSO_PORT_BASE + 3)) ;;
  esac
}

now_ms() { date +%s%3N; }

# median of the numbers on stdin (one a line); empty input gives "n/a"
median() {
  sort -g | awk '{a[NR]=$1} END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.6g\n", (a[NR/2]+a[NR/2+1])/2 }'
}

# ---------------------------------------------------------------- PostgreSQL
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }
pg_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -1; }
own_cluster() { [ "$KYOSO_DB_PORT" != 5432 ]; }

ensure_bench_cluster() {
  own_cluster || return 0
  local v; v=$(pg_version)
  [ -n "$v" ] || die "PostgreSQL is not installed: apt-get install -y postgresql"
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $2}' | grep -qx "$BENCH_PG_CLUSTER"; then
    say "Creating the PostgreSQL cluster $v/$BENCH_PG_CLUSTER on port $KYOSO_DB_PORT (benchmarks and fault tests only)"
    if [ "$(id -u)" = 0 ]; then pg_createcluster "$v" "$BENCH_PG_CLUSTER" -p "$KYOSO_DB_PORT" >/dev/null
    else sudo -n pg_createcluster "$v" "$BENCH_PG_CLUSTER" -p "$KYOSO_DB_PORT" >/dev/null; fi
  fi
  if ! pg_isready -q -h "$KYOSO_DB_HOST" -p "$KYOSO_DB_PORT"; then
    pg_ctl_bench start
  fi
  as_postgres psql -qX -p "$KYOSO_DB_PORT" -v ON_ERROR_STOP=1 -v user="$KYOSO_DB_USER" -v pw="$KYOSO_DB_PASSWORD" >/dev/null <<'SQL'
select format('create role %I login createdb password %L', :'user', :'pw')
 where not exists (select 1 from pg_roles where rolname = :'user') \gexec
SQL
}

pg_ctl_bench() { # start | stop | restart
  own_cluster || die "refusing to $1 the shared PostgreSQL cluster on :5432"
  local v; v=$(pg_version)
  if [ "$(id -u)" = 0 ]; then pg_ctlcluster --skip-systemctl-redirect "$v" "$BENCH_PG_CLUSTER" "$1"
  else sudo -n pg_ctlcluster --skip-systemctl-redirect "$v" "$BENCH_PG_CLUSTER" "$1"; fi
  if [ "$1" != stop ]; then
    for _ in $(seq 1 60); do pg_isready -q -h "$KYOSO_DB_HOST" -p "$KYOSO_DB_PORT" && return 0; sleep 0.5; done
    die "PostgreSQL cluster $BENCH_PG_CLUSTER did not come up"
  fi
}

psql_db() { # psql_db <database> [psql args...]
  local db="$1"; shift
  PGPASSWORD="$KYOSO_DB_PASSWORD" psql -qtAX -v ON_ERROR_STOP=1 -h "$KYOSO_DB_HOST" -p "$KYOSO_DB_PORT" -U "$KYOSO_DB_USER" -d "$db" "$@"
}

# ---------------------------------------------------------------- the stack
# Measurement runs lift the gateway's per-client limits (one load generator on 127.0.0.1 would
# otherwise be one "client" and get 429 after 600 reads/min); the surge fault runs with the defaults.
bench_limits() {
  export KYOSO_GATEWAY_RATE_LIMITS_GENERAL_REQUESTS=1000000000
  export KYOSO_GATEWAY_RATE_LIMITS_SUBMISSIONS_REQUESTS=1000000000
}
default_limits() {
  unset KYOSO_GATEWAY_RATE_LIMITS_GENERAL_REQUESTS KYOSO_GATEWAY_RATE_LIMITS_SUBMISSIONS_REQUESTS
}

snapshot_commit() { if [ "$BENCH_TREE" = snapshot ]; then cat "$LAUNCH_ROOT/.snapshot-commit" 2>/dev/null; else git -C "$ROOT" rev-parse HEAD; fi; }

# Unpacks HEAD into out/tree when HEAD has moved (bench.sh at its start, unless BENCH_REFRESH=0) (keeping the SPA's node_modules and the stack's
# .kyoso state); sources get the current time, so the launcher rebuilds everything once.
refresh_snapshot() {
  [ "$BENCH_TREE" = snapshot ] || return 0
  local head; head=$(git -C "$ROOT" rev-parse HEAD)
  [ "$(cat "$LAUNCH_ROOT/.snapshot-commit" 2>/dev/null)" = "$head" ] && return 0
  say "Unpacking commit ${head:0:10} into $LAUNCH_ROOT (the bench builds committed code only)"
  [ -x "$LAUNCH_ROOT/kyoso" ] && stack_down
  local keep="$OUT/.keep"; rm -rf "$keep"; mkdir -p "$keep"
  [ -d "$LAUNCH_ROOT/frontend/node_modules" ] && mv "$LAUNCH_ROOT/frontend/node_modules" "$keep/"
  [ -d "$LAUNCH_ROOT/.kyoso" ] && mv "$LAUNCH_ROOT/.kyoso" "$keep/"
  rm -rf "$LAUNCH_ROOT"; mkdir -p "$LAUNCH_ROOT"
  git -C "$ROOT" archive HEAD | tar -x -m -C "$LAUNCH_ROOT"
  [ -d "$keep/node_modules" ] && mv "$keep/node_modules" "$LAUNCH_ROOT/frontend/"
  [ -d "$keep/.kyoso" ] && mv "$keep/.kyoso" "$LAUNCH_ROOT/"
  rm -rf "$keep"
  echo "$head" >"$LAUNCH_ROOT/.snapshot-commit"
}

stack_up() {
  ensure_bench_cluster
  # the fault scripts use the snapshot as it is; bench.sh refreshes it once at its start
  [ -f "$LAUNCH_ROOT/.snapshot-commit" ] || [ "$BENCH_TREE" != snapshot ] || refresh_snapshot
  local log="$OUT/kyoso-up.log"
  say "./kyoso up (stack $KYOSO_STACK, tree $LAUNCH_ROOT; builds what is stale, log: $log)"
  # once more if it failed: on a crowded machine a service can miss its database at start-up
  # (Liquibase's 5 s connection timeout); the launcher then starts only what is not running
  if ! (cd "$LAUNCH_ROOT" && ./kyoso up) >"$log" 2>&1 && ! (cd "$LAUNCH_ROOT" && ./kyoso up) >>"$log" 2>&1; then
    tail -25 "$log" >&2
    die "./kyoso up (stack $KYOSO_STACK) failed; log: $log"
  fi
}

stack_down() { [ -x "$LAUNCH_ROOT/kyoso" ] || return 0; (cd "$LAUNCH_ROOT" && ./kyoso down) >/dev/null 2>&1 || true; }

svc_pid() { cat "$RUN/$1.pid" 2>/dev/null || true; }
svc_alive() { local p; p=$(svc_pid "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

# Stops one service of the bench stack (SIGTERM, or SIGKILL with "kill") and waits until it is gone.
svc_stop() { # svc_stop <service> [kill]
  local pid; pid=$(svc_pid "$1")
  [ -n "$pid" ] || return 0
  if [ "${2:-}" = kill ]; then kill -9 "$pid" 2>/dev/null || true; else kill "$pid" 2>/dev/null || true; fi
  for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
}

ready() { curl -fsS -o /dev/null --max-time 2 "http://localhost:$(port_of "$1")/q/health/ready" 2>/dev/null; }

wait_ready() { # wait_ready <service> [seconds]
  local deadline=$(( $(date +%s) + ${2:-120} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do ready "$1" && return 0; sleep 0.2; done
  return 1
}

# CPU time a process has used so far, in milliseconds (user + system, from /proc/<pid>/stat).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }

rss_kb() { ps -o rss= -p "$1" 2>/dev/null | tr -d ' '; }
peak_rss_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null; }

# ---------------------------------------------------------------- staff tokens
# Sign-in is rate limited (10/min per client) and tokens live 15 min: they are cached for 10.
token_of() { # token_of <username> <password>
  local cache="$OUT/.token-$1"
  if [ -f "$cache" ] && [ -n "$(find "$cache" -mmin -10 2>/dev/null)" ]; then cat "$cache"; return; fi
  local body; body=$(jq -nc --arg u "$1" --arg p "$2" '{username: $u, password: $p}')
  local t; t=$(curl -fsS -X POST "$GW/auth/login" -H 'Content-Type: application/json' -d "$body" | jq -r .accessToken)
  [ -n "$t" ] && [ "$t" != null ] || return 1
  (umask 077; printf '%s' "$t" >"$cache")
  printf '%s' "$t"
}

# The gateway writes the first admin's password when kyoso_gateway_bench has no staff account yet;
# that may have happened in the snapshot's state or in the working tree's (BENCH_TREE=worktree).
admin_token() {
  local pwfile f
  for f in "$STATE/$KYOSO_STACK/initial-admin-password" "$ROOT/.kyoso/$KYOSO_STACK/initial-admin-password"; do
    [ -f "$f" ] && { pwfile="$f"; break; }
  done
  [ -n "${BENCH_ADMIN_PASSWORD:-}" ] || [ -n "${pwfile:-}" ] \
    || die "no initial-admin-password for the bench stack: set BENCH_ADMIN_PASSWORD, or drop kyoso_gateway_bench (port $KYOSO_DB_PORT) so the gateway makes a new admin"
  token_of admin "${BENCH_ADMIN_PASSWORD:-$(cat "$pwfile")}"
}

# A staff member with exactly the given role, created (or reset) by the admin on first use.
role_token() { # role_token <role>
  local user="bench-${1}" pwfile="$OUT/.password-bench-$1"
  [ -f "$pwfile" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$pwfile")
  local pw; pw=$(cat "$pwfile")
  local cache="$OUT/.token-$user"
  if [ -f "$cache" ] && [ -n "$(find "$cache" -mmin -10 2>/dev/null)" ]; then cat "$cache"; return; fi
  local admin; admin=$(admin_token) || return 1
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$GW/auth/users" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg u "$user" --arg r "$1" --arg p "$pw" '{username: $u, displayName: "負荷試験 \($r)", roles: [$r], password: $p}')")
  if [ "$status" != 201 ]; then
    curl -fsS -o /dev/null -X PUT "$GW/auth/users/$user/password" -H "Authorization: Bearer $admin" \
      -H 'Content-Type: application/json' -d "$(jq -nc --arg p "$pw" '{password: $p}')" || return 1
  fi
  token_of "$user" "$pw"
}

# ---------------------------------------------------------------- probes for the fault scripts
# probe_loop <name> <url> <logfile> [curl args...]: asks <url> every PROBE_INTERVAL s until the file
# $OUT/.stop-probes exists. One line per answer: epoch ms, name, status, content type, seconds,
# and "leak" when the body shows a stack trace, SQL or a class name.
probe_loop() {
  local name="$1" url="$2" log="$3"; shift 3
  local body="$OUT/.probe-$name.body"
  while [ ! -f "$OUT/.stop-probes" ]; do
    local at; at=$(now_ms)
    local meta; meta=$(curl -s -o "$body" -w '%{http_code}\t%{content_type}\t%{time_total}\t%header{retry-after}' --max-time "${PROBE_TIMEOUT:-10}" "$@" "$url" || true)
    local leak=""
    grep -q -E 'Exception|at [a-z]+\.[a-z]+\.[A-Za-z.]+\(|org\.postgresql|SQLState|Hibernate|java\.' "$body" 2>/dev/null && leak=leak
    # at, name, status, content type, seconds, leak, Retry-After
    printf '%s\t%s\t%s\t%s\t%s\n' "$at" "$name" "${meta%$'\t'*}" "$leak" "${meta##*$'\t'}" >>"$log"
    sleep "${PROBE_INTERVAL:-0.2}"
  done
}
start_probes() { rm -f "$OUT/.stop-probes"; }
stop_probes() { touch "$OUT/.stop-probes"; wait; rm -f "$OUT/.stop-probes"; }

# Starts the bench stack unless it runs (with the measurement limits unless told otherwise).
ensure_stack() {
  local svc all=1
  for svc in "${SERVICES[@]}"; do svc_alive "$svc" && ready "$svc" || all=0; done
  [ $all = 1 ] && return 0
  say "Starting the bench stack on :$KYOSO_PORT_BASE"
  stack_up
}

# The id of a consultation accepting opinions now, or nothing.
open_consultation() {
  curl -fsS "$COMMENT/api/v1/consultations" 2>/dev/null \
    | jq -r '(if type == "array" then . else (.items // .content // []) end) | map(select(.accepting == true)) | .[0].id // empty'
}

uuid() { cat /proc/sys/kernel/random/uuid; }

# A consultation on the 2.0 outline, open from now until <closes in seconds>, created and scheduled
# by a comment moderator (opening then follows the clock by itself). Prints its id.
create_open_consultation() { # create_open_consultation <id> <seconds until it closes>
  local token; token=$(role_token comment-moderator) || die "cannot sign in as a comment moderator"
  local opens closes
  opens=$(date -u -d '-1 minute' +%Y-%m-%dT%H:%M:%S.%3NZ)
  closes=$(date -u -d "+$2 seconds" +%Y-%m-%dT%H:%M:%S.%3NZ)
  local body; body=$(jq -nc --arg id "$1" --arg o "$opens" --arg c "$closes" '{
      id: $id, title: "負荷試験用の意見募集 (\($id))", summary: "負荷試験・障害試験のための案件です。",
      plan: "dx-action-plan-2", version: "outline-2025-10-29", opensAt: $o, closesAt: $c,
      shortPeriodReason: "負荷試験のため短期間で募集します。", allowedAttributes: ["resident", "worker", "other"],
      requiredFields: ["name", "attribute"], channels: ["web", "post"]}')
  local code; code=$(curl -s -o "$OUT/.create.json" -w '%{http_code}' -X POST "$GW/api/v1/consultations" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body")
  [ "$code" = 201 ] || die "creating consultation $1 answered $code: $(head -c 400 "$OUT/.create.json")"
  code=$(curl -s -o "$OUT/.create.json" -w '%{http_code}' -X POST "$GW/api/v1/consultations/$1/transitions" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"to": "scheduled", "reason": "負荷試験"}')
  [ "$code" = 200 ] || die "scheduling consultation $1 answered $code: $(head -c 400 "$OUT/.create.json")"
  echo "$1"
}

# A consultation taken through its whole life as the city would, so the published result can be read:
# open for a few seconds, opinions sent and split into answered items, closed by the clock, published.
# Prints its id.
create_published_consultation() { # create_published_consultation <id>
  local token; token=$(role_token comment-moderator) || die "cannot sign in as a comment moderator"
  create_open_consultation "$1" 12 >/dev/null
  local sections=(guidelines field-living perspective-co-creation) category=(reflected reference already-included) i receipt item
  for i in 0 1 2; do
    receipt=$(curl -fsS -X POST "$GW/api/v1/consultations/$1/submissions" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $(uuid)" -d "$(jq -nc --arg s "${sections[$i]}" \
      '{text: "負荷試験の意見です。\($s) について、対象と時期を明記してください。", sections: [$s], attribute: "resident", contact: {name: "負荷 試験"}}')" \
      | jq -r .receipt) || die "sending an opinion to $1 failed"
    item=$(curl -fsS -X POST "$GW/api/v1/consultations/$1/items" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "$(jq -nc --arg r "$receipt" --arg s "${sections[$i]}" '{receipt: $r, section: $s, summary: "\($s) について対象と時期を明記してほしい。"}')") \
      || die "splitting an opinion of $1 failed"
    echo "$item" >"$OUT/.item-$i.json"
  done
  local state=""
  for i in $(seq 1 60); do
    state=$(curl -fsS "$GW/api/v1/consultations/$1" -H 'Cache-Control: no-cache' | jq -r .status.code)
    [ "$state" = closed ] && break; sleep 1
  done
  [ "$state" = closed ] || die "consultation $1 did not close on time (state: $state)"
  curl -fsS -o /dev/null -X POST "$GW/api/v1/consultations/$1/transitions" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"to": "answering", "reason": "負荷試験"}' || die "answering $1 failed"
  for i in 0 1 2; do
    curl -fsS -o /dev/null -X PUT "$GW/api/v1/consultations/$1/items/$(jq -r .id "$OUT/.item-$i.json")" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "$(jq -c --arg s "${sections[$i]}" --arg c "${category[$i]}" '{section: $s, summary: .summary, answer: "本市の考え方(負荷試験)。", category: $c, hidden: false, version: .version}' "$OUT/.item-$i.json")" \
      || die "answering an item of $1 failed"
  done
  curl -fsS -o /dev/null -X POST "$GW/api/v1/consultations/$1/transitions" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"to": "published", "reason": "負荷試験"}' || die "publishing $1 failed"
  echo "$1"
}

# A valid opinion (JSON) for a consultation: its first allowed attribute and the contact fields it requires.
opinion_for() { # opinion_for <consultation id> [text]
  curl -fsS "$COMMENT/api/v1/consultations/$1" | jq -c --arg text "${2:-DXアクションプランの取組方針について、市民が行政手続をオンラインで完結できるよう、対象となる手続の範囲と時期を明記してください。}" '{
      text: $text,
      attribute: ((.rules.attributes // [])[0].code // null),
      contact: {name: "負荷 試験", address: "石川県金沢市広坂1丁目1番1号", email: "loadtest@example.jp"}
    } | with_entries(select(.value != null))'
}
