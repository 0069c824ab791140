#!/usr/bin/env bash
# Configures and builds Steward (and its tests) in ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEWARD_WERROR=ON >/dev/null
fi
cmake --build build -j2
