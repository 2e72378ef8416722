#!/usr/bin/env bash
# Province-scale data and the scorecard benchmark of issue 9 (docs/decisions.md, D-034):
#
#   docs/bench/province.sh generate [--tenants=34 --full=1 --small-documents=6 --today=YYYY-MM-DD]
#       Creates the database DB (dondoc_province) on the MariaDB server at 127.0.0.1:3306 (root, no
#       password; DB_HOST, DB_PORT, DB_USER, DB_PASSWORD change that), migrates it with the product's
#       Flyway migrations and writes province tenants tinh-01, tinh-02, …: the first --full of them at
#       full size (250 agencies, 60 documents of 25 items, ~570,000 obligations), the others with
#       --small-documents documents. The database is kept: the product can run on it
#       (DONDOC_DB_URL=jdbc:mariadb://127.0.0.1:3306/dondoc_province ./dondoc run; sign in to tenant
#       tinh-01 as leader or secretariat, password demo). Drop it with `province.sh drop`.
#   docs/bench/province.sh check [--tenants=tinh-01,tinh-02]
#       Runs the product's own ledger (scorecards.control.Ledger) over every document of those tenants
#       of DB and fails if it would close or open a version (GeneratedProvinceLedgerCheck).
#   docs/bench/province.sh bench [--warmup=5 --iterations=15 --small-documents=6 --others=33 --pdf=1]
#       The benchmark, in one run on one fresh database: tinh-01 at full size; ONE Payara Micro with
#       the product exactly as ./dondoc run starts it (as docs/bench/burst.sh does); the scorecard
#       today and two years back over HTTP against the bare SQL (the floor), and today's PDF against
#       the product's ScorecardPdf alone in the benchmark's JVM (--pdf=0 leaves it out); then
#       --others more tenants written while the server runs (--others=0: none), and the same
#       measurement again. On exit, whatever happened:
#       the server is stopped, the database dropped (KEEP_DB=1 keeps it), the run's folder
#       (benchmarks/target/province-run.*) removed; nothing is written to /tmp. KEEP_LOG=<file> keeps
#       Payara's log. docs/benchmarks.md has the results.
#   docs/bench/province.sh drop
#
# BUILD=0 skips the build (mvn -Pbench package of benchmarks/province, and for bench the product).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${PORT:-8192}"
db_host="${DB_HOST:-127.0.0.1}" db_port="${DB_PORT:-3306}" db_user="${DB_USER:-root}" db_password="${DB_PASSWORD:-}"
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="java"; fi
sql() { MYSQL_PWD="$db_password" mariadb -h"$db_host" -P"$db_port" -u"$db_user" -e "$1"; }
command="${1:-}"
shift || true
today="$(date -u +%F)"
for a in "$@"; do case "$a" in --today=*) today="${a#--today=}" ;; esac; done

bench_java() {
  "$java" -Xmx2g -Duser.timezone=UTC -Djava.io.tmpdir="$work/tmp" \
    -cp "$root/benchmarks/province/target/classes:$root/benchmarks/province/target/lib/*" \
    vn.dondoc.benchmarks.province.ProvinceBench "$@"
}

build() {
  if [ "${BUILD:-1}" != 0 ]; then
    # -am: the benchmark calls the product's ScorecardPdf in its own JVM (the PDF's floor), so it must
    # be this tree's ejb-module from the reactor, never an older one installed in ~/.m2.
    if [ "$1" = product ]; then
      (cd "$root" && mvn -o -q -Pbench -DskipTests package -pl ejb-module,web-module,launcher,benchmarks/province -am)
    else
      (cd "$root" && mvn -o -q -Pbench -DskipTests package -pl benchmarks/province -am)
    fi
  fi
}

mkdir -p "$root/benchmarks/target"
work="$(mktemp -d -p "$root/benchmarks/target" province-run.XXXX)"
mkdir -p "$work/tmp" "$work/keys"
server=""
db=""
drop_db=0
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ "$drop_db" = 1 ] && [ "${KEEP_DB:-0}" != 1 ]; then
    sql "DROP DATABASE IF EXISTS $db" || echo "could not drop database $db: drop it by hand" >&2
  elif [ -n "$db" ]; then
    echo "database $db kept"
  fi
  if [ -n "${KEEP_LOG:-}" ] && [ -f "$work/payara.log" ]; then cp "$work/payara.log" "$KEEP_LOG"; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

