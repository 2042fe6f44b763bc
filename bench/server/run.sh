#!/usr/bin/env bash
# Analytics on 100,000 applications of one user on PostgreSQL (issue 16: the report under 200 ms), with the same
# data in an SQLite file as the same-run reference.
#   bench/server/run.sh [BUILD_DIR]      (default build/ci; needs jobdeck-cli built and PostgreSQL installed)
# Starts a throwaway cluster (tests/support/pg-cluster.sh), runs `server init`, generates the data as role
# "bench" in SQL, copies it to a file with `jobdeck-cli copy`, then times `jobdeck-cli analytics` on both (best
# of 7 in process with bench_server_analytics, and the whole CLI process) and prints EXPLAIN ANALYZE of the main
# queries. Stops the cluster on exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/ci}
cli=$build/src/cli/jobdeck-cli
cmake --build "$build" --target jobdeck-cli bench_server_analytics >/dev/null
count=${JOBDECK_BENCH_APPLICATIONS:-100000}
work=$(mktemp -d)
chmod 0755 "$work" # the cluster runs as nobody when this runs as root
if [[ -n "${JOBDECK_BENCH_KEEP:-}" ]]; then
    echo "keeping the cluster and files in $work (stop with tests/support/pg-cluster.sh stop $work/pg)"
else
    trap '"$root/tests/support/pg-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi
if [[ -n "${JOBDECK_BENCH_KEEP:-}" ]]; then
    "$root/tests/support/pg-cluster.sh" start "$work/pg"
else
    "$root/tests/support/pg-cluster.sh" start "$work/pg" $$
fi
bindir=$(cat "$work/pg/bindir")
port=$(cat "$work/pg/port")
psql() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -d "postgresql://postgres@127.0.0.1:$port/postgres" -c "CREATE DATABASE jobdeck"
psql -d "postgresql://postgres@127.0.0.1:$port/jobdeck" -c "CREATE ROLE bench LOGIN"
owner="postgresql://postgres@127.0.0.1:$port/jobdeck"
url="postgresql://bench@127.0.0.1:$port/jobdeck"
"$cli" --db "$owner" server init >/dev/null
"$cli" --db "$owner" server add-user bench >/dev/null

# Application i: applied on a day of 2025, then (i % 7) moves up the pipeline a few days apart; one in four of
# those that stop early ends rejected. About 3.5 events per application.
start=$(date +%s%N)
# Written by the owner in bulk, in bench's name (the owner may set it; a user may not).
psql -d "$owner" <<SQL
BEGIN;
CREATE TEMP TABLE plan AS
SELECT i, (DATE '2025-01-06' + (i % 330)) AS applied, i % 7 AS steps,
       (ARRAY['linkedin','referral','','indeed','company site'])[1 + i % 5] AS source
FROM generate_series(1, $count) AS i;
CREATE TEMP TABLE path AS
SELECT p.i, s.n, (ARRAY['applied','screen','technical','onsite','final','offer','accepted'])[1 + s.n] AS stage,
       s.n + 1 AS rank, p.applied + make_interval(days => s.n * (2 + p.i % 5), hours => 9 + s.n) AS at
FROM plan p CROSS JOIN LATERAL generate_series(0, p.steps) AS s(n);
INSERT INTO path (i, n, stage, rank, at)
SELECT p.i, p.steps + 1, 'rejected', -1, p.applied + make_interval(days => (p.steps + 1) * (2 + p.i % 5), hours => 17)
FROM plan p WHERE p.steps < 5 AND p.i % 4 = 0;
CREATE TEMP TABLE last AS SELECT DISTINCT ON (i) i, stage, at FROM path ORDER BY i, n DESC;
INSERT INTO applications (id, company, title, source, applied_on, stage, stage_entered_at, furthest_rank,
                          created_at, updated_at, owner)
SELECT p.i, 'Company ' || (p.i % 5000), 'Engineer ' || p.i, p.source, to_char(p.applied, 'YYYY-MM-DD'), l.stage,
       to_char(l.at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), LEAST(p.steps + 1, 7), '2025-01-01T00:00:00Z',
       '2025-01-01T00:00:00Z', 'bench'
