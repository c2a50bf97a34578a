#!/usr/bin/env bash
# Restart PostgreSQL in the middle of a run: while it is away every service answers 2xx or
# 503 problem+json (never a 500, a stack trace or a hang), and each recovers by itself.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
own_cluster || die "this fault restarts PostgreSQL: it only runs on the bench cluster (unset BENCH_PG_PORT)"
AWAY="${FAULT_PG_AWAY:-8}"
bench_limits
ensure_stack

LOG="$OUT/restart-postgres.tsv"; : >"$LOG"
TREE=/api/v1/plans/dx-action-plan-2/versions/latest/tree
TARGETS=(
  "plan-direct|$PLAN$TREE" "plan-gateway|$GW$TREE"
  "comment-direct|$COMMENT/api/v1/consultations" "comment-gateway|$GW/api/v1/consultations"
  "meeting-direct|$MEETING/api/v1/meetings" "meeting-gateway|$GW/api/v1/meetings"
)
# One answer from each path first: the first requests to a freshly started stack (here right after a build)
# took up to 5.1 s before anything was stopped, which is start-up, not this fault.
for t in "${TARGETS[@]}"; do curl -s -o /dev/null --max-time 30 "${t#*|}" || true; done
say "Probing ${#TARGETS[@]} read paths every 0.2 s; PostgreSQL goes away for ${AWAY}s"
start_probes
for t in "${TARGETS[@]}"; do probe_loop "${t%%|*}" "${t#*|}" "$LOG" & done
CONSULTATION=$(create_open_consultation "fault-pg-$(date +%s)" 3600)
OPINION=$(opinion_for "$CONSULTATION" "障害試験: データベース再起動中の意見です。")
if [ -n "$CONSULTATION" ]; then
  # the opinion intake too: a new opinion every 0.5 s, each with its own key
  ( while [ ! -f "$OUT/.stop-probes" ]; do
      at=$(now_ms)
      meta=$(curl -s -o "$OUT/.probe-submit.body" -w '%{http_code}\t%{content_type}\t%{time_total}\t%header{retry-after}' --max-time 10 -X POST \
        "$GW/api/v1/consultations/$CONSULTATION/submissions" -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuid)" \
        -d "$OPINION" || true)
      leak=""; grep -q -E 'Exception|org\.postgresql|SQLState|java\.' "$OUT/.probe-submit.body" 2>/dev/null && leak=leak
      printf '%s\tsubmit-gateway\t%s\t%s\t%s\n' "$at" "${meta%$'\t'*}" "$leak" "${meta##*$'\t'}" >>"$LOG"
      sleep 0.5
    done ) &
else
  warn "no consultation accepts opinions: the intake is not probed"
fi
sleep 3
T_STOP=$(now_ms); pg_ctl_bench stop; ok "PostgreSQL stopped"
sleep "$AWAY"
T_START=$(now_ms); pg_ctl_bench start; ok "PostgreSQL started again"
sleep "${FAULT_RECOVERY:-20}"
T_END=$(now_ms)
stop_probes

say "Checking $(wc -l <"$LOG") answers"
bad_status=$(awk -F'\t' '$3 != 200 && $3 != 201 && $3 != 304 && $3 != 503' "$LOG")
check "no answer other than 2xx/304 or 503 (no 500, no hang, no refused connection)" test -z "$bad_status"
[ -z "$bad_status" ] || awk -F'\t' '{print "    " $2 " " $3 " " $5 "s"}' <<<"$bad_status" | sort | uniq -c | sort -rn | head -10 >&2
not_problem=$(awk -F'\t' '$3 == 503 && $4 !~ /application\/problem\+json/' "$LOG")
check "every 503 is application/problem+json" test -z "$not_problem"
no_retry=$(awk -F'\t' '$3 == 503 && $7 == ""' "$LOG")
check "every 503 says when to try again (Retry-After)" test -z "$no_retry"
leaks=$(awk -F'\t' '$6 == "leak"' "$LOG")
check "no answer shows a stack trace, SQL or class name" test -z "$leaks"
slow=$(awk -F'\t' '$5 > 5' "$LOG")
check "no answer took longer than 5 s while PostgreSQL was away" test -z "$slow"
[ -z "$slow" ] || awk -F'\t' '{print "    " $2 " " $3 " " $5 "s"}' <<<"$slow" | head -5 >&2
outage=$(awk -F'\t' -v a="$T_STOP" -v b="$T_START" '$1 >= a && $1 < b && $3 == 503' "$LOG" | wc -l)
check "services said 503 while PostgreSQL was away ($outage answers)" test "$outage" -gt 0
for t in "${TARGETS[@]}" ${CONSULTATION:+"submit-gateway|"}; do
  name="${t%%|*}"
  last=$(awk -F'\t' -v n="$name" '$2 == n {s = $3} END {print s}' "$LOG")
  back=$(awk -F'\t' -v n="$name" -v b="$T_START" '$2 == n && $1 >= b && ($3 == 200 || $3 == 201) {print ($1 - b) / 1000; exit}' "$LOG")
  check "$name recovered by itself (last answer $last, first success ${back:-never} s after PostgreSQL was back)" \
    test "$last" = 200 -o "$last" = 201
done
echo "answers by route and status:"
awk -F'\t' '{print "  " $2 " " $3}' "$LOG" | sort | uniq -c
finish "restart-postgres (log: $LOG)"
