#!/usr/bin/env bash
# kill -9 comment-service in the middle of an intake run and start it again: every receipt handed
# out is in the database, no submission is there twice, and clients that retried with their
# Idempotency-Key got their first receipt.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
CLIENTS="${FAULT_CLIENTS:-6}"
bench_limits
ensure_stack

CONSULTATION=$(create_open_consultation "fault-kill-$(date +%s)" 3600)
ok "consultation $CONSULTATION is open"
OPINION=$(opinion_for "$CONSULTATION")
SUBMIT="$GW/api/v1/consultations/$CONSULTATION/submissions"
DIR="$OUT/kill-comment-service"; rm -rf "$DIR"; mkdir -p "$DIR"
body_of() { jq -c --arg k "$1" '.text = "障害試験 (kill -9) の意見です。キー \($k)"' <<<"$OPINION"; }

# One client: sends opinions one after another; a send that gets no receipt (refused, 502/503/504,
# time-out) is retried with the same key and body until it does. Stops starting new opinions when
# told, but always finishes the one in hand.
client() {
  local n="$1" log="$DIR/client-$1.tsv"
  while [ ! -f "$DIR/stop" ]; do
    local key; key=$(uuid)
    local body; body=$(body_of "$key")
    local attempt=0 code="" first_failure=""
    while :; do
      attempt=$((attempt + 1))
      code=$(curl -s -o "$DIR/.answer-$n" -w '%{http_code}' --max-time 5 -X POST "$SUBMIT" \
        -H 'Content-Type: application/json' -H "Idempotency-Key: $key" -d "$body" || true)
      [ "$code" = 201 ] && break
      first_failure="${first_failure:-$code}"
      case "$code" in
        000|502|503|504) [ $attempt -lt 300 ] || break; sleep 0.3 ;;
        *) break ;;
      esac
    done
    local receipt="" replayed=""
    if [ "$code" = 201 ]; then
      receipt=$(jq -r .receipt "$DIR/.answer-$n"); replayed=$(jq -r .replayed "$DIR/.answer-$n")
    else
      echo "client $n: key $key ended with $code: $(head -c 300 "$DIR/.answer-$n")" >>"$DIR/errors"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$code" "$receipt" "$attempt" "$replayed" "${first_failure:-}" >>"$log"
  done
}

say "$CLIENTS clients send opinions through the gateway; comment-service gets kill -9 after 5 s"
rm -f "$DIR/stop"
for i in $(seq 1 "$CLIENTS"); do client "$i" & done
sleep 5
victim=$(svc_pid comment-service)
kill -9 "$victim"; ok "killed comment-service (pid $victim) with SIGKILL"
sleep 2
stack_up; ok "comment-service started again (pid $(svc_pid comment-service))"
sleep 5
touch "$DIR/stop"
wait
cat "$DIR"/client-*.tsv >"$DIR/all.tsv"

total=$(wc -l <"$DIR/all.tsv")
acked=$(awk -F'\t' '$2 == 201' "$DIR/all.tsv" | wc -l)
retried=$(awk -F'\t' '$2 == 201 && $4 > 1' "$DIR/all.tsv" | wc -l)
say "Checking: $total opinions, $acked with a receipt, $retried of them after retries"
check "every opinion eventually got a receipt ($acked of $total)" test "$acked" = "$total"
[ ! -s "$DIR/errors" ] || head -5 "$DIR/errors" >&2
check "the kill interrupted some sends (retried: $retried)" test "$retried" -gt 0
awk -F'\t' '$2 == 201 {print $3}' "$DIR/all.tsv" >"$DIR/receipts"
awk -F'\t' '$2 == 201 {print $1 "\t" $3}' "$DIR/all.tsv" >"$DIR/keys"
dup_receipts=$(sort "$DIR/receipts" | uniq -d | wc -l)
check "no receipt was handed out for two different opinions" test "$dup_receipts" = 0

db() { psql_db kyoso_comment_bench "$@"; }
cid=$(db -c "select id from consultation where code = '$CONSULTATION'")
rows=$(db -c "select count(*) from submission where consultation_id = $cid")
dups=$(db -c "select count(*) from (select idempotency_key from submission where consultation_id = $cid group by 1 having count(*) > 1) d")
found=$(db <<SQL | tail -1
create temp table handed (key text, receipt text);
\copy handed from '$DIR/keys'
select count(*) from handed h join submission s on s.consultation_id = $cid and s.idempotency_key = h.key and s.receipt_number = h.receipt;
SQL
)
check "every receipt handed out is in the database with its own key ($found of $acked)" test "$found" = "$acked"
check "no Idempotency-Key is in the database twice ($dups)" test "$dups" = 0
check "rows in the database = opinions acknowledged ($rows = $acked): nothing stored twice, nothing unacknowledged" test "$rows" = "$acked"

say "Replaying every key with its body: each must return its first receipt"
replay() {
  local key="$1" receipt="$2"
  local a; a=$(curl -s --max-time 10 -X POST "$SUBMIT" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" -d "$(body_of "$key")")
  if [ "$(jq -r '.receipt + " " + (.replayed | tostring)' <<<"$a" 2>/dev/null)" != "$receipt true" ]; then
    echo "$key expected $receipt, got: $(head -c 200 <<<"$a")"
  fi
}
export -f replay body_of; export SUBMIT OPINION
mismatch=$(awk -F'\t' '{print $1 " " $2}' "$DIR/keys" | xargs -P 4 -n 2 bash -c 'replay "$0" "$1"' | tee "$DIR/replay-mismatches")
check "every replay returned the first receipt with replayed=true ($(wc -l <"$DIR/keys") keys)" test -z "$mismatch"
rows_after=$(db -c "select count(*) from submission where consultation_id = $cid")
check "replays stored nothing ($rows_after rows)" test "$rows_after" = "$rows"
echo "retried sends answered as replays (committed before the kill, receipt lost on the way): $(awk -F'\t' '$4 > 1 && $5 == "true"' "$DIR/all.tsv" | wc -l)"
echo "sends by first failure seen: $(awk -F'\t' '$6 != "" {print $6}' "$DIR/all.tsv" | sort | uniq -c | tr '\n' ' ')"
finish "kill-comment-service (details: $DIR)"