FROM plan p JOIN last l USING (i);
INSERT INTO stage_events (application_id, previous, current, current_rank, at, stay_seconds, owner)
SELECT i, lag(stage) OVER w, stage, rank, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       extract(epoch FROM at - lag(at) OVER w)::bigint, 'bench'
FROM path WINDOW w AS (PARTITION BY i ORDER BY n) ORDER BY i, n;
SELECT setval(pg_get_serial_sequence('applications', 'id'), $count);
COMMIT;
VACUUM ANALYZE; -- what autovacuum does after a bulk load: statistics, and a visibility map for index-only scans
SQL
echo "generated $count applications, $(psql -At -d "$url" -c "SELECT count(*) FROM stage_events") events in $(( ($(date +%s%N) - start) / 1000000 )) ms"

start=$(date +%s%N)
"$cli" copy --from "$url" --to "$work/reference.sqlite" >/dev/null
echo "copied to SQLite in $(( ($(date +%s%N) - start) / 1000000 )) ms"

best() { # best wall time in ms of 7 runs of the CLI on database $1 with the command in $2...
    local min=999999 t0 t
    for _ in 1 2 3 4 5 6 7; do
        t0=$(date +%s%N)
        "$cli" --db "$1" --json "${@:2}" >"$work/out.json"
        t=$(( ($(date +%s%N) - t0) / 1000000 ))
        (( t < min )) && min=$t
    done
    echo "$min"
}
# The figures of every window timed below, byte for byte (a cohort's medians take another path on a server).
for window in "--as-of 2025-12-31T00:00:00Z" "--as-of 2025-06-30T00:00:00Z" "--as-of 2025-12-31T00:00:00Z --from 2025-06-01"; do
    # shellcheck disable=SC2086 # the window is two or four words on purpose
    diff <("$cli" --db "$url" --json analytics $window) \
         <("$cli" --db "$work/reference.sqlite" --json analytics $window) >/dev/null &&
        echo "figures ($window): identical on both engines"
done
# The report alone, in process (the open is not timed: SQLite checks a file's integrity on every open, seconds
# at this size; a server connects), best of 7; and the whole CLI process for the record.
timer=$build/bench/server/bench_server_analytics
# "now" lies past the whole log (the cached furthest stage answers); a date inside it reads the events.
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
for window in "$now" "2025-06-30T00:00:00Z" "$now 2025-06-01"; do
    server=$("$timer" "$url" $window)
    file=$("$timer" "$work/reference.sqlite" $window)
    printf 'analytics report as of %-32s PostgreSQL %4d ms   SQLite %4d ms   ratio %s\n' "$window" "$server" "$file" \
        "$(awk -v a="$server" -v b="$file" 'BEGIN{printf "%.2f", a/(b>0?b:1)}')"
done
printf 'whole jobdeck-cli analytics process: PostgreSQL %d ms, SQLite %d ms (its open checks the file)\n' \
    "$(best "$url" analytics)" "$(best "$work/reference.sqlite" analytics)"

echo; echo "EXPLAIN ANALYZE (as bench, row-level security on):"
explain() { echo "-- $1"; psql -d "$url" -At -c "EXPLAIN (ANALYZE, COSTS OFF) $2" | grep -E "Execution Time|Index|Seq Scan" | head -4; }
explain "funnel, whole log" "SELECT furthest_rank, count(*) FROM applications a GROUP BY furthest_rank"
explain "sources, whole log" "SELECT a.source, count(*), sum(CASE WHEN a.furthest_rank >= 2 THEN 1 ELSE 0 END) FROM applications a GROUP BY a.source"
explain "funnel as of a date" "SELECT furthest, count(*) FROM (SELECT e.application_id, max(e.current_rank) AS furthest FROM stage_events e WHERE e.at <= '2025-06-30T00:00:00Z' GROUP BY e.application_id) f GROUP BY furthest"
explain "weekly" "SELECT applied_on, count(*) FROM applications a WHERE applied_on IS NOT NULL AND applied_on <= '2025-12-31' GROUP BY applied_on"
explain "time in stage" "SELECT previous, count(*), avg(stay_seconds) FROM stage_events e WHERE previous IS NOT NULL AND stay_seconds IS NOT NULL GROUP BY previous"
explain "time in stage of a cohort, medians in the same pass" "SELECT previous, count(*), avg(stay_seconds), percentile_cont(0.5) WITHIN GROUP (ORDER BY stay_seconds) FROM stage_events e JOIN applications a ON a.id = e.application_id WHERE previous IS NOT NULL AND stay_seconds IS NOT NULL AND a.applied_on >= '2025-06-01' GROUP BY previous"
explain "median probe" "SELECT stay_seconds FROM stage_events e WHERE previous = 'screen' AND stay_seconds IS NOT NULL ORDER BY stay_seconds LIMIT 2 OFFSET 20000"
