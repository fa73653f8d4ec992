#!/usr/bin/env bash
# Runs every test against real parts: a throwaway PostgreSQL cluster (.data/test-pg-*, started by the tests
# themselves) and Debian's headless Chromium. Installs what is missing first.
#   ./test.sh                              all tests
#   ./test.sh --filter Live                any `dotnet test` options
#   ./test.sh --date 2028-02-29 [options]  the same on another day: the tests, the app, its PostgreSQL server and
#                                          Chromium all see that day, from 10:00 UTC on (Debian's libfaketime)
#   ./test.sh --fast [options]             only the tests that need no database and no browser (Category=Unit):
#                                          parsers, checks of the source; well under a minute
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "--fast" ]; then
  shift
  exec dotnet test CourtMetrics.sln -c Release --filter "Category=Unit" "$@"
fi

# This run's clusters (the test server's port, COURTMETRICS_TEST_PG_PORT, and the fault tests' at port + 10): the
# test host stops them on exit, but a host that is torn down can leave one running (the fault tests' cluster
# restarts under it), and a cluster left running keeps the clock it was started with. Runs on other ports (CI runs
# two at once) keep theirs.
port=${COURTMETRICS_TEST_PG_PORT:-55433}
stop_test_clusters() {
  local as_server=(); [ "$(id -u)" = 0 ] && as_server=(runuser -u postgres --)   # the server refuses root
  for data in ".data/test-pg-$port/data" ".data/test-pg-faults-$((port + 10))/data"; do
    if [ -f "$data/postmaster.pid" ]; then "${as_server[@]}" /usr/lib/postgresql/*/bin/pg_ctl -D "$data" -m fast -w stop >/dev/null 2>&1 || true; fi
  done
}

clock=()
if [ "${1:-}" = "--date" ]; then
  day=${2:?"--date needs a day: yyyy-mm-dd"}
  shift 2
  target=$(date -ud "$day 10:00:00" +%s) || { echo "--date $day is not a day (yyyy-mm-dd)" >&2; exit 2; }
  bash ./run.sh --install chromium faketime nginx
  # Built with the real clock (the build compares file times); only the run is moved. Given --no-build, the caller
  # has built (CI builds once for its two runs at once).
  case " $* " in *" --no-build "*) ;; *) dotnet build CourtMetrics.sln -c Release -v quiet -nologo ;; esac
  offset=$(( target - $(date +%s) ))
  # An offset, not a start time: every process (test host, app, each PostgreSQL server it starts, Chromium) reads
  # the same moved clock whenever it starts. The monotonic clock moves with it: left alone, libfaketime's timed
  # waits end at once (the test runner then gives up on its test host).
  clock=(env "LD_PRELOAD=$(dpkg -L libfaketime | grep '/libfaketime.so.1$')" "FAKETIME=$( [ "$offset" -ge 0 ] && echo +)$offset")
  case " $* " in *" --no-build "*) ;; *) set -- --no-build "$@" ;; esac
  echo "Running the tests on $day (the clock moved by $offset s)"
else
  bash ./run.sh --install chromium nginx
fi
stop_test_clusters
mkdir -p TestResults
log="TestResults/test-output-$port.log"
set +e
"${clock[@]}" dotnet test CourtMetrics.sln -c Release --results-directory TestResults "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
stop_test_clusters
set -e
# One plain closing line for CI, from the runner's own summary.
total() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
echo "tests: $(total Passed) passed, $(total Failed) failed"
# A run that ran nothing (a filter matching no test, a runner killed before its summary) has shown nothing.
if [ "$(( $(total Passed) + $(total Failed) ))" -eq 0 ]; then echo "No test ran." >&2; exit 1; fi
exit "$status"
