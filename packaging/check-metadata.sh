#!/usr/bin/env bash
# Validates the desktop integration files as they sit in the source tree, in a second or two: the desktop
# entry (desktop-file-validate), the AppStream metainfo (appstreamcli, offline; its screenshots in the
# repository), the man pages (groff, if present), and the icon set (every hicolor size a PNG of exactly that
# size, the .ico and .icns present).
# CTest runs it as packaging_metadata; it exits 77 (skipped) when a validator is not installed.
#   usage: packaging/check-metadata.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app_id=io.github.jobdeck.Jobdeck
linux="$root/packaging/linux"

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "check-metadata: $tool is missing (apt install desktop-file-utils appstream); skipped"
        exit 77
    fi
done

problems=0
problem() { echo "FAIL: $*" >&2; problems=$((problems + 1)); }

desktop-file-validate "$linux/$app_id.desktop" || problem "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net "$linux/$app_id.metainfo.xml" >/dev/null ||
    problem "appstreamcli rejects the metainfo: $(appstreamcli validate --no-net "$linux/$app_id.metainfo.xml")"
grep -q "^Icon=$app_id\$" "$linux/$app_id.desktop" || problem "the desktop entry does not name the icon $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$linux/$app_id.metainfo.xml" ||
    problem "the metainfo does not launch $app_id.desktop"

# Software centres download the screenshots from the repository: each must be a picture that is there.
screenshots="$(grep -o 'docs/screenshots/[^<]*' "$linux/$app_id.metainfo.xml" || true)"
[ -n "$screenshots" ] || problem "the metainfo shows no screenshot from docs/screenshots"
for shot in $screenshots; do
    [ -f "$root/$shot" ] || problem "the metainfo shows $shot, which is not in the repository"
done

# The man pages and the metainfo must announce the version CMake builds.
version="$(sed -n 's/^project(Jobdeck VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
grep -q "<release version=\"$version\"" "$linux/$app_id.metainfo.xml" ||
    problem "the metainfo has no release notes for $version"
for page in jobdeck.1 jobdeck-cli.1; do
    grep -q "^\.TH .*\"Jobdeck $version\"" "$linux/$page" || problem "$page does not say Jobdeck $version"
    if command -v groff >/dev/null; then
        warnings="$(groff -ww -man -z "$linux/$page" 2>&1)" || true
        [ -z "$warnings" ] || problem "$page renders with warnings: $warnings"
    fi
done

# A PNG's width and height are the two big-endian 32-bit numbers at bytes 16 to 23.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
for size in 16 32 48 64 128 256 512; do
    png="$root/resources/icons/png/jobdeck-$size.png"
    if [ ! -f "$png" ]; then
        problem "resources/icons/png/jobdeck-$size.png is missing (run resources/icons/render-icons.sh)"
    elif [ "$(png_size "$png")" != "${size}x${size}" ]; then
        problem "jobdeck-$size.png is $(png_size "$png"), not ${size}x${size}"
    fi
done
[ -s "$root/packaging/windows/jobdeck.ico" ] || problem "packaging/windows/jobdeck.ico is missing"
[ -s "$root/packaging/macos/jobdeck.icns" ] || problem "packaging/macos/jobdeck.icns is missing"

if [ "$problems" -ne 0 ]; then
    echo "check-metadata: $problems problem(s)" >&2
    exit 1
fi
echo "check-metadata: desktop entry, metainfo, man pages and icons are valid"
