#!/usr/bin/env bash
# A surge: the read paths saturated with wrk, a form-letter campaign (hundreds of near-identical
# opinions) from one address, and other citizens sending one opinion each from their own addresses.
# The campaign meets the gateway's submission limit (429 + Retry-After); everyone else gets a
# receipt, quickly. Runs with the shipped submission limit; only the general read limit is lifted,
# since the read crowd is played by one wrk (one address) instead of thousands of browsers.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
CAMPAIGN="${FAULT_CAMPAIGN:-300}"
CITIZENS="${FAULT_CITIZENS:-20}"
MAX_CITIZEN_SECONDS="${FAULT_MAX_SECONDS:-1}"
bench_limits
ensure_stack

restart_gateway() {
  svc_stop gateway
  stack_up
}
say "Restarting the gateway with the shipped submission limit"
unset KYOSO_GATEWAY_RATE_LIMITS_SUBMISSIONS_REQUESTS
restart_gateway
trap 'say "Restoring the bench limits on the gateway"; bench_limits; restart_gateway' EXIT
limit=$(curl -s -D - -o /dev/null -X POST "$GW/api/v1/consultations/none/submissions" -H 'Content-Type: application/json' \
  --interface 127.0.0.250 -H "Idempotency-Key: $(uuid)" -d '{}' | tr -d '\r' | sed -n 's/^[Rr]ate[Ll]imit-[Pp]olicy: *//p')
ok "submission limit per client: ${limit:-unknown}"

CONSULTATION=$(create_open_consultation "fault-surge-$(date +%s)" 3600)
SUBMIT="$GW/api/v1/consultations/$CONSULTATION/submissions"
OPINION=$(opinion_for "$CONSULTATION")
DIR="$OUT/surge"; rm -rf "$DIR"; mkdir -p "$DIR"

citizen() { # citizen <n> <phase>: one opinion from 127.0.0.<n+2>
  local text; text="市民 $1 の意見です: 地域の手続のデジタル化を進めてください。($(uuid))"
  local meta; meta=$(curl -s -o /dev/null -w '%{http_code}\t%{time_total}' --max-time 10 --interface "127.0.0.$(($1 + 2))" \
    -X POST "$SUBMIT" -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuid)" \
    -d "$(jq -c --arg t "$text" '.text = $t' <<<"$OPINION")" || true)
  printf '%s\t%s\t%s\n' "$2" "$1" "$meta" >>"$DIR/citizens.tsv"
}

say "Baseline: $CITIZENS citizens, one opinion each, quiet machine"
for i in $(seq 1 "$CITIZENS"); do citizen "$i" quiet; done

say "Surge: wrk on the read paths, a campaign of $CAMPAIGN opinions from 127.0.0.2, citizens from other addresses"
TREE=/api/v1/plans/dx-action-plan-2/versions/latest/tree
DURATION=$(( CITIZENS / 2 + 8 ))
wrk -t1 -c16 -d"${DURATION}s" --timeout 10s -s "$LT/wrk/report.lua" "$GW$TREE" >"$DIR/wrk-tree.txt" 2>&1 &
wrk -t1 -c16 -d"${DURATION}s" --timeout 10s -s "$LT/wrk/report.lua" "$GW/api/v1/consultations" >"$DIR/wrk-consultations.txt" 2>&1 &
sleep 2
campaign_one() {
  local h="$DIR/.h-$1"
  local meta; meta=$(curl -s -D "$h" -o "$DIR/.b-$1" -w '%{http_code}\t%{content_type}' --max-time 10 --interface 127.0.0.2 \
    -X POST "$SUBMIT" -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuid)" \
    -d "$(jq -c --arg n "$1" '.text = "【定型文】デジタル化に反対します。(\($n))"' <<<"$OPINION")" || true)
  printf '%s\t%s\t%s\n' "$1" "$meta" "$(tr -d '\r' <"$h" | sed -n 's/^[Rr]etry-[Aa]fter: *//p')"
  rm -f "$h" "$DIR/.b-$1"
}
export -f campaign_one uuid; export DIR SUBMIT OPINION
seq 1 "$CAMPAIGN" | xargs -P 4 -I{} bash -c 'campaign_one {}' >"$DIR/campaign.tsv" &
for i in $(seq 1 "$CITIZENS"); do citizen "$i" surge; sleep 0.5; done
wait

c201=$(awk -F'\t' '$2 == 201' "$DIR/campaign.tsv" | wc -l)
c429=$(awk -F'\t' '$2 == 429' "$DIR/campaign.tsv" | wc -l)
cother=$(awk -F'\t' '$2 != 201 && $2 != 429 {print $2}' "$DIR/campaign.tsv" | sort | uniq -c | tr '\n' ' ')
allowed=${limit%%;*}
check "the campaign met the limit: $c201 accepted (limit ${allowed:-?}), $c429 refused with 429" \
  test "$c429" -gt 0 -a "$c201" -le "${allowed:-10}"
check "the campaign got no other answers (${cother:-none})" test -z "$cother"
check "every 429 carries Retry-After" test -z "$(awk -F'\t' '$2 == 429 && $4 == ""' "$DIR/campaign.tsv")"
check "every 429 is problem+json" test -z "$(awk -F'\t' '$2 == 429 && $3 !~ /problem\+json/' "$DIR/campaign.tsv")"
for phase in quiet surge; do
  n=$(awk -F'\t' -v p=$phase '$1 == p' "$DIR/citizens.tsv" | wc -l)
  ok201=$(awk -F'\t' -v p=$phase '$1 == p && $3 == 201' "$DIR/citizens.tsv" | wc -l)
  worst=$(awk -F'\t' -v p=$phase '$1 == p {print $4}' "$DIR/citizens.tsv" | sort -g | tail -1)
  med=$(awk -F'\t' -v p=$phase '$1 == p {print $4}' "$DIR/citizens.tsv" | median)
  check "$phase: every citizen got a receipt ($ok201 of $n; median ${med}s, slowest ${worst}s)" test "$ok201" = "$n"
  [ $phase = surge ] && check "surge: no citizen waited more than ${MAX_CITIZEN_SECONDS}s (slowest ${worst}s)" \
    awk "BEGIN { exit !($worst <= $MAX_CITIZEN_SECONDS) }"
done
for f in "$DIR"/wrk-*.txt; do
  line=$(grep RESULT "$f" || echo "RESULT none")
  echo "  reads during the surge, $(basename "$f" .txt): $line"
  check "$(basename "$f" .txt): the saturated reads were answered without errors" \
    bash -c "grep -q 'bad=0 errors=0' '$f' && ! grep -q 'requests=0 ' '$f'"
done
finish "surge (details: $DIR)"
