// server init, server add-user: setting a PostgreSQL server up for Jobdeck, by the database owner; copy: a
// whole database between a file and a server.
#include "Cli.h"
#include "io/DatabaseCopy.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonObject>

namespace jobdeck::cli {
namespace {

int printDone(Context& context, const QStringList& lines)
{
    if (context.json()) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("done"), QJsonArray::fromStringList(lines)}}));
    } else {
        for (const QString& line : lines)
            context.out() << line << '\n';
        context.out().flush();
    }
    return Done;
}

} // namespace

int runServer(Context& context, const QStringList& args)
{
    const QString synopsis = QString::fromLatin1(commandSynopsis("server"));
    Arguments arguments(QStringLiteral("server"), synopsis);
    if (!arguments.parse(context, args, 1, 2))
        return BadUsage;
    const QStringList words = arguments.positional();
    const QString action = words.at(0);
    const QString locator = Database::resolvePath(context.dbOption());
    const bool init = action == QLatin1String("init") && words.size() == 1;
    const bool addUser = action == QLatin1String("add-user") && words.size() == 2;
    if (!init && !addUser)
        return context.usage(QStringLiteral("server"), QStringLiteral("usage: jobdeck-cli %1").arg(synopsis));
    if (!Database::isServerLocator(locator))
        return context.usage(QStringLiteral("server"),
                             QStringLiteral("--db must be a server, postgresql://USER@HOST:PORT/DBNAME"));
    if (init) {
        const Result<QStringList> done = Database::setUpServer(locator);
        return done ? printDone(context, done.value()) : context.fail(done.error());
    }
    const Result<QString> done = Database::addServerUser(locator, words.at(1));
    return done ? printDone(context, {done.value()}) : context.fail(done.error());
}

int runCopy(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("copy"), QString::fromLatin1(commandSynopsis("copy")));
    arguments.addValue(QStringLiteral("from"), QStringLiteral("PATH|URL"), QStringLiteral("the database to copy"));
    arguments.addValue(QStringLiteral("to"), QStringLiteral("PATH|URL"), QStringLiteral("an empty database"));
    if (!arguments.parse(context, args, 0, 0))
        return BadUsage;
    const QString from = arguments.value(QStringLiteral("from"));
    const QString to = arguments.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return context.usage(QStringLiteral("copy"), QStringLiteral("both --from and --to are needed"));
    // A source that is not there is a typing mistake, not a request for a new empty database.
    if (!Database::isServerLocator(from) && !QFileInfo(from).isFile())
        return context.fail(QStringLiteral("cannot read '%1': no such file").arg(from));
    // A file to copy may come from anywhere: it is checked in full even if Jobdeck closed it here last.
    Result<std::unique_ptr<Database>> source = Database::openForeign(from);
    if (!source)
        return context.fail(source.error());
    const QDateTime now = context.clock().now();
    Status copied;
    QString target = to;
    if (!Database::isServerLocator(to) && !QFileInfo::exists(to)) {
        copied = io::DatabaseCopy::toNewFile(*source.value(), to, now);
    } else {
        Result<std::unique_ptr<Database>> destination = Database::open(to);
        if (!destination)
            return context.fail(destination.error());
        target = destination.value()->path();
        copied = io::DatabaseCopy::copy(*source.value(), *destination.value(), now);
    }
    if (!copied)
        return context.fail(QStringLiteral("nothing was copied: %1").arg(copied.message()));
    if (!context.json())
        context.out() << QStringLiteral("copied %1 to %2; both export the same data\n").arg(source.value()->path(), target);
    return Done;
}

} // namespace jobdeck::cli
