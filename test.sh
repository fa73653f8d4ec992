#!/usr/bin/env bash
# Runs every test against real parts: a throwaway PostgreSQL cluster (.data/test-pg-*, started by the tests
# themselves) and Debian's headless Chromium. Installs what is missing first.
#   ./test.sh                        all tests
#   ./test.sh --filter Live          any `dotnet test` options
set -euo pipefail
cd "$(dirname "$0")"
bash ./run.sh --install chromium
mkdir -p TestResults
set +e
dotnet test CourtMetrics.sln -c Release --results-directory TestResults "$@" 2>&1 | tee TestResults/test-output.log
status=${PIPESTATUS[0]}
# The test host stops its clusters on exit, but a host that is torn down can leave one running (the fault tests'
# cluster restarts under it): stop any that are left, so the next run finds its ports free.
as_server=(); [ "$(id -u)" = 0 ] && as_server=(runuser -u postgres --)   # the server refuses root
for data in .data/test-pg*/data; do
  if [ -f "$data/postmaster.pid" ]; then "${as_server[@]}" /usr/lib/postgresql/*/bin/pg_ctl -D "$data" -m fast -w stop >/dev/null 2>&1 || true; fi
done
set -e
# One plain closing line for CI, from the runner's own summary.
total() { grep -oE "$1: +[0-9]+" TestResults/test-output.log | awk '{ n += $2 } END { print n + 0 }'; }
echo "tests: $(total Passed) passed, $(total Failed) failed"
exit "$status"
