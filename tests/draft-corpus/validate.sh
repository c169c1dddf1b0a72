#!/bin/sh
# Validate one or more corpus articles with a claimcheck binary that does not
# yet parse `label "..."` on a let: copy each article directory to a scratch
# directory with the labels stripped, then run `test` (every pinned verdict must
# hold) and `check` (exit status 0 or 1: no parse, type or quote errors).
# Usage: tests/draft-corpus/validate.sh [DIR...]   (default: every NN-* directory)
# CLAIMCHECK (default /tmp/claimcheck-ref) and CLAIMCHECK_RULES may be set.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=${CLAIMCHECK:-/tmp/claimcheck-ref}
: "${CLAIMCHECK_RULES:=$here/../../rules}"
export CLAIMCHECK_RULES
[ $# -eq 0 ] && set -- "$here"/[0-9][0-9]-*/
status=0
for dir in "$@"; do
  dir=${dir%/}
  name=$(basename "$dir")
  tmp=$(mktemp -d)
  cp "$dir"/* "$tmp"/
  for f in "$tmp"/*.claims; do
    sed -E -i 's/ label "[^"]*"$//' "$f"
  done
  if (cd "$tmp" && "$bin" test intended.claims >"$tmp/test.out" 2>&1); then t=ok; else t=FAILED; status=1; fi
  (cd "$tmp" && "$bin" check intended.claims >"$tmp/check.out" 2>&1); rc=$?
  if [ $rc -gt 1 ]; then c="FAILED (exit $rc)"; status=1; else c=ok; fi
  claims=$(grep -c '^claim ' "$dir/intended.claims")
  wrong=$(grep -c 'note "wrong:' "$dir/intended.claims")
  echo "$name: test $t, check $c; $claims claims, $wrong wrong"
  if [ "$t" != ok ]; then grep -v '^ok ' "$tmp/test.out"; fi
  if [ "$c" != ok ]; then cat "$tmp/check.out"; fi
  rm -rf "$tmp"
done
exit $status
