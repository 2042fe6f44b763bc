// Many jobdeck-cli processes on one database at once: every write waits for its turn instead of failing,
// a new file is created and migrated once, and two imports of one file do not both insert (issue 12).
#include "CliRun.h"

#include <functional>
#include <memory>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <vector>

namespace {

using jobdeck::test::CliRun;
using jobdeck::test::runCli;

// Starts every command list at once; each chain runs its commands one after another. Returns the failures.
QStringList runChains(const QList<QList<QStringList>>& chains)
{
    QStringList failures;
    QEventLoop loop;
    int running = 0;
    std::vector<std::unique_ptr<QProcess>> processes;
    std::vector<qsizetype> next(chains.size(), 0);
    std::function<void(qsizetype)> startNext = [&](qsizetype chain) {
        if (next[chain] >= chains.at(chain).size()) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const QStringList args = chains.at(chain).at(next[chain]++);
        processes[chain]->start(QStringLiteral(JOBDECK_CLI_PATH), args);
    };
    for (qsizetype i = 0; i < chains.size(); ++i) {
        processes.push_back(std::make_unique<QProcess>());
        QProcess* process = processes.back().get();
        QObject::connect(
            process, &QProcess::finished, process, [&, i, process](int code, QProcess::ExitStatus status) {
                if (status != QProcess::NormalExit || code != 0)
                    failures.append(QStringLiteral("%1 -> %2: %3")
                                        .arg(chains.at(i).at(next[i] - 1).join(QLatin1Char(' ')))
                                        .arg(code)
                                        .arg(QString::fromUtf8(process->readAllStandardError()).trimmed()));
                startNext(i);
            });
        QObject::connect(process, &QProcess::errorOccurred, process, [&, i](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                failures.append(QStringLiteral("chain %1 failed to start").arg(i));
                startNext(i);
            }
        });
        ++running;
    }
    for (qsizetype i = 0; i < chains.size(); ++i)
        startNext(i);
    if (running > 0)
        loop.exec();
    return failures;
}