case "$command" in
  generate)
    db="${DB:-dondoc_province}"
    build generator
    sql "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci"
    bench_java generate --db="jdbc:mariadb://$db_host:$db_port/$db" --db-user="$db_user" --db-password="$db_password" \
      --migrations="$root/ejb-module/src/main/resources/db/migration" --today="$today" "$@"
    ;;
  check)
    db="${DB:-dondoc_province}"
    tenants="tinh-01"
    for a in "$@"; do case "$a" in --tenants=*) tenants="${a#--tenants=}" ;; esac; done
    (cd "$root" && mvn -o -q -pl ejb-module test -Dtest=GeneratedProvinceLedgerCheck \
      -Dprovince.db="jdbc:mariadb://$db_host:$db_port/$db" -Dprovince.db.user="$db_user" \
      -Dprovince.db.password="$db_password" -Dprovince.tenants="$tenants") | grep -v "^\[EL \|^SLF4J"
    ;;
  drop)
    db="${DB:-dondoc_province}"
    drop_db=1
    ;;
  bench)
    build product
    db="dondoc_bench_province_$(date +%s)_$$"
    drop_db=1
    small=6 others=33 measure=()
    for a in "$@"; do
      case "$a" in
        --small-documents=*) small="${a#--small-documents=}" ;;
        --others=*) others="${a#--others=}" ;;
        --pdf=*) measure+=("$a") ;;
        --warmup=* | --iterations=*) measure+=("$a") ;;
      esac
    done
    url="jdbc:mariadb://$db_host:$db_port/$db"
    sql "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci"
    echo "---- generating tinh-01 at full size"
    bench_java generate --db="$url" --db-user="$db_user" --db-password="$db_password" --today="$today" \
      --migrations="$root/ejb-module/src/main/resources/db/migration" --first=1 --tenants=1 --full=1
    # The launcher's command (PayaraProcess.command) and environment (Launcher.childEnvironment).
    # shellcheck disable=SC2086 # DONDOC_PAYARA_JAVA_OPTS holds several options on purpose.
    DONDOC_DB_URL="$url" DONDOC_DB_USER="$db_user" DONDOC_DB_PASSWORD="$db_password" \
      DONDOC_DEMO=true DONDOC_TENANTS_DIR="$root/tenants" DONDOC_JWT_KEYS_DIR="$work/keys" \
      "$java" -Djava.io.tmpdir="$work/tmp" ${DONDOC_PAYARA_JAVA_OPTS:-} -jar "$root/launcher/target/payara-micro.jar" \
      --deploy "$root/web-module/target/dondoc.war" --contextroot / \
      --port "$port" --nocluster >"$work/payara.log" 2>&1 </dev/null &
    server=$!
    for i in $(seq 1 240); do
      if ! kill -0 "$server" 2>/dev/null; then echo "Payara exited before it was ready:" >&2; tail -40 "$work/payara.log" >&2; exit 1; fi
      if grep -q "Exception while deploying\|Exception while loading the app" "$work/payara.log"; then
        echo "the WAR failed to deploy:" >&2; grep -m5 -A3 "SEVERE" "$work/payara.log" >&2; exit 1
      fi
      if curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1; then
        echo "server ready after ${i} s (database $db)"
        break
      fi
      [ "$i" = 240 ] && { echo "not ready after 240 s" >&2; tail -40 "$work/payara.log" >&2; exit 1; }
      sleep 1
    done
    uptime
    bench_java measure --db="$url" --db-user="$db_user" --db-password="$db_password" --server="http://localhost:$port" \
      --tenant=tinh-01 --today="$today" --label="1 tenant" "${measure[@]}"
    if [ "$others" -gt 0 ]; then
      echo "---- generating tinh-02 … tinh-$(printf %02d $((others + 1))) ($small documents each) while the server runs"
      bench_java generate --db="$url" --db-user="$db_user" --db-password="$db_password" --today="$today" \
        --first=2 --tenants="$others" --full=0 --small-documents="$small"
      uptime
      bench_java measure --db="$url" --db-user="$db_user" --db-password="$db_password" --server="http://localhost:$port" \
        --tenant=tinh-01 --today="$today" --label="$((others + 1)) tenants" "${measure[@]}"
    fi
    sql "SELECT table_name, table_rows, ROUND((data_length + index_length) / 1024 / 1024) AS mb
         FROM information_schema.tables WHERE table_schema = '$db' AND table_rows > 1000 ORDER BY mb DESC"
    ;;
  *)
    sed -n '2,30p' "$0"
    exit 2
    ;;
esac
