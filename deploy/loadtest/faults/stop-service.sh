#!/usr/bin/env bash
# Stop one service: the gateway answers 503 problem+json (with Retry-After) for its routes, quickly,
# and keeps serving the other services and the SPA; after a restart the routes work again.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
VICTIM="${FAULT_SERVICE:-meeting-service}"
bench_limits
ensure_stack

declare -A ROUTE=(
  [plan-service]=/api/v1/plans/dx-action-plan-2/versions/latest/tree
  [comment-service]=/api/v1/consultations
  [meeting-service]=/api/v1/meetings
)
[ -n "${ROUTE[$VICTIM]:-}" ] || die "FAULT_SERVICE must be plan-service, comment-service or meeting-service"

answer() { curl -s -o "$OUT/.answer" -w '%{http_code} %{content_type} %{time_total}' --max-time 10 "$@"; }

say "Stopping $VICTIM (SIGTERM)"
svc_stop "$VICTIM"
check "$VICTIM is stopped" bash -c "! curl -s -o /dev/null --max-time 2 http://localhost:$(port_of "$VICTIM")/q/health"

read -r code type secs <<<"$(answer "$GW${ROUTE[$VICTIM]}")"
check "gateway answers 503 for ${ROUTE[$VICTIM]} (got $code in ${secs}s)" test "$code" = 503
check "... as application/problem+json (got $type)" bash -c "[[ '$type' == application/problem+json* ]]"
check "... within 2 s (the connection is refused at once)" awk "BEGIN { exit !($secs < 2) }"
retry=$(curl -s -D - -o /dev/null --max-time 10 "$GW${ROUTE[$VICTIM]}" | tr -d '\r' | sed -n 's/^[Rr]etry-[Aa]fter: *//p')
check "... with Retry-After (got '${retry}')" test -n "$retry"
check "... whose body names no host, port or exception" bash -c "! grep -q -E 'localhost|127\\.0\\.0\\.1|:2808|Exception' '$OUT/.answer'"
for other in "${!ROUTE[@]}"; do
  [ "$other" = "$VICTIM" ] && continue
  read -r code _ secs <<<"$(answer "$GW${ROUTE[$other]}")"
  check "gateway still serves $other: ${ROUTE[$other]} -> $code (${secs}s)" test "$code" = 200
done
read -r code type _ <<<"$(answer -H 'Accept: text/html' "$GW/")"
check "the SPA still loads: / -> $code $type" bash -c "[ '$code' = 200 ] && [[ '$type' == text/html* ]]"
read -r code _ _ <<<"$(answer -H 'Accept: text/html' "$GW/meetings")"
check "an SPA deep link still loads: /meetings -> $code" test "$code" = 200
read -r code _ _ <<<"$(answer "$GW/q/health/live")"
check "the gateway itself is live: /q/health/live -> $code" test "$code" = 200

say "Starting $VICTIM again"
stack_up
read -r code _ _ <<<"$(answer "$GW${ROUTE[$VICTIM]}")"
check "after the restart the gateway serves ${ROUTE[$VICTIM]} again ($code)" test "$code" = 200
finish "stop-service ($VICTIM)"
