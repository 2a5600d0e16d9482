#!/usr/bin/env bash
# Longer run of ConcurrentOpenTest: this JVM opens the database again and again (the check
# Verbinder does before opening) while a second JVM writes it as short commands do. Not one
# open may call the healthy file damaged. The test in the build runs 25 s; this runs as long
# as you like.
#
#   scripts/soak-concurrent-open.sh [seconds] [max-opens]     (default: 600 s, 100000 opens)
#
# Needs JDK 25 and Maven; run from the repository. Prints "N opens against M writes".
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
opens="${2:-100000}"
mvn -B -q test-compile
mvn -B test -Dtest=ConcurrentOpenTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dverbinder.race.seconds="$seconds" -Dverbinder.race.opens="$opens" \
    | grep -E "ConcurrentOpenTest:|Tests run:|FAIL|refusals"
