#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
#
# Round trip of the Debian package: build it with cpack from an already built
# tree, inspect it, unpack it and run opsctl from the unpacked tree.
#
#   package_test.sh <build-dir> <expected-version>
#
# OPSDECK_CPACK may name the cpack to use (CMake passes its own). Everything
# is written below one mktemp -d folder, so parallel runs and re-runs never
# see each other's packages. Exit codes: 0 pass, 1 fail, 77 skipped (no dpkg).
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 <build-dir> <expected-version>" >&2
  exit 2
fi
build_dir=$1
version=$2
cpack=${OPSDECK_CPACK:-cpack}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "== $*"; }

if ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "SKIP: dpkg-deb not found; the DEB round trip needs a Debian-based system"
  exit 77
fi
command -v dpkg-shlibdeps >/dev/null 2>&1 ||
  fail "dpkg-shlibdeps not found (package dpkg-dev): the package's library Depends would be empty"
command -v ldd >/dev/null 2>&1 || fail "ldd not found"
[ -f "$build_dir/CPackConfig.cmake" ] ||
  fail "$build_dir/CPackConfig.cmake does not exist: is <build-dir> a configured OpsDeck build tree?"

build_dir=$(cd "$build_dir" && pwd -P)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/opsdeck-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tmp=$(cd "$tmp" && pwd -P)
cd "$tmp"
# "0.1.0" as a regular expression, matched as a whole version.
ver_re="(^|[^0-9A-Za-z.])${version//./\\.}([^0-9A-Za-z.]|$)"

# --- 1. Build the packages ------------------------------------------------------
step "cpack -G DEB (this installs the whole build tree; output in a temporary folder)"
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  tail -n 60 "$tmp/cpack.log" >&2
  fail "cpack -G DEB failed (last 60 lines of its output above); was the project built first?"
fi

shopt -s nullglob
debs=("$tmp/out/opsdeck_$version"*.deb)
sdk_debs=("$tmp/out/opsdeck-sdk_$version"*.deb)
shopt -u nullglob
echo "packages built:"
for f in "$tmp/out"/*.deb; do echo "  $(basename "$f")"; done
[ ${#debs[@]} -eq 1 ] ||
  fail "expected exactly one opsdeck_${version}*.deb in the cpack output, found ${#debs[@]}"
deb=${debs[0]}

# --- 2. Control fields ----------------------------------------------------------
step "dpkg-deb --info $(basename "$deb")"
dpkg-deb --info "$deb"
pkg_name=$(dpkg-deb --field "$deb" Package)
pkg_version=$(dpkg-deb --field "$deb" Version)
depends=$(dpkg-deb --field "$deb" Depends)
[ "$pkg_name" = "opsdeck" ] || fail "Package is '$pkg_name', expected 'opsdeck'"
[[ "$pkg_version" == "$version" || "$pkg_version" == "$version"-* ]] ||
  fail "Version is '$pkg_version', expected '$version' or '$version-<release>'"
has_dep() { grep -Eq "(^|[ ,|])$1([ ,(|]|$)" <<<"$depends"; }
has_dep libqt6core6 ||
  fail "Depends does not name libqt6core6, so dpkg-shlibdeps did not run or found nothing: '$depends'"
for dep in qt6-qpa-plugins libqt6sql6-sqlite; do
  has_dep "$dep" || fail "Depends lacks the explicit run-time dependency $dep: '$depends'"
done

[ ${#sdk_debs[@]} -eq 1 ] ||
  fail "expected exactly one opsdeck-sdk_${version}*.deb (component Devel), found ${#sdk_debs[@]}"
sdk_depends=$(dpkg-deb --field "${sdk_debs[0]}" Depends)
grep -Fq "opsdeck (= $pkg_version)" <<<"$sdk_depends" ||
  fail "opsdeck-sdk does not depend on 'opsdeck (= $pkg_version)': '$sdk_depends'"

# --- 3. Contents ----------------------------------------------------------------
step "dpkg-deb -c $(basename "$deb")"
# Columns: mode owner/group size date time path [-> target]
dpkg-deb -c "$deb" | awk '{ p = $6; sub(/^\.\//, "", p); if (p != "") print p }' >"$tmp/files.txt"
echo "$(wc -l <"$tmp/files.txt") entries"
missing=0
for f in usr/bin/opsdeck usr/bin/opsctl \
  usr/share/applications/dev.opsdeck.OpsDeck.desktop \
  usr/share/metainfo/dev.opsdeck.OpsDeck.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/dev.opsdeck.OpsDeck.svg; do
  if grep -qxF "$f" "$tmp/files.txt"; then
    echo "  ok       /$f"
  else
    echo "  MISSING  /$f" >&2
    missing=1
  fi
done
# lib/<multiarch>/opsdeck/plugins when configured for /usr, lib/opsdeck/plugins otherwise.
plugins=$(grep -E '^usr/lib/([^/]+/)?opsdeck/plugins/[^/]+\.so$' "$tmp/files.txt" || true)
if [ -n "$plugins" ]; then
  sed 's|^|  plugin   /|' <<<"$plugins"
else
  echo "  MISSING  any plugin (*.so) under /usr/lib/*/opsdeck/plugins/" >&2
  missing=1
