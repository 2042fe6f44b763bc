#pragma once

#include "dialogs/ConnectionTarget.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QFuture>

namespace jobdeck {

// Tries a login on a server off the GUI thread: a connection of its own is opened and closed again on a
// worker, so an unreachable host (which can take libpq seconds) never freezes the window. The attempt gives
// up after `timeoutSecs`; a caller that stops waiting simply ignores the result.
class ConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)

public:
    static constexpr int kDefaultTimeoutSecs = 8;

    static QFuture<Status> start(const ConnectionTarget& target, const QString& password,
                                 int timeoutSecs = kDefaultTimeoutSecs);
    // The same, on the calling thread.
    static Status run(const ConnectionTarget& target, const QString& password, int timeoutSecs = kDefaultTimeoutSecs);
};

} // namespace jobdeck
