#!/usr/bin/env bash
# The database killed under load (issue 11), end to end:
#   docs/bench/db-kill.sh                      # 4 plans (about 150 reports due), 16 officers, 10 s outage
#   PLANS=8 CONCURRENCY=32 OUTAGE=20 KILL_AFTER=0.5 docs/bench/db-kill.sh
# Runs web-module's DatabaseKillIT with a bigger burst than the suite's (1 plan, 8 officers, 5 s):
# it installs a MariaDB server of its own (/usr/sbin/mariadbd, or DONDOC_TEST_MARIADBD) with a
# fresh data folder and socket under web-module/target/durability/mariadb and a free port on
# 127.0.0.1, starts the product's WAR on a Payara Micro of its own (free port, demo tenants, the
# clock on 20/06/2024 so the half-year's reports are due) against it, imports PLANS copies of
# Kế hoạch 204, and fires every agency's save, file and submit (Idempotency-Key; failures sent
# again after a pause, the submit with the same key). Once KILL_AFTER of the submissions are
# acknowledged, mariadbd gets SIGKILL; OUTAGE seconds later it is started again on the same data
# folder and port. /health/ready is polled every 200 ms throughout. Then the database is checked:
# every acknowledged submission exactly once, no duplicate, nothing half-written.
# The figures go to web-module/target/durability/figures.md (printed at the end); docs/reliability/
# durability.md has the method and the results. The machine's shared MariaDB (DONDOC_TEST_DB_URL)
# is only used by the test run's other set-up, never killed. Nothing is written to /tmp; the
# server's data folder is removed at the end, its logs are kept beside the figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
plans="${PLANS:-4}" concurrency="${CONCURRENCY:-16}" outage="${OUTAGE:-10}" kill_after="${KILL_AFTER:-0.3}"
patience="${PATIENCE:-300}"
extra=()
if [ -n "${DONDOC_TEST_MARIADBD:-}" ]; then extra+=("-Ddondoc.test.mariadbd=$DONDOC_TEST_MARIADBD"); fi
cd "$root"
status=0
mvn -o -pl ejb-module,web-module verify -Dit.test=DatabaseKillIT -Dtest=NoSuchTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dskip.ear.smoke \
  -Ddurability.plans="$plans" -Ddurability.concurrency="$concurrency" -Ddurability.outage-seconds="$outage" \
  -Ddurability.kill-after="$kill_after" -Ddurability.patience-seconds="$patience" "${extra[@]}" || status=$?
figures="$root/web-module/target/durability/figures.md"
if [ -f "$figures" ]; then
  echo "---- figures ($figures) ----"
  cat "$figures"
fi
if [ "$status" != 0 ]; then
  echo "DatabaseKillIT failed: see web-module/target/failsafe-reports/ and web-module/target/durability/" >&2
fi
exit "$status"
