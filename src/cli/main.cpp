// jobdeck-cli: finds the global options and the command, then hands over to the command.
#include "Cli.h"

#include <QCoreApplication>

using namespace jobdeck::cli;

namespace {

void printHelp(QTextStream& out)
{
    out << "Usage: jobdeck-cli [--db PATH|URL] [--json] COMMAND [options]\n\n"
        << "Jobdeck's command line, over the same database as the app.\n"
        << "--db defaults to $JOBDECK_DB, else the app's default database; --json prints one JSON document.\n"
        << "A server is postgresql://USER@HOST:PORT/DBNAME; its password comes from PGPASSWORD or ~/.pgpass.\n\n"
        << "Commands:\n";
    for (const Command& command : commandTable())
        out << "  " << command.synopsis << '\n';
    out << "\nExit status: 0 done; 1 failed (nothing changed); 2 bad usage.\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Jobdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jobdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBDECK_VERSION));

    // Global options may stand anywhere; everything else belongs to the command.
    QString dbOption;
    bool json = false;
    bool help = false;
    QString commandName;
    QStringList rest;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                Context(QString(), false).usage(QStringLiteral("--db"), QStringLiteral("missing the database path"));
                return BadUsage;
            }
            dbOption = args.at(++i);
            // An empty path is a mistake (an unset variable in a script), not a request for the default file.
            if (dbOption.trimmed().isEmpty())
                return Context(QString(), false).usage(QStringLiteral("--db"), QStringLiteral("the database path is empty"));
        } else if (arg.startsWith(QLatin1String("--db="))) {
            dbOption = arg.mid(5);
            if (dbOption.trimmed().isEmpty())
                return Context(QString(), false).usage(QStringLiteral("--db"), QStringLiteral("the database path is empty"));
        } else if (commandName.isEmpty() && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            help = true;
        } else if (commandName.isEmpty() && arg == QLatin1String("--version")) {
            QTextStream(stdout) << "jobdeck-cli " << QCoreApplication::applicationVersion() << '\n';
            return Done;
        } else if (commandName.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            commandName = arg;
        } else {
            rest.append(arg);
        }
    }

    Context context(dbOption, json);
    if (help || commandName == QLatin1String("help")) {
        printHelp(context.out());
        return Done;
    }
    if (commandName.isEmpty()) {
        printHelp(context.err());
        return BadUsage;
    }
    const bool commandHelp = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"));
    for (const Command& command : commandTable()) {
        if (commandName != QLatin1String(command.name))
            continue;
        if (commandHelp) {
            context.out() << "Usage: jobdeck-cli [--db PATH] [--json] " << command.synopsis << '\n';
            context.out().flush();
            return Done;
        }
        return command.run(context, rest);
    }
    return context.usage(commandName, QStringLiteral("unknown command"));
}
