#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace jobdeck {

// Start at login: on Linux (and other XDG desktops) an autostart entry in $XDG_CONFIG_HOME/autostart
// (~/.config/autostart) that runs this executable. Windows and macOS are not supported yet.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    static bool isSupported();
    // The .desktop file that starts Jobdeck at login.
    static QString entryPath();
    static bool isEnabled();
    // Writes the entry (running `executable`) or removes it.
    static Status setEnabled(bool enabled, const QString& executable);
};

} // namespace jobdeck
