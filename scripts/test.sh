#!/usr/bin/env bash
# Builds Steward and runs every test: unit, GUI (offscreen), CLI and PostgreSQL integration
# tests against a throwaway PostgreSQL server on loopback that is stopped afterwards, also
# when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

# shellcheck source=scripts/postgres-server.sh
source scripts/postgres-server.sh
start_test_postgres
trap stop_test_postgres EXIT

export STEWARD_TEST_PG STEWARD_REQUIRE_PG=1 QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure -j2 --timeout 900 "$@"
