#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
# usage: sdk_consumer_test.sh BUILD_DIR PLUGIN_SOURCE_DIR PROJECT_SOURCE_DIR
set -euo pipefail
build=$1
plugin_src=$2
project_src=$3
cmake_bin=${CMAKE_COMMAND:-cmake}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

fail() { echo "sdk_consumer: FAIL: $*" >&2; exit 1; }

echo "== install Runtime and Devel into $prefix"
"$cmake_bin" --install "$build" --prefix "$prefix" --component Runtime >/dev/null
"$cmake_bin" --install "$build" --prefix "$prefix" --component Devel >/dev/null
config=$(find "$prefix" -name OpsDeckSdkConfig.cmake | head -n1)
[ -n "$config" ] || fail "OpsDeckSdkConfig.cmake was not installed"
[ -f "$prefix/include/opsdeck/sdk/iplugin.h" ] || fail "SDK headers were not installed"

# The installed console's own copy of the example would shadow ours (same id).
find "$prefix" -name 'opsdeck_hello.so' -delete

echo "== configure and build the example out of tree"
# Copy the example so nothing can reach back into the source tree.
cp -r "$plugin_src" "$work/hello-src"
"$cmake_bin" -S "$work/hello-src" -B "$work/hello-build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$work/configure.log" 2>&1 \
  || { cat "$work/configure.log"; fail "configure against the installed SDK failed"; }
"$cmake_bin" --build "$work/hello-build" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; fail "building against the installed SDK failed"; }
module="$work/hello-build/opsdeck_hello.so"
[ -f "$module" ] || fail "the plugin module was not built (expected $module)"
if grep -q -- "$project_src/plugins/sdk/include" "$work/hello-build/compile_commands.json"; then
  fail "the out-of-tree build used headers from the source tree, not the installed SDK"
fi

echo "== load it with the installed opsctl"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
mkdir -p "$HOME"
export OPSDECK_PLUGIN_PATH="$work/hello-build"
out=$("$prefix/bin/opsctl" plugins list --json) || fail "opsctl plugins list failed"
python3 - "$out" "$module" <<'PY' || exit 1
import json, sys
listing = json.loads(sys.argv[1])
module = sys.argv[2]
mine = [p for p in listing["plugins"] if p["path"] == module]
if not mine:
    sys.exit("sdk_consumer: FAIL: the out-of-tree plugin was not found: %s" % listing)
p = mine[0]
if p["id"] != "hello" or p["state"] != "running":
    sys.exit("sdk_consumer: FAIL: expected hello running, got %s (%s)" % (p["state"], p["error"]))
print("sdk_consumer: out-of-tree plugin %s %s is %s" % (p["id"], p["version"], p["state"]))
PY
echo "sdk_consumer: OK"
