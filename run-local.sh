#!/usr/bin/env bash
# Starts the whole platform on 127.0.0.1 without Docker and keeps it running until Ctrl-C:
# Kafka (KRaft), mongo-java-server (H2 file), GreenMail + mail viewer, the local SMS gateway and
# the four services and the web portal. Data and logs live under .local/ and survive restarts.
#   ./run-local.sh                 everything
#   ./run-local.sh --cluster       three Kafka brokers and two instances of each service (.local/cluster/)
#   ./run-local.sh --soak          a fresh cluster, a burst under faults, the figures, then stop
#   ./run-local.sh --bench         a fresh stack, raw limits beside the project's figures, then stop
#   ./run-local.sh --infra-only    only Kafka, MongoDB, mail and SMS
#   ./run-local.sh --timeout=300   allow each service 300 s to become ready (default 180)
#   ./run-local.sh --services=directive-service,report-service   only these services
# Each application runs from its extracted jar with a start-up cache under .local/aot/ (JDK 25+: an
# AOT cache made by one training run on the first start after a build; rm -rf .local/aot clears it),
# the services with Spring AOT (built with -Paot: bean graph fixed at build time).
# Environment: SERVICE_JAVA_OPTS (extra service JVM options after the launcher's heap limit, default
#   "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), SERVICE_AOT=off (fat jars, no cache),
#   MVN (Maven command), MAVEN_OPTS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

INFRA_ONLY=false
for arg in "$@"; do
  case "$arg" in
    --infra-only) INFRA_ONLY=true ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  esac
done

# --- 1. a JDK >= 21 -------------------------------------------------------------------------
java_major() { # major version of the JDK at $1 (a JAVA_HOME), empty if it is not a JDK
  [[ -x "$1/bin/java" && -x "$1/bin/javac" ]] || return 0
  local v
  v="$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  v="${v#1.}"
  echo "${v%%[.+-]*}"
}

find_jdk() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    local m; m="$(java_major "$JAVA_HOME")"
    if [[ -n "$m" && "$m" -ge 21 ]]; then echo "$JAVA_HOME"; return; fi
  fi
  local candidates=() best="" best_major=0 c m
  for c in /usr/lib/jvm/* /opt/java/openjdk /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d "$c" ]] && candidates+=("$c")
  done
  if command -v java >/dev/null 2>&1; then
    c="$(readlink -f "$(command -v java)" 2>/dev/null || command -v java)"
    candidates+=("$(dirname "$(dirname "$c")")")
  fi
  for c in "${candidates[@]}"; do
    m="$(java_major "$c")"
    if [[ -n "$m" && "$m" -ge 21 && "$m" -gt "$best_major" ]]; then best="$c"; best_major="$m"; fi
  done
  echo "$best"
}

JDK="$(find_jdk)"
if [[ -z "$JDK" ]]; then
  echo "No JDK 21 or newer found (checked \$JAVA_HOME, /usr/lib/jvm/* and java on the PATH)." >&2
  echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Eclipse Temurin 21, or set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME="$JDK"
JAVA="$JAVA_HOME/bin/java"

# --- 2. build what is missing or stale ------------------------------------------------------
MODE=all; $INFRA_ONLY && MODE=infra
mkdir -p .local/logs
STAMP=".local/build-$MODE.stamp"

needs_build() {
  local jars=() j oldest="" listed rc=0
  [[ -f local-stack/target/local-stack.jar && -d local-stack/target/libs && -d local-stack/target/kafka-libs ]] || return 0
  # The launcher owns the list of services and where their jars are (and checks the arguments).
  listed="$("$JAVA" -cp local-stack/target/local-stack.jar vn.dienbien.localstack.LocalStack \
    --list-jars --home="$ROOT" "$@")" || rc=$?
  if [[ $rc -eq 2 ]]; then echo "$listed" >&2; exit 2; fi
  [[ $rc -eq 0 && -n "$listed" ]] || return 0
  mapfile -t jars <<<"$listed"
  for j in "${jars[@]}"; do
    [[ -f "$j" ]] || return 0
    # A jar newer than this script's last build was rebuilt by another build (mvn verify): that one
    # has no Spring AOT output (profile aot), so build again rather than start it without.
    [[ -f "$STAMP" && "$j" -nt "$STAMP" ]] && return 0
    if [[ -z "$oldest" || "$j" -ot "$oldest" ]]; then oldest="$j"; fi
  done
  local ref="$oldest"
  [[ -f "$STAMP" && "$STAMP" -nt "$ref" ]] && ref="$STAMP"
  local where=(.)
  $INFRA_ONLY && where=(pom.xml local-stack)
  [[ -n "$(find "${where[@]}" \( -name .git -o -name .local -o -name target -o -name node_modules \) -prune \
            -o -type f \( -name pom.xml -o -path '*/src/*' \) -newer "$ref" -print -quit)" ]]
}

if needs_build "$@"; then
  MVN_CMD="${MVN:-}"
  if [[ -z "$MVN_CMD" ]]; then
    if [[ -x ./mvnw ]]; then MVN_CMD=./mvnw
    elif command -v mvn >/dev/null 2>&1; then MVN_CMD=mvn
    else echo "Maven not found: install Maven 3.8.7+ (apt-get install maven) or add the Maven wrapper." >&2; exit 1
    fi
  fi
  # -Paot: Spring AOT for the services (their bean graph fixed at build time, started with
  # -Dspring.aot.enabled=true); mvn verify and the Docker images build without it.
  ARGS=(-B -q -DskipTests -Paot install)
  $INFRA_ONLY && ARGS+=(-pl local-stack -am)
  echo "Building with $MVN_CMD ${ARGS[*]} (first run takes a few minutes; log: .local/logs/build.log)…"
  started=$SECONDS
  read -r -a MVN_WORDS <<<"$MVN_CMD"   # MVN may carry options, e.g. MVN="mvn -o"
  if ! "${MVN_WORDS[@]}" "${ARGS[@]}" >.local/logs/build.log 2>&1; then
    echo "Build failed. Last lines of .local/logs/build.log:" >&2
    tail -n 40 .local/logs/build.log >&2
    exit 1
  fi
  touch "$STAMP"
  [[ "$MODE" == all ]] && touch .local/build-infra.stamp
  echo "Built in $((SECONDS - started)) s."
fi

# --- 3. run the launcher (it stops everything on Ctrl-C) ----------------------------------------
# The soak reads every event and mail of its burst inside the launcher, the bench produces and
# receives its raw load there: give them more room.
LAUNCHER_HEAP=-Xmx128m
for arg in "$@"; do if [[ "$arg" == --soak || "$arg" == --bench ]]; then LAUNCHER_HEAP=-Xmx384m; fi; done
exec "$JAVA" "$LAUNCHER_HEAP" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -jar local-stack/target/local-stack.jar --home="$ROOT" "$@"
