#!/bin/sh
# Renders every picture in docs/screenshots with the app's own --screenshot: each view at 1600×1000
# (<view>.png) and 1280×800 (<view>-1280.png), light and dark (board-dark.png, board-1280-dark.png), on the
# sample data; the welcome from an empty database; File > Connect to Server's dialog at its own size
# (connect.png, connect-dark.png). Each render gets a fresh database and settings folder, its own home
# folder holding both, so nothing of yours shows (the status bar reads ~/demo.sqlite).
#   docs/screenshots/render.sh [JOBDECK [OUTDIR]]     (default build/ci/src/app/jobdeck, docs/screenshots)
# LANGUAGE=de or LANGUAGE=fr renders the German or French interface (to check that its strings fit).
# PNGs are recompressed losslessly with optipng where it is installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/../../build/ci/src/app/jobdeck}
out=${2:-$here}
lang=${LANGUAGE:-en}
case $lang in en) locale=C.UTF-8 ;; *) locale=${lang}_$(echo "$lang" | tr a-z A-Z).UTF-8 ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

render() { # dir name view size [options]: one render, with the database and settings of dir
    dir=$work/$1 name=$2 view=$3 size=$4
    shift 4
    mkdir -p "$dir" && chmod 700 "$dir"
    env -i PATH="$PATH" HOME="$dir" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
        XDG_RUNTIME_DIR="$dir" QT_QPA_PLATFORM=offscreen LANG="$locale" LANGUAGE="$lang" \
        "$app" --db "$dir/demo.sqlite" --screenshot "$out/$name.png" --view "$view" --size "$size" "$@" \
        2>&1 | grep -v propagateSizeHints | sed "s|^|$name: |" || true
    test -s "$out/$name.png"
}

# One sample database per size and palette: the match view goes first, as its ranking gives the board's and
# the list's cards their scores.
views() { # suffix size [--dark]
    suffix=$1 size=$2
    shift 2
    for view in match board list analytics reminders; do
        render "sample$suffix" "$view$suffix" "$view" "$size" --sample-data "$@"
    done
    render "empty$suffix" "welcome$suffix" board "$size" "$@"
    case $suffix in
    "" | -dark) render "connect$suffix" "connect$suffix" connect "$size" "$@" ;;
    esac
}
views "" 1600x1000 &
views -dark 1600x1000 --dark &
views -1280 1280x800 &
views -1280-dark 1280x800 --dark &
wait
if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o2 -strip all "$out"/*.png
fi
ls -l "$out"/*.png
