#!/usr/bin/env bash
# Runs every fault script against the bench stack; exits non-zero if any failed, naming them.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
failed=()
for f in stop-service kill-comment-service deadline-race surge restart-postgres; do
  say "faults/$f.sh"
  "$LT/faults/$f.sh" || failed+=("$f")
  echo
done
[ ${#failed[@]} = 0 ] || die "fault scripts failed: ${failed[*]}"
ok "all fault scripts passed"
