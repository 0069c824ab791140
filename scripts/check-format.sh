#!/usr/bin/env bash
# Fails, naming each file, when a C++ file of the project differs from what clang-format makes
# of it under the project's .clang-format. Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
unformatted=$(clang-format --dry-run "${files[@]}" 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
if [ -n "$unformatted" ]; then
    echo "check-format: these files are not formatted as .clang-format says (clang-format -i FILE):" >&2
    sed 's/^/  /' <<< "$unformatted" >&2
    exit 1
fi
echo "check-format: ${#files[@]} C++ files are formatted"
