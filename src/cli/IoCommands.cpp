// import, export, backup, restore: data in and out of Jobdeck, and copies of the database.
#include "Cli.h"
#include "io/Backup.h"
#include "io/BackupSet.h"
#include "io/ExportService.h"
#include "io/ImportService.h"
#include "io/InstanceLock.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace jobdeck::cli {
namespace {

QString synopsis(const char* name)
{
    for (const Command& command : commandTable()) {
        if (qstrcmp(command.name, name) == 0)
            return QString::fromLatin1(command.synopsis);
    }
    return QString::fromLatin1(name);
}

} // namespace

int runImport(Context& context, const QStringList& args)
{
    const QString command = QStringLiteral("import");
    Arguments arguments(command, synopsis("import"));
    arguments.addValue(QStringLiteral("format"), QStringLiteral("format"), QString());
    arguments.addFlag(QStringLiteral("dry-run"), QString());
    arguments.addFlag(QStringLiteral("strict"), QString());
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    io::ImportOptions options;
    options.dryRun = arguments.isSet(QStringLiteral("dry-run"));
    options.strict = arguments.isSet(QStringLiteral("strict"));
    if (arguments.isSet(QStringLiteral("format"))) {
        const QString text = arguments.value(QStringLiteral("format"));
        const std::optional<io::ImportFormat> format = io::importFormats::fromId(text);
        if (!format)
            return context.usage(
                command,
                QStringLiteral("unknown format '%1'; formats are %2").arg(text, io::importFormats::idList()));
        options.format = *format;
    }
    const QString path = arguments.positional().at(0);
    if (!QFileInfo(path).isFile())
        return context.fail(QStringLiteral("cannot read '%1': no such file").arg(path));

    Database* db = context.database();
    if (!db)
        return Failed;
    if (!options.dryRun) {
        io::BackupSet backups = io::BackupSet::forDatabase(*db);
        if (const Result<QString> before = backups.beforeImport(*db, context.clock().now()); !before)
            return context.fail(
                QStringLiteral("nothing was imported: the backup before it failed: %1").arg(before.message()));
    }
    const Result<io::ImportReport> report = io::ImportService(*db, context.clock()).importFile(path, options);
    if (!report)
        return context.fail(report.error());
    if (context.json())
        context.printJson(QJsonDocument(report->toJson()));
    else
        context.out() << report->summary() << '\n';
    context.out().flush();
    if (report->hasErrors()) {
        const io::LineNote& first = report->errors.first();
        return context.fail(QStringLiteral("nothing was imported: %1 error(s), the first on line %2: %3")
                                .arg(report->errors.size())
                                .arg(first.line)
                                .arg(first.text));
    }
    return Done;
}

int runExport(Context& context, const QStringList& args)
{
    const QString command = QStringLiteral("export");
    Arguments arguments(command, synopsis("export"));
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const QString path = arguments.positional().at(0);
    if (!io::ExportService::isSupported(path))
        return context.usage(command, QStringLiteral("'%1' must end in .csv or .json").arg(path));

    Database* db = context.database();
    if (!db)
        return Failed;
    if (Status written = io::ExportService::exportTo(*db, path, context.clock().now()); !written)
        return context.fail(written.error());
    if (!context.json())
        context.out() << QStringLiteral("exported to %1\n").arg(path);
    return Done;
}

int runBackup(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("backup"), synopsis("backup"));
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const QString destination = arguments.positional().at(0);
    Database* db = context.database();
    if (!db)
        return Failed;
    if (Status copied = io::Backup::copyTo(*db, destination); !copied)
        return context.fail(copied.error());
    if (!context.json())
        context.out() << QStringLiteral("backed up to %1\n").arg(destination);
    return Done;
}

int runRestore(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("restore"), synopsis("restore"));
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const QString source = arguments.positional().at(0);
    if (Database::isServerLocator(Database::resolvePath(context.dbOption())))
        return context.fail(QStringLiteral("nothing was restored: restore replaces a database file; on a server, "
                                           "copy a backup in with `jobdeck-cli copy --from BACKUP --to URL`"));
    if (Status sound = io::Backup::verify(source); !sound)
        return context.fail(QStringLiteral("nothing was restored: %1").arg(sound.message()));

    const QString path = Database::resolvePath(context.dbOption());
    // A damaged database is replaced whole (it may open, but cannot be copied or read reliably); anything
    // else that stops it opening (a newer schema, a foreign file, permissions) is left alone. Only a check
    // that ran and found damage counts: one that could not run (locked, a full disk) proves nothing.
    const io::Backup::Health health =
        QFileInfo(path).isFile() ? io::Backup::health(path) : io::Backup::Health{};
    if (health.verdict == io::Backup::Health::Verdict::CannotCheck)
        return context.fail(QStringLiteral("nothing was restored: cannot check whether %1 is damaged (%2); it was "
                                           "left as it was")
                                .arg(path, health.reason));
    if (health.verdict == io::Backup::Health::Verdict::Damaged) {
        // Moving the file aside under a running Jobdeck would leave it writing into the set-aside copy, so the
        // app's lock is taken (and kept until the copy is in place) or the restore is refused.
        io::InstanceLock lock(path);
        if (!lock.tryLock() && lock.isHeldElsewhere())
            return context.fail(
                QStringLiteral("nothing was restored: %1 is open in Jobdeck (%2); close it there first")
                    .arg(path, lock.holder()));
        const Result<QString> aside = io::Backup::replaceFile(path, source, context.clock().now());
        if (!aside)
            return context.fail(aside.error());
        if (!context.json())
            context.out() << QStringLiteral("restored %1 from %2; the damaged file was kept as %3\n")
                                 .arg(path, source, aside.value());
        return Done;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return context.fail(opened.error());
    const Database& db = *opened.value();
    io::BackupSet keep = io::BackupSet::forDatabase(db);
    const Result<QString> saved = io::Backup::restore(db, source, keep, context.clock().now());
    if (!saved)
        return context.fail(saved.error());
    if (!context.json())
        context.out() << QStringLiteral("restored %1 from %2; the data it replaced was saved as %3\n")
                             .arg(path, source, saved.value());
    return Done;
}

} // namespace jobdeck::cli
