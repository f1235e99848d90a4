#!/usr/bin/env bash
# Builds what the local stack needs and starts it: ./devstack.sh [--no-build] [--reset] [devstack options]
# Every option but --no-build goes to the devstack (java -jar devstack/target/devstack.jar --help-like usage
# is printed for an unknown option). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

build=1
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then
    build=0
  else
    args+=("$arg")
  fi
done

if [[ "$build" == "1" ]]; then
  echo "Building the platform (./mvnw -B -q install -DskipTests)..."
  ./mvnw -B -q install -DskipTests
fi

exec java -jar devstack/target/devstack.jar "${args[@]+"${args[@]}"}"
