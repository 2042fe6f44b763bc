#include "dialogs/ConnectionProbe.h"

#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace jobdeck {

QFuture<Status> ConnectionProbe::start(const QString& locator, const QString& password)
{
    return QtConcurrent::run([locator, password] { return run(locator, password); });
}

Status ConnectionProbe::run(const QString& locator, const QString& password)
{
    // The worker's own connection: opened, checked and removed here, on the thread that made it.
    const Result<std::unique_ptr<Database>> opened = Database::open(locator, password);
    if (!opened)
        return opened.error();
    return {};
}

} // namespace jobdeck
