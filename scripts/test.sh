#!/usr/bin/env bash
# Builds Steward and runs every test: unit, GUI (offscreen), CLI and PostgreSQL integration
# tests against a throwaway PostgreSQL server on loopback that is stopped afterwards, also
# when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-deps.sh
scripts/check-format.sh
scripts/build.sh

# shellcheck source=scripts/postgres-server.sh
source scripts/postgres-server.sh
start_test_postgres
trap stop_test_postgres EXIT

export STEWARD_TEST_PG STEWARD_REQUIRE_PG=1 STEWARD_REQUIRE_KEYRING=1 QT_QPA_PLATFORM=offscreen
keyrings=$(mktemp -d)
trap 'stop_test_postgres; rm -rf "$keyrings"' EXIT
cd build
# The tests run on a private session bus with a GNOME Keyring of their own (unlocked, kept in a
# temporary folder), so that saving passwords in the desktop keyring is tested for real and
# never touches the user's keyring.
dbus-run-session -- bash -c '
    printf steward-tests | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --output-on-failure -j2 --timeout 900 "${@}"' "$keyrings" "$@"

# The unit and CLI tests once more, with the clock 400 days ahead (libfaketime moves it for
# every process the run starts): no test may depend on today's date.
echo "Unit and CLI tests again on $(faketime -f +400d date -u '+%Y-%m-%d %H:%M UTC')"
faketime -f +400d ctest --output-on-failure -j2 --timeout 900 -L '^(unit|cli)$' "$@"
