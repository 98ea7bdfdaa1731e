#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
#
# The README's two commands, and a few more for developers:
#   bash packaging/dev.sh run [opsdeck args]   install, build, start the console
#   bash packaging/dev.sh test [ctest args]    install, build, run every test
#   bash packaging/dev.sh build                install and build only
#   bash packaging/dev.sh asan                 build and test with ASan + UBSan
#   bash packaging/dev.sh bench [startup|logs|rawfile|vault|webhooks|artifacts|repos|runner|pipelines|planner|metrics|alerts|prometheus] [args]
#                                              optimised build, run a benchmark
#                                              (startup by default; logs = the log
#                                              store against rg and FTS5, 1 GiB)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
cd "$top"

cmd=${1:-run}
[ $# -gt 0 ] && shift

jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() {
  local preset=$1
  shift
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs" "$@"
}

case "$cmd" in
  run)
    bash "$here/install-deps.sh" --build-only
    configure_and_build dev --target runtime
    exec "$top/build/dev/bin/opsdeck" "$@"
    ;;
  test)
    bash "$here/install-deps.sh"
    configure_and_build dev
    ctest --preset dev --parallel "$jobs" "$@"
    ;;
  build)
    bash "$here/install-deps.sh"
    configure_and_build dev
    ;;
  asan)
    bash "$here/install-deps.sh"
    configure_and_build asan
    ctest --preset asan --parallel "$jobs" "$@"
    ;;
  bench)
    bash "$here/install-deps.sh" --bench
    cmake --preset bench >/dev/null
    which=startup
    case "${1:-}" in startup|logs|rawfile|vault|webhooks|artifacts|repos|runner|pipelines|planner|metrics|alerts|prometheus) which=$1; shift ;; esac
    case "$which" in
      startup)
        cmake --build --preset bench -j "$jobs" --target startup_bench
        "$top/build/bench/bin/startup_bench" "$@" ;;
      logs)
        cmake --build --preset bench -j "$jobs" --target logstore_bench
        OPSDECK_SOURCE_DIR="$top" "$top/build/bench/bin/logstore_bench" "$@" ;;
      vault)
        cmake --build --preset bench -j "$jobs" --target vault_bench opsctl
        "$top/build/bench/bin/vault_bench" --opsctl "$top/build/bench/bin/opsctl" "$@" ;;
      webhooks)
        cmake --build --preset bench -j "$jobs" --target webhook_bench
        "$top/build/bench/bin/webhook_bench" "$@" ;;
      repos)
        cmake --build --preset bench -j "$jobs" --target repo_bench
        "$top/build/bench/bin/repo_bench" "$@" ;;
      pipelines)
        cmake --build --preset bench -j "$jobs" --target pipeline_bench
        "$top/build/bench/bin/pipeline_bench" "$@" ;;
      runner)
        cmake --build --preset bench -j "$jobs" --target runner_bench
        "$top/build/bench/bin/runner_bench" "$@" ;;
      artifacts)
        cmake --build --preset bench -j "$jobs" --target artifact_bench
        "$top/build/bench/bin/artifact_bench" "$@" ;;
      planner)
        cmake --build --preset bench -j "$jobs" --target planner_bench
        "$top/build/bench/bin/planner_bench" "$@" ;;
      metrics)
        cmake --build --preset bench -j "$jobs" --target metrics_bench
        "$top/build/bench/bin/metrics_bench" "$@" ;;
      alerts)
        cmake --build --preset bench -j "$jobs" --target alerts_bench
        "$top/build/bench/bin/alerts_bench" "$@" ;;
      prometheus)
        # 1 h at 1 s of 10 series from a real Prometheus the test starts (figures in its log).
        cmake --build --preset bench -j "$jobs" --target promremote_test
        "$top/build/bench/bin/promremote_test" --gtest_filter='RealPrometheus.Measures*' "$@" ;;
      rawfile)
        cmake --build --preset bench -j "$jobs" --target rawfile_bench
        OPSDECK_SOURCE_DIR="$top" "$top/build/bench/bin/rawfile_bench" "$@" ;;
    esac
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test|build|asan|bench [args]" >&2
    exit 2
    ;;
esac
