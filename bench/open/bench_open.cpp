// How long opening an existing database takes (Database::open) on 100,000 applications and ~420,000 stage
// events, and where that time goes, with the same-run reference of a bare `sqlite3 FILE 'select count(*)
// from applications'` process. Prints milliseconds, best of several runs each:
//   bench_open [JOBDECK_CLI]     (with the CLI path, also the whole `jobdeck-cli analytics` process)
// "full" is an open that runs SQLite's integrity check (the first after a change by another program, a
// crash, or a day); "stamped" is the everyday open of a file Jobdeck itself closed cleanly.
#include "../core/BenchData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <limits>

using namespace jobdeck;

namespace {

qint64 bestOf(int runs, const std::function<void()>& work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.elapsed());
    }
    return best;
}

// One pragma on a plain connection (no Jobdeck code), for the breakdown.
qint64 pragmaMs(const QString& path, const QString& pragma)
{
    const QString name = QStringLiteral("bench-pragma");
    qint64 ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        ms = bestOf(3, [&] {
            QSqlQuery query(db);
            if (!query.exec(pragma) || !query.next() || query.value(0).toString() != QLatin1String("ok"))
                qFatal("%s failed", qPrintable(pragma));
        });
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

qint64 processMs(const QString& program, const QStringList& arguments)
{
    return bestOf(5, [&] {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    const QString path = bench::syntheticDatabase(100000, 420000);
    const QString stamp = path + QStringLiteral("-jobdeck-checked");
    out << "file " << path << ": " << QFile(path).size() / (1024 * 1024) << " MiB\n";

    const auto open = [&] {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.message()));
    };
    const int checksBefore = Database::integrityChecksRun();
    const qint64 full = bestOf(3, [&] {
        QFile::remove(stamp);
        open();
    });
    const int fullChecks = Database::integrityChecksRun() - checksBefore;
    open(); // leaves the stamp of a clean close
    const int stampedBefore = Database::integrityChecksRun();
    const qint64 stamped = bestOf(7, open);
    const int stampedChecks = Database::integrityChecksRun() - stampedBefore;

    const qint64 integrity = pragmaMs(path, QStringLiteral("PRAGMA integrity_check(1)"));
    const qint64 quick = pragmaMs(path, QStringLiteral("PRAGMA quick_check(1)"));
    const qint64 reference = processMs(QStringLiteral("sqlite3"), {path, QStringLiteral("select count(*) from applications")});

    out << "Database::open, full check:     " << full << " ms (" << fullChecks << " integrity checks in 3 opens)\n";
    out << "Database::open, stamped file:   " << stamped << " ms (" << stampedChecks << " integrity checks in 7 opens)\n";
    out << "  PRAGMA integrity_check alone: " << integrity << " ms\n";
    out << "  PRAGMA quick_check alone:     " << quick << " ms\n";
    out << "reference sqlite3 count(*) process: " << reference << " ms\n";
    if (!args.isEmpty()) {
        const QStringList analytics = {QStringLiteral("--db"), path, QStringLiteral("analytics"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-01-01T00:00:00Z")};
        const qint64 stampedCli = processMs(args.at(0), analytics);
        const qint64 fullCli = bestOf(3, [&] {
            QFile::remove(stamp);
            QProcess process;
            process.start(args.at(0), analytics);
            if (!process.waitForFinished(120000) || process.exitCode() != 0)
                qFatal("jobdeck-cli failed: %s", process.readAllStandardError().constData());
        });
        out << "jobdeck-cli analytics process, full check: " << fullCli << " ms ("
            << QString::number(double(fullCli) / double(std::max<qint64>(reference, 1)), 'f', 1) << "x reference)\n";
        out << "jobdeck-cli analytics process, stamped:    " << stampedCli << " ms ("
            << QString::number(double(stampedCli) / double(std::max<qint64>(reference, 1)), 'f', 1) << "x reference)\n";
    }
    return 0;
}
