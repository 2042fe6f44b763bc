#!/usr/bin/env bash
# Fails unless every translation in translations/*.ts is finished and none is obsolete against the current
# sources, and unless every tr() call has a context that lupdate and the running app agree on. It runs lupdate
# into a scratch copy, so the committed .ts files are never touched. jobdeck_en.ts holds only the plural
# messages (see CMakeLists.txt and fill_en.py), so it is refreshed with -pluralonly, as it is made.
#   usage: translations/check-translations.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="$(command -v lupdate6 || command -v lupdate-qt6 || true)"
[ -n "$lupdate" ] || [ ! -x /usr/lib/qt6/bin/lupdate ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -n "$lupdate" ] || { echo "check-translations needs Qt 6's lupdate (apt install qt6-l10n-tools)" >&2; exit 1; }

shopt -s nullglob
ts_files=("$root"/translations/jobdeck_*.ts)
[ ${#ts_files[@]} -gt 0 ] || { echo "check-translations: no translations/jobdeck_*.ts" >&2; exit 1; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
copies=()
translated=()
plurals_only=()
for ts in "${ts_files[@]}"; do
    cp "$ts" "$scratch/"
    copy="$scratch/$(basename "$ts")"
    copies+=("$copy")
    # English is the source language: its file carries only the %n messages' forms.
    if [ "$(basename "$ts")" = jobdeck_en.ts ]; then plurals_only+=("$copy"); else translated+=("$copy"); fi
done
mapfile -t sources < <(find "$root/src/core" "$root/src/gui" "$root/src/app" "$root/ui" \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) 2>/dev/null | sort)
run_lupdate() {
    "$lupdate" -silent -locations none -I "$root/src/core" -I "$root/src/gui" -I "$root/src/app" \
        "${sources[@]}" "$@" 2>>"$scratch/lupdate.log"
}
[ ${#translated[@]} -eq 0 ] || run_lupdate -ts "${translated[@]}"
[ ${#plurals_only[@]} -eq 0 ] || run_lupdate -pluralonly -target-language en -ts "${plurals_only[@]}"

status=0
# A tr() that lupdate cannot tie to a Q_OBJECT or Q_DECLARE_TR_FUNCTIONS class is filed under a context the app
# never asks for, so its translation would never show.
if grep -q "lacks Q_OBJECT macro" "$scratch/lupdate.log"; then
    echo "tr() outside a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS (its translation would never be found):" >&2
    grep "lacks Q_OBJECT macro" "$scratch/lupdate.log" | sort -u | sed "s|$root/||; s|^|  |" >&2
    status=1
fi
for ts in "${copies[@]}"; do
    # lupdate writes <source> before its <translation>: remember the source to name what is wrong.
    problems="$(awk '
        /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
        /<translation[^>]*type="(unfinished|obsolete|vanished)"/ {
            match($0, /type="[a-z]+"/); kind = substr($0, RSTART + 6, RLENGTH - 7)
            printf "  %s: %s\n", kind, src
        }' "$ts")"
    if [ -n "$problems" ]; then
        echo "$(basename "$ts"): $(wc -l <<<"$problems") entries are not done:" >&2
        echo "$problems" >&2
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "check-translations: ${#ts_files[@]} translations complete, none obsolete"
exit "$status"
