#!/usr/bin/env bash
# Builds the .deb in a build folder and checks what it holds: both executables, the desktop entry, the AppStream
# metainfo, the hicolor icons and the man pages, the Qt runtime in Depends; then validates the desktop entry and
# the metainfo, renders the man pages, and runs the packaged jobdeck-cli.
#   usage: packaging/check-deb.sh [BUILD_DIR]     (default build/release; configured there if it is not yet)
# Exits non-zero, naming every problem, if anything is missing or invalid.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/release}"
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac

. "$root/scripts/deps.sh"
jobdeck_install_packages dpkg-dev desktop-file-utils appstream

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJOBDECK_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/jobdeck_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/jobdeck_*.deb)"
echo "Checking $deb"

app_id=io.github.jobdeck.Jobdeck
problems=0
problem() { echo "FAIL: $*" >&2; problems=$((problems + 1)); }

listing="$(dpkg-deb -c "$deb")"
contents="$(awk '{print $NF}' <<<"$listing" | sed 's|^\./|/|')"
grep -v '/$' <<<"$contents" | sed 's/^/  /'
expected=(
    /usr/bin/jobdeck
    /usr/bin/jobdeck-cli
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/man/man1/jobdeck-cli.1.gz
    /usr/share/man/man1/jobdeck.1.gz
    /usr/share/doc/jobdeck/skill-taxonomy-sources.md
)
for size in 16 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$contents" || problem "the package lacks $path"
done
# The PDF reader module, which the executables load from ../lib*/jobdeck on the first PDF.
grep -qE '^/usr/lib/([^/]+/)?jobdeck/jobdeck_pdf\.so$' <<<"$contents" || problem "the package lacks the PDF module jobdeck_pdf.so"
for executable in /usr/bin/jobdeck /usr/bin/jobdeck-cli; do
    grep -q "^-rwxr-xr-x .* \.$executable\$" <<<"$listing" || problem "$executable is not an executable file"
done

depends="$(dpkg-deb -f "$deb" Depends)"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite libqt6svg6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || problem "Depends lacks $package (it is: $depends)"
done
[ "$(dpkg-deb -f "$deb" Package)" = jobdeck ] || problem "the package is not named jobdeck"

tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$deb" "$tree"

desktop-file-validate "$tree/usr/share/applications/$app_id.desktop" || problem "desktop-file-validate rejects the desktop entry"
appstreamcli validate --no-net "$tree/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    problem "appstreamcli rejects the metainfo: $(appstreamcli validate --no-net "$tree/usr/share/metainfo/$app_id.metainfo.xml")"
# The installed tree as a whole: metainfo, desktop entry and icon must name each other consistently.
appstreamcli validate-tree --no-net "$tree" >/dev/null ||
    problem "appstreamcli rejects the installed tree: $(appstreamcli validate-tree --no-net "$tree")"
grep -q '<release version="'"$(dpkg-deb -f "$deb" Version | cut -d- -f1)"'"' "$tree/usr/share/metainfo/$app_id.metainfo.xml" ||
    problem "the metainfo has no release notes for this version"
grep -q '<screenshot' "$tree/usr/share/metainfo/$app_id.metainfo.xml" || problem "the metainfo has no screenshots"

if command -v groff >/dev/null; then
    for page in jobdeck jobdeck-cli; do
        warnings="$(gzip -dc "$tree/usr/share/man/man1/$page.1.gz" | groff -ww -man -z 2>&1)" || true
        [ -z "$warnings" ] || problem "the $page man page renders with warnings: $warnings"
    done
fi

upstream_version="$(dpkg-deb -f "$deb" Version | cut -d- -f1)"
for executable in jobdeck-cli jobdeck; do
    version="$(QT_QPA_PLATFORM=offscreen "$tree/usr/bin/$executable" --version 2>/dev/null)" ||
        problem "the packaged $executable --version failed"
    grep -qF "$upstream_version" <<<"$version" ||
        problem "the packaged $executable reports '$version', not the package's version $upstream_version"
done

if [ "$problems" -ne 0 ]; then
    echo "check-deb: $problems problem(s) in $(basename "$deb")" >&2
    exit 1
fi
echo "check-deb: $(basename "$deb") holds ${#expected[@]} expected files, valid desktop entry, metainfo and man pages"
