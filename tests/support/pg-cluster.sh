#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests.
#   pg-cluster.sh start DIR [WATCH_PID]   initdb in DIR/data, start on 127.0.0.1 and a free port with its socket in
#                                         DIR/socket; writes DIR/url (the superuser's URI, database "postgres") and
#                                         DIR/bindir. With WATCH_PID, the cluster also stops when that process ends.
#   pg-cluster.sh restart DIR             restarts it (pg_ctl restart -m fast: sessions are ended), same port.
#   pg-cluster.sh stop DIR                stops it (immediately) and removes DIR/data.
# Exit 3 (and DIR/skip) when PostgreSQL is not installed. initdb refuses to run as root, so as root the cluster
# runs as "nobody" (runuser), its folder given to that user. JOBDECK_PG_BINDIR overrides where initdb is looked for.
set -euo pipefail
action=${1:-}
dir=${2:-}
[[ -n "$action" && -n "$dir" ]] || { echo "usage: $0 start|stop DIR [WATCH_PID]" >&2; exit 2; }

find_bindir() {
    # JOBDECK_PG_BINDIR picks a PostgreSQL (or, pointing at nothing, none: the tests then skip).
    if [[ -n "${JOBDECK_PG_BINDIR:-}" ]]; then
        [[ -x "$JOBDECK_PG_BINDIR/initdb" ]] && echo "$JOBDECK_PG_BINDIR"
        return
    fi
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
        return
    fi
    local candidate
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
            echo "$candidate"
            return
        fi
    done
}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    mkdir -p "$dir"
    bindir=$(find_bindir || true)
    if [[ -z "$bindir" ]]; then
        echo "PostgreSQL is not installed: server tests skipped" | tee "$dir/skip" >&2
        exit 3
    fi
    dir=$(cd "$dir" && pwd)
    echo "$bindir" > "$dir/bindir"
    mkdir -p "$dir/data" "$dir/socket"
    if [[ $(id -u) -eq 0 ]]; then
        # nobody must reach its folders through ours.
        chmod 0755 "$dir"
        touch "$dir/log"
        chown nobody "$dir/data" "$dir/socket" "$dir/log"
        runuser -u nobody -- test -w "$dir/data" ||
            { echo "nobody cannot reach $dir (a folder above it is private): use a folder others may enter" >&2; exit 1; }
    fi
    chmod 0700 "$dir/data"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    started=
    for attempt in $(seq 1 20); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
            -o "-k $dir/socket -c listen_addresses=127.0.0.1 -p $port -c max_connections=100 -c fsync=off" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
        # Only a port someone else took is worth another try.
        grep -q "could not bind\|Address already in use" "$dir/log" || break
    done
    [[ -n "$started" ]] || { echo "could not start PostgreSQL:" >&2; tail -n 5 "$dir/log" >&2; exit 1; }
    echo "$port" > "$dir/port"
    echo "postgresql://postgres@127.0.0.1:$port/postgres" > "$dir/url"
    if [[ -n "${3:-}" ]]; then
        # A test that dies without stopping its cluster still takes it down with it (the data folder, not
        # postmaster.pid, says it is wanted: a restart removes the pid file for a moment).
        watched=$3
        self=$(readlink -f "$0")
        nohup bash -c "while kill -0 $watched 2>/dev/null && [[ -d '$dir/data' ]]; do sleep 1; done; \
            '$self' stop '$dir' >/dev/null 2>&1" >/dev/null 2>&1 &
    fi
    ;;
restart)
    bindir=$(cat "$dir/bindir")
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 -m fast restart >/dev/null 2>&1 ||
        { echo "could not restart PostgreSQL:" >&2; tail -n 5 "$dir/log" >&2; exit 1; }
    ;;
stop)
    [[ -d "$dir/data" ]] || exit 0
    bindir=$(cat "$dir/bindir" 2>/dev/null || find_bindir)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir/data"
    ;;
*)
    echo "usage: $0 start|restart|stop DIR [WATCH_PID]" >&2
    exit 2
    ;;
esac
