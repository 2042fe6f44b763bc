# Sourced by scripts/run and scripts/test: the Debian packages Jobdeck builds, runs and tests with, and
# an installer that asks apt only for the missing ones.
#
# apt-get runs with --no-install-recommends, so every package needed is named here; none may arrive as a
# recommendation (qt6-base-dev only recommends libqt6opengl6-dev, yet Qt6Charts' CMake config needs it: issue 11).
# scripts/fresh-check proves the lists on a fresh Debian 12 root in CI.
# Ubuntu 24.04 (noble) has the same names (Qt 6.4.2, like Debian 12), in its universe component; they are
# checked by name, not run. Where the two differ, an entry names alternatives "first|second" and the first one
# the system offers is installed.
JOBDECK_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libeigen3-dev libsqlite3-dev
    libqt6sql6-psql qtkeychain-qt6-dev libpq-dev
    libpoppler-qt6-dev libquazip1-qt6-dev
    qt6-qpa-plugins
    fonts-dejavu-core
    desktop-file-utils appstream
)

# What only the tests need on top (scripts/test installs them, scripts/run does not): a real X server and
# window manager with a tray for the end-to-end desktop tests, OCR to read their screenshots, and the tools
# the safety tests watch processes and databases with. Debian 12 has no stalonetray (Ubuntu 24.04 does);
# trayer is its stand-in there.
JOBDECK_TEST_PACKAGES=(
    xvfb xauth xdotool openbox 'stalonetray|trayer' x11-utils imagemagick
    tesseract-ocr tesseract-ocr-eng
    strace sqlite3 procps python3
)

# True when one of the alternatives in ENTRY ("a|b") is among the installed packages in JOBDECK_INSTALLED
# (one dpkg-query for the whole list keeps an everyday run of scripts/test instant).
jobdeck_package_installed() {
    local pkg
    local IFS='|'
    for pkg in $1; do
        [[ " $JOBDECK_INSTALLED " == *" $pkg "* ]] && return 0
    done
    return 1
}

# The first alternative in ENTRY that apt can install (apt's lists must be current), else the first one,
# so that apt names it in its error.
jobdeck_package_choice() {
    local pkg
    local IFS='|'
    for pkg in $1; do
        # grep reads to the end: with -q it could leave apt-cache to die of SIGPIPE, which pipefail (set by
        # scripts/run and scripts/test) would count as "not offered".
        if apt-cache show --no-all-versions "$pkg" 2>/dev/null | grep '^Version:' >/dev/null; then
            echo "$pkg"
            return 0
        fi
    done
    set -- $1
    echo "$1"
}

# Installs the missing ones of JOBDECK_PACKAGES and of the lists or packages given, e.g.
# jobdeck_install_packages "${JOBDECK_TEST_PACKAGES[@]}". JOBDECK_SKIP_PACKAGE (one name) leaves a package
# out, for scripts/fresh-check to prove that a missing package fails.
jobdeck_install_packages() {
    local missing=()
    local entry
    JOBDECK_INSTALLED=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' 2>/dev/null | awk '$1 == "ii" { print $2 }' | tr '\n' ' ')
    for entry in "${JOBDECK_PACKAGES[@]}" "$@"; do
        [ -n "${JOBDECK_SKIP_PACKAGE:-}" ] && [ "$entry" = "$JOBDECK_SKIP_PACKAGE" ] && continue
        jobdeck_package_installed "$entry" || missing+=("$entry")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Jobdeck needs these packages: ${missing[*]}" >&2
        echo "This is not a Debian or Ubuntu system: install their equivalents, then run this again." >&2
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || [ -t 0 ] && command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Jobdeck needs these packages; install them as root, then run this again:" >&2
            echo "  apt-get install -y --no-install-recommends ${missing[*]//|/ or }" >&2
            return 1
        fi
    fi
    "${sudo[@]}" apt-get update -qq || return 1
    local chosen=()
    for entry in "${missing[@]}"; do
        chosen+=("$(jobdeck_package_choice "$entry")")
    done
    echo "Installing: ${chosen[*]}"
    if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${chosen[@]}"; then
        grep -qs '^ID=ubuntu' /etc/os-release &&
            echo "On Ubuntu the Qt 6 packages are in the universe component: sudo add-apt-repository universe" >&2
        return 1
    fi
}
