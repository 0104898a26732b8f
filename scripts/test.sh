#!/usr/bin/env bash
# The whole suite: starts a throwaway PostgreSQL cluster and Chromium as needed, runs every test project,
# and ends with one line "N passed, N failed" over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
results=.data/test-results
rm -rf "$results"
mkdir -p "$results"

scripts/ensure-chromium.sh || { echo "0 passed, 1 failed"; exit 1; }
scripts/pg.sh test start >&2 || { echo "0 passed, 1 failed"; exit 1; }
WELLPATH_TEST_DATABASE_URL=$(scripts/pg.sh test url)
export WELLPATH_TEST_DATABASE_URL
if [ "${CI:-}" = true ]; then
  export SNAPSHOOTER_STRICT_MODE=true
fi

started=$(date +%s)
dotnet test WellPath.sln --no-build -c "${CONFIGURATION:-Debug}" \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" 2>&1 \
  | grep -v -E '^\s*(Passed |Determining projects|All projects are up-to-date)'
status=${PIPESTATUS[0]}
elapsed=$(( $(date +%s) - started ))
scripts/pg.sh test stop >&2 || true

passed=0 failed=0 reports=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  reports=$((reports + 1))
done
projects=$(find tests -name '*.Tests.csproj' | wc -l)
if [ "$reports" -lt "$projects" ]; then
  echo "Only $reports of $projects test projects reported results: a test host crashed or did not start." >&2
  failed=$((failed + projects - reports))
  status=1
fi
if [ "$status" -eq 0 ] && [ "$failed" -gt 0 ]; then
  status=1
fi
echo "Test time: ${elapsed}s over $projects test projects."
echo "$passed passed, $failed failed"
exit "$status"
