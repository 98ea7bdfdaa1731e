#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs every Debian 12 package that building, running and testing OpsDeck
# needs. Idempotent: when everything is present it only asks dpkg and returns
# in well under a second, so the README commands can call it every time.
set -euo pipefail

# Build toolchain and the fixed libraries (see README "Dependencies").
build_pkgs=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins
  libqt6opengl6-dev qt6-translations-l10n
  libgl-dev libvulkan-dev libxkbcommon-dev
  libgit2-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libzstd-dev libroaring-dev libhyperscan-dev
  libargon2-dev nlohmann-json3-dev libyaml-cpp-dev qtkeychain-qt6-dev
)
# What the tests and packaging checks run: a virtual display for the GUI,
# the validators for the desktop file and AppStream metadata, dpkg tools;
# Prometheus, which the capacity tests start themselves on a loopback port
# (the package's own service is never used).
test_pkgs=(
  xvfb xauth desktop-file-utils appstream dpkg-dev file python3
  bsdutils ripgrep sqlite3 clang libclang-rt-14-dev
  python3-cryptography python3-argon2 zstd
  gnome-keyring dbus-daemon
  prometheus
)
# What the console uses at run time when present: bubblewrap sandboxes
# pipeline jobs (no network, read-only system). Installed with the build so
# the default run and the tests both have it.
build_pkgs+=(bubblewrap)

# The references benchmarks compare against in the same run (not needed to
# build or test): KeePassXC's keepassxc-cli for the vault.
bench_pkgs=(keepassxc)

want=("${build_pkgs[@]}")
if [ "${1:-}" != "--build-only" ]; then
  want+=("${test_pkgs[@]}")
fi
if [ "${1:-}" = "--bench" ]; then
  want+=("${bench_pkgs[@]}")
fi

# gitlab-ci-local, the reference the pipeline file reader's tests compare
# GitLab job lists against (tests only). It goes into the user's cache with
# npm, never system-wide, pinned so the comparison stays reproducible; the
# tests look for it in the same folder.
gcl_version=4.60.1
gcl_dir="${XDG_CACHE_HOME:-$HOME/.cache}/opsdeck/tools/gitlab-ci-local"
install_gitlab_ci_local() {
  local bin="$gcl_dir/node_modules/.bin/gitlab-ci-local"
  if [ -x "$bin" ] && [ "$(cat "$gcl_dir/.version" 2>/dev/null)" = "$gcl_version" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: npm (Node.js 20) is needed to install gitlab-ci-local for the tests" >&2
    return 1
  fi
  echo "install-deps: installing gitlab-ci-local@$gcl_version into $gcl_dir"
  mkdir -p "$gcl_dir"
  npm install --prefix "$gcl_dir" --no-save --no-audit --no-fund --loglevel=error \
    "gitlab-ci-local@$gcl_version"
  echo "$gcl_version" >"$gcl_dir/.version"
}

missing=()
for p in "${want[@]}"; do
  # dpkg-query is fast and works offline; only the missing ones go to apt.
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  if [ "${1:-}" != "--build-only" ]; then
    install_gitlab_ci_local
  fi
  exit 0
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists yet; an old list may lack a package.
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
if [ "${1:-}" != "--build-only" ]; then
  install_gitlab_ci_local
fi