fi
if grep -E '^usr/include/' "$tmp/files.txt" >&2; then
  echo "  the SDK headers above belong in opsdeck-sdk (component Devel), not in opsdeck" >&2
  missing=1
fi
[ $missing -eq 0 ] || fail "the opsdeck package's file list is wrong (see above)"

# --- 4. Unpack and run ----------------------------------------------------------
root="$tmp/root"
step "dpkg-deb -x into a temporary root"
dpkg-deb -x "$deb" "$root"
mkdir -p "$tmp/home"
opsctl="$root/usr/bin/opsctl"
[ -x "$opsctl" ] || fail "$opsctl is not executable after unpacking"

# Nothing from the caller's environment (LD_LIBRARY_PATH, QT_PLUGIN_PATH,
# OPSDECK_*) may help the unpacked binary find its pieces.
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$tmp/home" "QT_QPA_PLATFORM=offscreen" "LANG=C.UTF-8")

step "ldd on the unpacked binaries"
"${clean_env[@]}" ldd "$opsctl" >"$tmp/ldd-opsctl.txt" 2>&1 || true
sed 's/^/  /' "$tmp/ldd-opsctl.txt"
for bin in "$opsctl" "$root/usr/bin/opsdeck"; do
  out=$("${clean_env[@]}" ldd "$bin" 2>&1) || fail "ldd $(basename "$bin") failed: $out"
  if grep -F "not found" <<<"$out" >&2; then
    fail "$(basename "$bin") from the package has unresolved libraries (see above)"
  fi
  if grep -F "$build_dir/" <<<"$out" >&2; then
    fail "$(basename "$bin") from the package loads libraries from the build tree (see above)"
  fi
done
own_libs=$(grep -E '^[[:space:]]*libopsdeck-' "$tmp/ldd-opsctl.txt" || true)
[ -n "$own_libs" ] || fail "ldd shows no libopsdeck-* library for opsctl; expected at least the SDK"
while read -r soname _arrow path _rest; do
  [ -e "$path" ] || fail "$soname resolves to '$path', which does not exist"
  real=$(readlink -f "$path")
  case "$real" in
    "$root"/*) echo "  ok       $soname from the unpacked root" ;;
    *) fail "$soname resolves to $real, outside the unpacked root $root" ;;
  esac
done <<<"$own_libs"

step "opsctl --version from the unpacked root, in an empty environment"
set +e
output=$(cd "$tmp/home" && "${clean_env[@]}" "$opsctl" --version 2>&1)
rc=$?
set -e
echo "$output" | sed 's/^/  /'
[ $rc -eq 0 ] || fail "opsctl --version exited with $rc"
grep -Eq "$ver_re" <<<"$output" || fail "opsctl --version did not print the version $version"

echo "PASS: $(basename "$deb") ($pkg_version) installs, resolves its own libraries and runs"
