# Sourced by ./osprey and ./run-tests: finds a JDK 25 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 25+, then the JDKs under /usr/lib/jvm and /opt, then `java` on PATH.

osprey_java_major() {
  # Prints the feature version of the JDK at $1 (a JAVA_HOME), or nothing.
  local home=$1 release
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    release=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$release" ]; then
    release=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  fi
  printf '%s' "$release"
}

osprey_find_jdk() {
  local want=25 candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/*; do
    [ -d "$candidate" ] || continue
    major=$(osprey_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$want" ]; then
      export JAVA_HOME=$candidate
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(osprey_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$want" ]; then
      export JAVA_HOME=$candidate
      return 0
    fi
  fi
  echo "osprey: no JDK $want or newer found." >&2
  echo "  Looked at \$JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/*, /opt/java/*, /opt/jdk* and javac on PATH." >&2
  echo "  Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}

osprey_need_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "osprey: Apache Maven (mvn) is needed to build Osprey; install it (apt-get install maven)." >&2
    return 1
  fi
}

# Maven's bundled Guava uses sun.misc.Unsafe, which JDK 25 warns about on every build; allow it
# quietly for Maven's own JVM (this does not affect Osprey's code or tests).
case " ${MAVEN_OPTS:-} " in
  *sun-misc-unsafe-memory-access*) ;;
  *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
esac
