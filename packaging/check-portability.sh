#!/usr/bin/env bash
# Fails if the portable layers (src/core, src/cli) use an API or a path that exists only on Linux or POSIX:
# system headers such as <unistd.h> or <sys/...>, raw getenv/fork/popen, or hard-coded Unix folders.
# Files and folders go through QStandardPaths and QDir; the environment through qEnvironmentVariable.
#   usage: packaging/check-portability.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

patterns=(
    '#[[:space:]]*include[[:space:]]*<(unistd|fcntl|dlfcn|pwd|grp|termios|dirent|syslog|poll|sched|pthread)\.h>'
    '#[[:space:]]*include[[:space:]]*<(sys|linux|arpa|netinet)/'
    '(^|[^[:alnum:]_.>])(getenv|setenv|fork|popen|pclose|getuid|getpid|isatty|realpath|readlink|mkstemp)[[:space:]]*\('
    '"(/tmp|/home|/usr|/etc|/var|/proc|/dev)(/|")'
    '"~/'
)
status=0
for pattern in "${patterns[@]}"; do
    if hits="$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" src/core src/cli)"; then
        echo "Not portable (matches $pattern):" >&2
        echo "$hits" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check-portability: src/core and src/cli use no Linux-only API or path"
exit "$status"
