#!/usr/bin/env bash
# Checks that scripts/install-deps.sh names every Debian package that configuring Steward
# reads from: each CMake file that configure reads outside the source tree belongs to a
# package (dpkg -S) that must be listed there or be a hard dependency (Depends or
# Pre-Depends) of a listed package. Recommends do not count, since install-deps.sh installs
# without them, as a fresh machine does. Names every package that is not covered; exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t listed < <(sed -n '/^packages=(/,/^)/p' scripts/install-deps.sh | sed '1d;$d' | tr -s ' \t' '\n' | sed '/^$/d')
[ ${#listed[@]} -gt 0 ] || { echo "check-deps: no package list found in scripts/install-deps.sh" >&2; exit 2; }
apt-cache show "${listed[0]}" >/dev/null 2>&1 || apt-get update -qq

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every file configure reads, from CMake's own trace.
cmake -S . -B "$work/build" -DBUILD_TESTING=ON --trace-expand --trace-format=json-v1 \
      --trace-redirect="$work/trace.json" >/dev/null
python3 - "$work/trace.json" "$PWD" "$work" > "$work/files" <<'PY'
import json, os, sys
seen = set()
source, scratch = os.path.realpath(sys.argv[2]), os.path.realpath(sys.argv[3])
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    try:
        path = json.loads(line).get("file")
    except ValueError:
        continue
    if path and path not in seen and os.path.isfile(path):
        seen.add(path)
        real = os.path.realpath(path)
        if not real.startswith((source + os.sep, scratch + os.sep)):
            print(path)
PY

# The packages those files come from (dpkg -S answers for the path as installed; a file
# reached through a symbolic link is looked up by its real path too).
: > "$work/owners"
while read -r file; do
    owner=$(dpkg -S "$file" 2>/dev/null || dpkg -S "$(realpath "$file")" 2>/dev/null || true)
    if [ -z "$owner" ]; then
        echo "check-deps: no Debian package owns $file" >&2
        echo "?$file" >> "$work/owners"
        continue
    fi
    echo "${owner%%: *}" | tr ',' '\n' | sed 's/^ *//; s/:.*$//' >> "$work/owners"
done < "$work/files"
sort -u -o "$work/owners" "$work/owners"

# What the listed packages bring with them, through hard dependencies only.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "${listed[@]}" 2>/dev/null | grep -v '^ ' | sed 's/:.*$//' | sort -u > "$work/covered"
printf '%s\n' "${listed[@]}" >> "$work/covered"
sort -u -o "$work/covered" "$work/covered"

missing=$(comm -23 "$work/owners" "$work/covered")
files=$(wc -l < "$work/files")
if [ -n "$missing" ]; then
    echo "check-deps: configure reads files from packages that scripts/install-deps.sh neither lists nor depends on:" >&2
    for package in $missing; do
        example=$(dpkg -L "$package" 2>/dev/null | grep -Fxf "$work/files" | head -1 || true)
        echo "  $package${example:+ (e.g. $example)}" >&2
    done
    exit 1
fi
echo "check-deps: the $files files configure reads come from $(wc -l < "$work/owners") packages, all installed by scripts/install-deps.sh"
