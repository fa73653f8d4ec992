#!/usr/bin/env bash
# Runs CourtMetrics on this machine: installs what is missing (PostgreSQL server, fonts) from Debian's packages,
# then starts the site, which starts a project-local PostgreSQL cluster in .data/pg on 127.0.0.1:55432 (unless
# ConnectionStrings__CourtMetrics points at a server), applies migrations, and fills an empty local database with
# the live demo court system (a server's database only with Simulation__Enabled=true). Ctrl-C stops the site and
# the local cluster; the data stays for the next run.
#
#   ./run.sh                      the product, at http://127.0.0.1:5080 (ASPNETCORE_URLS to change)
#   ./run.sh --install [pkg...]   only install the prerequisites (and the extra Debian packages named)
#   ./run.sh --help               this usage and the product's commands (each has its own --help); starts nothing
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
    local missing=()
    if [ -z "${ConnectionStrings__CourtMetrics:-}" ] && ! command -v initdb >/dev/null \
        && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        missing+=(postgresql)
        # The product runs its own cluster; keep the package from creating and starting a system one.
        as_root mkdir -p /etc/postgresql-common/createcluster.d
        echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/courtmetrics.conf >/dev/null
    fi
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} from Debian's packages…"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# --help, for the whole or for a command, and --version: answered by the product without installing or starting
# anything (it builds if needed, then prints).
if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--version" ] || [[ " $* " == *" --help "* ]]; then
    if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; echo; fi
    exec dotnet run --project src/CourtMetrics -c Release -v quiet -- "$@"
fi

if [ "${1:-}" = "--install" ]; then
    shift
    install_missing "$@"
    exit 0
fi

install_missing
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
# The product's own local database is the showroom: fill it with the live demo unless told otherwise. Given a
# connection string (a real server), the database is never filled with invented cases unless asked for.
if [ -z "${ConnectionStrings__CourtMetrics:-}" ]; then export Simulation__Enabled="${Simulation__Enabled:-true}"; fi
exec dotnet run --project src/CourtMetrics -c Release -- "$@"
