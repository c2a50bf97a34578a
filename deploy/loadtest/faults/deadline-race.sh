#!/usr/bin/env bash
# Opinions racing closes_at: each is either accepted with a receipt (and stored with a time before
# the deadline) or refused with 409 — never accepted after it.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
CLIENTS="${FAULT_CLIENTS:-8}"
CLOSE_IN="${FAULT_CLOSE_IN:-8}"
bench_limits
ensure_stack

CONSULTATION=$(create_open_consultation "fault-deadline-$(date +%s)" "$CLOSE_IN")
closes_iso=$(curl -fsS "$COMMENT/api/v1/consultations/$CONSULTATION" | jq -r .period.closesAt)
CLOSES_MS=$(date -d "$closes_iso" +%s%3N)
ok "consultation $CONSULTATION closes at $closes_iso (in $(( (CLOSES_MS - $(now_ms)) / 1000 )) s)"
OPINION=$(opinion_for "$CONSULTATION" "締切間際の意見です。")
SUBMIT="$GW/api/v1/consultations/$CONSULTATION/submissions"
DIR="$OUT/deadline-race"; rm -rf "$DIR"; mkdir -p "$DIR"
UNTIL=$((CLOSES_MS + 3000))

# One client: new opinions back to back until 3 s after the deadline.
# Line: sent (ms), answered (ms), status, content type, receipt, receivedAt (epoch ms, from the receipt)
client() {
  local n="$1"
  while [ "$(now_ms)" -lt "$UNTIL" ]; do
    local sent; sent=$(now_ms)
    local meta; meta=$(curl -s -o "$DIR/.answer-$n" -w '%{http_code}\t%{content_type}' --max-time 10 -X POST "$SUBMIT" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: $(uuid)" -d "$OPINION" || true)
    local done_at; done_at=$(now_ms)
    local receipt="" received=""
    if [[ "$meta" == 201* ]]; then
      receipt=$(jq -r .receipt "$DIR/.answer-$n")
      received=$(date -d "$(jq -r .receivedAt "$DIR/.answer-$n")" +%s%3N)
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$sent" "$done_at" "$meta" "$receipt" "$received" >>"$DIR/client-$n.tsv"
  done
}
say "$CLIENTS clients send opinions back to back until 3 s after the deadline"
for i in $(seq 1 "$CLIENTS"); do client "$i" & done
wait
cat "$DIR"/client-*.tsv | sort -n >"$DIR/all.tsv"

total=$(wc -l <"$DIR/all.tsv")
accepted=$(awk -F'\t' '$3 == 201' "$DIR/all.tsv" | wc -l)
refused=$(awk -F'\t' '$3 == 409' "$DIR/all.tsv" | wc -l)
say "Checking $total answers: $accepted accepted, $refused refused"
others=$(awk -F'\t' '$3 != 201 && $3 != 409 {print $3}' "$DIR/all.tsv" | sort | uniq -c | tr '\n' ' ')
check "every answer is 201 or 409 (others: ${others:-none})" test -z "$others"
late=$(awk -F'\t' -v c="$CLOSES_MS" '$3 == 201 && $1 >= c' "$DIR/all.tsv" | wc -l)
check "no opinion sent at or after closes_at was accepted ($late)" test "$late" = 0
stamped_late=$(awk -F'\t' -v c="$CLOSES_MS" '$3 == 201 && $6 >= c' "$DIR/all.tsv" | wc -l)
check "every receipt shows a receipt time before closes_at ($stamped_late after)" test "$stamped_late" = 0
early_refusal=$(awk -F'\t' -v c="$CLOSES_MS" '$3 == 409 && $2 < c' "$DIR/all.tsv" | wc -l)
check "no opinion was refused although its answer came before closes_at ($early_refusal)" test "$early_refusal" = 0
check "409s are problem+json" test -z "$(awk -F'\t' '$3 == 409 && $4 !~ /problem\+json/' "$DIR/all.tsv")"
last_ok=$(awk -F'\t' '$3 == 201 {t = $1} END {print t + 0}' "$DIR/all.tsv")
first_no=$(awk -F'\t' '$3 == 409 {print $1; exit}' "$DIR/all.tsv")
check "the race happened: last acceptance sent $((CLOSES_MS - last_ok)) ms before the deadline, refusals after it" \
  test "$accepted" -gt 0 -a "$refused" -gt 0 -a $((CLOSES_MS - last_ok)) -lt 2000

db() { psql_db kyoso_comment_bench "$@"; }
cid=$(db -c "select id from consultation where code = '$CONSULTATION'")
rows=$(db -c "select count(*) from submission where consultation_id = $cid")
after=$(db -c "select count(*) from submission s join consultation c on c.id = s.consultation_id where c.id = $cid and s.received_at >= c.closes_at")
check "no stored submission has received_at at or after closes_at ($after)" test "$after" = 0
check "rows in the database = receipts handed out ($rows = $accepted)" test "$rows" = "$accepted"
finish "deadline-race (details: $DIR)"
