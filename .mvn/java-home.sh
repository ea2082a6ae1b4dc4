# Finds a JDK 21 or newer for Deskhand's scripts: JAVA_HOME if it is one, else the newest under /usr/lib/jvm
# (the default `java` on some machines is older), else `java` on the PATH.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    major=$(java_major "${candidate%/}" 2>/dev/null || echo 0)
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then JAVA_HOME="${candidate%/}"; break; fi
  done
  if [ -z "$JAVA_HOME" ] && command -v java >/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  export JAVA_HOME
fi
if [ -z "$JAVA_HOME" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  echo "Deskhand needs a JDK 21 or newer; set JAVA_HOME to one." >&2
  exit 2
fi