// A plain reader of the finished file, apart from Jobdeck's own code.
class RawReader
{
public:
    explicit RawReader(const QString& path) : m_name(QStringLiteral("raw-") + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~RawReader() { QSqlDatabase::removeDatabase(m_name); }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestCliConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void concurrentWritersAllSucceed()
    {
        // 8 writers, each alternating a move of its own application and an add; JOBDECK_CONCURRENCY_OPS
        // (default 200) is the operations per writer.
        const int writers = envInt("JOBDECK_CONCURRENCY_WRITERS", 8);
        const int operations = envInt("JOBDECK_CONCURRENCY_OPS", 200);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("busy.sqlite"));
        for (int w = 0; w < writers; ++w) {
            const CliRun added = runCli({QStringLiteral("--db"), db, QStringLiteral("add"),
                                   QStringLiteral("--company"), QStringLiteral("Seed %1").arg(w),
                                   QStringLiteral("--title"), QStringLiteral("Engineer")});
            QVERIFY2(added.code == 0, added.err.constData());
        }
        QList<QList<QStringList>> chains;
        int moves = 0;
        int adds = 0;
        for (int w = 0; w < writers; ++w) {
            QList<QStringList> chain;
            for (int op = 0; op < operations; ++op) {
                if (op % 2 == 0) {
                    // Alternate two stages so every move is a real change with its own event.
                    const QString stage =
                        (op / 2) % 2 == 0 ? QStringLiteral("screen") : QStringLiteral("technical");
                    chain.append(
                        {QStringLiteral("--db"), db, QStringLiteral("move"), QString::number(w + 1), stage});
                    ++moves;
                } else {
                    chain.append({QStringLiteral("--db"), db, QStringLiteral("add"),
                                  QStringLiteral("--company"), QStringLiteral("W%1").arg(w),
                                  QStringLiteral("--title"), QStringLiteral("Op %1").arg(op)});
                    ++adds;
                }
            }
            chains.append(chain);
        }
        QElapsedTimer timer;
        timer.start();
        const QStringList failures = runChains(chains);
        const qint64 elapsed = timer.elapsed();
        qInfo("%d writers x %d operations (%d moves, %d adds): %lld ms, %lld failures", writers, operations,
              moves, adds, elapsed, qlonglong(failures.size()));
        QVERIFY2(
            failures.isEmpty(),
            qPrintable(QStringLiteral("%1 failed, first: %2").arg(failures.size()).arg(failures.value(0))));

        const RawReader reader(db);
        QCOMPARE(reader.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(reader.scalar(QStringLiteral("SELECT count(*) FROM applications")).toInt(), writers + adds);
        // Each application's first event, plus one per move.
        QCOMPARE(reader.scalar(QStringLiteral("SELECT count(*) FROM stage_events")).toInt(),
                 writers + adds + moves);
        for (int w = 0; w < writers; ++w) {
            const QString sql =
                QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(w + 1);
            QCOMPARE(reader.scalar(sql).toInt(), 1 + operations / 2 + operations % 2);
        }
    }

    void parallelCommandsOnANewFileAllSucceed()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 10; ++round) {
            const QString db = dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
            QList<QList<QStringList>> chains;
            for (int i = 0; i < 4; ++i) {
                if (i % 2 == 0)
                    chains.append({{QStringLiteral("--db"), db, QStringLiteral("list")}});
                else
                    chains.append(
                        {{QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--company"),
                          QStringLiteral("C%1").arg(i), QStringLiteral("--title"), QStringLiteral("T")}});
            }
            const QStringList failures = runChains(chains);
            QVERIFY2(failures.isEmpty(),
                     qPrintable(
                         QStringLiteral("round %1: %2").arg(round).arg(failures.join(QStringLiteral("; ")))));
            const RawReader reader(db);
            QCOMPARE(reader.scalar(QStringLiteral("SELECT count(*) FROM applications")).toInt(), 2);
        }
    }

    void concurrentImportsOfOneFileDoNotDuplicate_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void concurrentImportsOfOneFileDoNotDuplicate()
    {
        QFETCH(QString, format);
        constexpr int rows = 200;
        QTemporaryDir dir;
        // The file to import: made by one database's export, so the JSON case has the real shape.
        const QString source = dir.filePath(QStringLiteral("source.sqlite"));
        QByteArray csv("company,title,applied on,status\n");
        for (int i = 0; i < rows; ++i)
            csv += QStringLiteral("Company %1,Role %1,2026-01-%2,applied\n")
                       .arg(i)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .toUtf8();
        const QString csvPath = dir.filePath(QStringLiteral("jobs.csv"));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write(csv);
        csvFile.close();
        const QString otherPath = dir.filePath(QStringLiteral("other.csv"));
        QFile other(otherPath);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("company,title,applied on,status\nOther,Role,2025-12-01,applied\n");
        other.close();
        QString file = csvPath;
        if (format == QLatin1String("json")) {
            const CliRun imported = runCli({QStringLiteral("--db"), source, QStringLiteral("import"), csvPath});
            QVERIFY2(imported.code == 0, imported.err.constData());
            file = dir.filePath(QStringLiteral("jobs.json"));
            const CliRun exported = runCli({QStringLiteral("--db"), source, QStringLiteral("export"), file});
            QVERIFY2(exported.code == 0, exported.err.constData());
        }
        for (int round = 0; round < 3; ++round) {
            const QString db = dir.filePath(QStringLiteral("target-%1.sqlite").arg(round));
            // The target holds data already, so the JSON import checks duplicates too (not a restore by id).
            // Seeded by an import; the two imports then race on the rows and on their backups' names.
            const CliRun seeded = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), otherPath});
            QVERIFY2(seeded.code == 0, seeded.err.constData());
            QList<QList<QStringList>> chains;
            for (int i = 0; i < 2; ++i)
                chains.append({{QStringLiteral("--db"), db, QStringLiteral("import"), file}});
            const QStringList failures = runChains(chains);
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
            const RawReader reader(db);
            QCOMPARE(reader.scalar(QStringLiteral("SELECT count(*) FROM applications")).toInt(), rows + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
