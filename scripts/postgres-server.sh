#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 and a free port, in a temporary
# folder. Source this file, then call start_test_postgres and (in a trap) stop_test_postgres.
# Host connections need a password (so that wrong passwords can be tested); the URI of the
# superuser is exported as STEWARD_TEST_PG.

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
    echo "$dir"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

run_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$1"
    else
        sh -c "$1"
    fi
}

start_test_postgres() {
    local bin password
    bin=$(pg_bin) || return 1
    STEWARD_PG_DIR=$(mktemp -d /tmp/steward-pg.XXXXXX)
    chmod 755 "$STEWARD_PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$STEWARD_PG_DIR"
    STEWARD_PG_PORT=$(free_port)
    password="steward-test-$RANDOM$RANDOM"
    run_as_postgres "echo '$password' > $STEWARD_PG_DIR/pw && $bin/initdb -D $STEWARD_PG_DIR/data -U postgres \
        --auth-local=trust --auth-host=scram-sha-256 --pwfile=$STEWARD_PG_DIR/pw >/dev/null && \
        $bin/pg_ctl -D $STEWARD_PG_DIR/data -l $STEWARD_PG_DIR/log -w \
        -o \"-p $STEWARD_PG_PORT -k $STEWARD_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
    STEWARD_TEST_PG="postgresql://postgres:$password@127.0.0.1:$STEWARD_PG_PORT/postgres"
    export STEWARD_TEST_PG STEWARD_PG_DIR STEWARD_PG_PORT
    echo "Test PostgreSQL server on 127.0.0.1:$STEWARD_PG_PORT"
}

stop_test_postgres() {
    local bin
    [ -n "${STEWARD_PG_DIR:-}" ] && [ -d "$STEWARD_PG_DIR" ] || return 0
    bin=$(pg_bin) || return 0
    run_as_postgres "$bin/pg_ctl -D $STEWARD_PG_DIR/data -m fast -w stop >/dev/null 2>&1" || true
    rm -rf "$STEWARD_PG_DIR"
    echo "Test PostgreSQL server stopped"
}
