#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server for the store tests.
#
#   scripts/with-postgres.sh .venv/bin/python -m pytest -q
#
# Installs Debian's postgresql package when no server binaries are found (as root, through
# apt-get), starts a cluster in a temporary folder on 127.0.0.1 as a non-root user, exports
# HEARSAY_TEST_POSTGRES=postgresql://... for the command, and stops and deletes the cluster
# afterwards. When PostgreSQL cannot be installed or started, the command still runs, without
# the variable: the PostgreSQL tests then skip and say why. With HEARSAY_TEST_POSTGRES already
# set (a server of your own), the command just runs.
set -u

if [ -n "${HEARSAY_TEST_POSTGRES:-}" ]; then
    exec "$@"
fi

say() { echo "with-postgres: $*" >&2; }

find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

BIN=$(find_bin)
if [ -z "$BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing postgresql (apt-get)"
        if ! { apt-get update -qq >/dev/null 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                postgresql >/dev/null 2>&1; }; then
            say "apt-get could not install postgresql"
        fi
        BIN=$(find_bin)
    fi
fi
if [ -z "$BIN" ]; then
    say "no PostgreSQL server available: the PostgreSQL store tests will be skipped"
    exec "$@"
fi

# PostgreSQL refuses to run as root: run the server as an unprivileged user.
RUN_AS=""
if [ "$(id -u)" = 0 ]; then
    if id postgres >/dev/null 2>&1; then RUN_AS=postgres; else RUN_AS=nobody; fi
fi
as_server() {
    if [ -n "$RUN_AS" ]; then
        runuser -u "$RUN_AS" -- "$@"
    else
        "$@"
    fi
}

DIR=$(mktemp -d "${TMPDIR:-/tmp}/hearsay-pg.XXXXXX")
chmod 755 "$DIR"
[ -n "$RUN_AS" ] && chown "$RUN_AS" "$DIR"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
    as_server "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$DIR"
}

if ! as_server "$BIN/initdb" -D "$DIR/data" -U hearsay -A trust --no-sync -E UTF8 \
    >"$DIR/initdb.log" 2>&1; then
    say "initdb failed ($(tail -1 "$DIR/initdb.log")): the PostgreSQL store tests will be skipped"
    rm -rf "$DIR"
    exec "$@"
fi
if ! as_server "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off" \
    start >/dev/null 2>&1; then
    say "the server did not start ($(tail -1 "$DIR/server.log")): PostgreSQL tests will be skipped"
    stop
    exec "$@"
fi
trap stop EXIT INT TERM
as_server "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U hearsay hearsay_test
export HEARSAY_TEST_POSTGRES="postgresql://hearsay@127.0.0.1:$PORT/hearsay_test"
say "PostgreSQL $("$BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$PORT"
"$@"
