# Sourced by scripts/run and scripts/test: the Debian packages Jobdeck builds, runs and tests with, and
# an installer that asks apt only for the missing ones.
JOBDECK_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libeigen3-dev
    libpoppler-qt6-dev libquazip1-qt6-dev
    qt6-qpa-plugins
    fonts-dejavu-core
    desktop-file-utils appstream
)

jobdeck_install_packages() {
    local missing=()
    local pkg
    for pkg in "${JOBDECK_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
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
            echo "  apt-get install -y ${missing[*]}" >&2
            return 1
        fi
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
