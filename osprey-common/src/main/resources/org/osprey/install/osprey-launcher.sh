#!/usr/bin/env bash
# Osprey's command for this install, written by `osprey install` (and rewritten by each re-install).
# Runs lib/osprey.jar with a JDK 25 or newer: the one that ran the install if it is still there, else
# $JAVA_HOME, the JDKs under /usr/lib/jvm and /opt, or the javac on PATH.
set -euo pipefail
self=$(readlink -f "${BASH_SOURCE[0]}")
home=$(cd "$(dirname "$self")/.." && pwd)
installed_java_home='@JAVA_HOME@'

java_major() {
  # The feature version of the JDK at $1, or nothing.
  local jdk=$1 v=""
  [ -x "$jdk/bin/java" ] || return 0
  if [ -f "$jdk/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
  fi
  [ -n "$v" ] || v=$("$jdk/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  printf '%s' "$v"
}

find_java() {
  local c m
  for c in "$installed_java_home" ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/*; do
    [ -n "$c" ] && [ -d "$c" ] || continue
    m=$(java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge 25 ]; then
      printf '%s' "$c"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    m=$(java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge 25 ]; then
      printf '%s' "$c"
      return 0
    fi
  fi
  return 1
}

if ! jdk=$(find_java); then
  echo "osprey: no JDK 25 or newer found (looked at $installed_java_home, \$JAVA_HOME, /usr/lib/jvm, /opt)." >&2
  exit 1
fi
exec "$jdk/bin/java" --enable-native-access=ALL-UNNAMED -Dosprey.home="$home" -jar "$home/lib/osprey.jar" "$@"
