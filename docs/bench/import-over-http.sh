#!/usr/bin/env bash
# Times Kế hoạch 204 over HTTP against one or more checkouts, one server at a time, in one run:
#   docs/bench/import-over-http.sh <checkout> [<checkout> …]
# Each checkout must be built (mvn verify or package). Each gets a fresh database on the MariaDB
# server at 127.0.0.1:3306 (root, no password) and its own ./dondoc run on port 8181. Per checkout:
# the floor (GET /api/v1/agencies/so-tu-phap, a one-row read through the same stack), the dry run,
# the first import and six re-imports, as curl's time_total. Prints one line per measurement.
set -euo pipefail
plan_of() { echo "$1/ejb-module/src/test/resources/plans/kh-204-vinh-phuc.txt"; }
port=8181
for checkout in "$@"; do
  db="dondoc_bench_$(date +%s)"
  mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci"
  log=$(mktemp -p "$checkout" bench.XXXX.log)
  (cd "$checkout" && PORT=$port DONDOC_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" exec ./dondoc run >"$log" 2>&1) &
  server=$!
  until curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1; do sleep 1; done
  api="http://localhost:$port/api/v1"
  token=$(curl -sf -H 'Content-Type: application/json' -d '{"tenant":"vinh-phuc","username":"secretariat","password":"demo"}' \
    "$api/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  time_of() { curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$@"; }
  upload() { time_of -H 'Content-Type: text/plain; charset=UTF-8' --data-binary "@$(plan_of "$checkout")" "$api/documents/import$1"; }
  for _ in 1 2 3; do time_of "$api/agencies/so-tu-phap" >/dev/null; done
  for i in 1 2 3 4 5 6; do echo "$checkout floor $(time_of "$api/agencies/so-tu-phap")"; done
  for i in 1 2 3 4 5 6; do echo "$checkout dry-run $(upload '?dryRun=true')"; done
  echo "$checkout first-import $(upload '')"
  for i in 1 2 3 4 5 6; do echo "$checkout re-import $(upload '')"; done
  kill -INT "$server"; wait "$server" || true
  rm -f "$log"
  mariadb -h127.0.0.1 -uroot -e "DROP DATABASE $db"
done
