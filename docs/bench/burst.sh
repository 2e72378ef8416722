#!/usr/bin/env bash
# The deadline-day burst of issue 7, end to end, on a fresh database:
#   docs/bench/burst.sh [harness options: --concurrency=8,16,32 --rounds=3 --plans=3 --file-size=1048576 …]
# Builds the product and the benchmarks (profile bench, tests skipped: `mvn -Pbench package -pl
# benchmarks/bare,benchmarks/burst` runs them; BUILD=0 skips the build), creates a fresh database on
# the MariaDB server at 127.0.0.1:3306 (root, no password; DB_HOST, DB_PORT, DB_USER,
# DB_PASSWORD change that), and starts ONE Payara Micro on PORT (8191) with two WARs: the product
# at / exactly as ./dondoc run starts it (demo mode, the tenant bundles, the same command line and
# environment, DONDOC_PAYARA_JAVA_OPTS for JVM options such as a JFR recording) and the bare
# JAX-RS + JDBC baseline at /bench-bare. Then benchmarks/burst fires the burst at both, alternating,
# and checks every submission in the database (vn.dondoc.benchmarks.burst.BurstBenchmark says how).
# On exit, whatever happened: the server is stopped, the database dropped, the run's folder
# (benchmarks/target/burst-run.*: keys, Payara's temporary files, its log) removed; nothing is
# written to /tmp. KEEP_LOG=<file> keeps a copy of Payara's log. docs/benchmarks.md has the results.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${PORT:-8191}"
db_host="${DB_HOST:-127.0.0.1}" db_port="${DB_PORT:-3306}" db_user="${DB_USER:-root}" db_password="${DB_PASSWORD:-}"
db="dondoc_bench_burst_$(date +%s)_$$"
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="java"; fi
sql() { MYSQL_PWD="$db_password" mariadb -h"$db_host" -P"$db_port" -u"$db_user" -e "$1"; }

if [ "${BUILD:-1}" != 0 ]; then
  (cd "$root" && mvn -o -q -DskipTests package -pl ejb-module,web-module,launcher -am \
    && mvn -o -q -Pbench -DskipTests package -pl benchmarks/bare,benchmarks/burst)
fi
mkdir -p "$root/benchmarks/target"
work="$(mktemp -d -p "$root/benchmarks/target" burst-run.XXXX)"
mkdir -p "$work/tmp" "$work/keys"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  sql "DROP DATABASE IF EXISTS $db" || echo "could not drop database $db: drop it by hand" >&2
  if [ -n "${KEEP_LOG:-}" ] && [ -f "$work/payara.log" ]; then cp "$work/payara.log" "$KEEP_LOG"; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

sql "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci"
# The launcher's command (PayaraProcess.command) and environment (Launcher.childEnvironment), plus
# the second WAR; --contextroot applies to the first one only.
# shellcheck disable=SC2086 # DONDOC_PAYARA_JAVA_OPTS holds several options on purpose.
DONDOC_DB_URL="jdbc:mariadb://$db_host:$db_port/$db" DONDOC_DB_USER="$db_user" DONDOC_DB_PASSWORD="$db_password" \
  DONDOC_DEMO=true DONDOC_TENANTS_DIR="$root/tenants" DONDOC_JWT_KEYS_DIR="$work/keys" \
  "$java" -Djava.io.tmpdir="$work/tmp" ${DONDOC_PAYARA_JAVA_OPTS:-} -jar "$root/launcher/target/payara-micro.jar" \
  --deploy "$root/web-module/target/dondoc.war" --contextroot / \
  --deploy "$root/benchmarks/bare/target/bench-bare.war" \
  --port "$port" --nocluster >"$work/payara.log" 2>&1 </dev/null &
server=$!

for i in $(seq 1 240); do
  if ! kill -0 "$server" 2>/dev/null; then echo "Payara exited before it was ready:" >&2; tail -40 "$work/payara.log" >&2; exit 1; fi
  if grep -q "Exception while deploying\|Exception while loading the app" "$work/payara.log"; then
    echo "a WAR failed to deploy:" >&2; grep -m5 -A3 "SEVERE" "$work/payara.log" >&2; exit 1
  fi
  if curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1 \
    && curl -sf "http://localhost:$port/bench-bare/api/agencies/so-tu-phap" >/dev/null 2>&1; then
    echo "server ready after ${i} s (product at /, bare baseline at /bench-bare, database $db)"
    break
  fi
  [ "$i" = 240 ] && { echo "not ready after 240 s" >&2; tail -40 "$work/payara.log" >&2; exit 1; }
  sleep 1
done

status=0
"$java" -Xmx1g -Djava.io.tmpdir="$work/tmp" \
  -cp "$root/benchmarks/burst/target/classes:$root/benchmarks/burst/target/lib/*" \
  vn.dondoc.benchmarks.burst.BurstBenchmark \
  --server="http://localhost:$port" --db="jdbc:mariadb://$db_host:$db_port/$db" \
  --db-user="$db_user" --db-password="$db_password" --server-pid="$server" \
  --plan="$root/ejb-module/src/test/resources/plans/kh-204-vinh-phuc.txt" "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "---- server errors (last 20 SEVERE lines of Payara's log) ----" >&2
  grep -A2 "SEVERE" "$work/payara.log" | tail -60 >&2 || true
fi
exit "$status"
