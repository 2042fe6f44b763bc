#pragma once

#include "util/Result.h"

#include <QFuture>
#include <QString>

namespace jobdeck {

// Opens a server database off the GUI thread exactly as the app will (login, then Jobdeck's schema and its
// version), and closes it again on that worker: an unreachable host, which can keep libpq busy for seconds,
// never freezes the window. libpq gives up after the URI's connect_timeout (the core sets a default); a
// caller that stops waiting simply ignores the result.
class ConnectionProbe
{
public:
    static QFuture<Status> start(const QString& locator, const QString& password);
    // The same, on the calling thread.
    static Status run(const QString& locator, const QString& password);
};

} // namespace jobdeck
