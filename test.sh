#!/usr/bin/env bash
# Runs every test of the solution, after installing what the tests need:
# Debian's chromium (browser tests) and the npm emulators from the committed lock file.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  else
    echo "test.sh: chromium is missing and cannot be installed here (needs root and apt-get)" >&2
  fi
fi

if [ -f tests/emulators/package-lock.json ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd tests/emulators && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "test.sh: npm is missing; the end-to-end tests will fail" >&2
  fi
fi

log=$(mktemp)
status=0
dotnet test SkillShare.sln --nologo -c Release "$@" 2>&1 | tee "$log" || status=$?

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
