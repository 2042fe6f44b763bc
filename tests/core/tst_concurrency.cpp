// Database::transaction under concurrency, in one process: a write transaction holds the write lock from its
// first statement, so a read-then-write never meets another writer's commit in between (issue 12).
#include "TestDatabase.h"

#include <atomic>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace jobdeck;

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void aWriteTransactionHoldsTheWriteLockFromItsStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lock.sqlite"));
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.message() + second.message()));
        QSqlQuery other(second.value()->connection());
        QVERIFY(other.exec(QStringLiteral("PRAGMA busy_timeout = 0"))); // fail at once instead of waiting

        const Status done = first.value()->transaction([&]() -> Status {
            QSqlQuery query(first.value()->connection());
            if (!query.exec(QStringLiteral("SELECT count(*) FROM settings")) || !query.next())
                return failure(QStringLiteral("read failed"));
            query.finish();
            // Only reads so far, yet no one else may write: with a deferred BEGIN the other connection's
            // write would go through here, and this transaction's own write below would then fail.
            if (other.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', '1')")))
                return failure(QStringLiteral("another connection wrote inside a write transaction"));
            if (!query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('mine', '1')")))
                return failure(query.lastError().text());
            return {};
        });
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('other', '1')")));
        QCOMPARE(scalar(*first.value(), QStringLiteral("SELECT count(*) FROM settings")).toInt(), 2);
    }

    void threadsReadingThenWritingNeverFail()
    {
        // Each thread counts the rows and writes the next number, many times over: every transaction must go
        // through, and no number may be taken twice.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("threads.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QSqlQuery create(opened.value()->connection());
        QVERIFY(create.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('counter', '0')")));
        constexpr int threads = 4;
        constexpr int rounds = 50;
        std::atomic<int> failures = 0;
        QList<QThread*> workers;
        for (int t = 0; t < threads; ++t) {
            workers.append(QThread::create([&path, &failures] {
                // A Database of its own per thread, as another process would have.
                auto db = Database::open(path);
                if (!db) {
                    ++failures;
                    return;
                }
                for (int i = 0; i < rounds; ++i) {
                    const Status s = db.value()->transaction([&]() -> Status {
                        QSqlQuery query(db.value()->connection());
                        if (!query.exec(QStringLiteral(
                                "SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'counter'")) ||
                            !query.next())
                            return failure(query.lastError().text());
                        const int next = query.value(0).toInt() + 1;
                        query.finish();
                        query.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'counter'"));
                        query.addBindValue(QString::number(next));
                        if (!query.exec())
                            return failure(query.lastError().text());
                        return {};
                    });
                    if (!s)
                        ++failures;
                }
            }));
        }
        for (QThread* worker : workers)
            worker->start();
        for (QThread* worker : workers) {
            QVERIFY(worker->wait(120000));
            delete worker;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(scalar(*opened.value(), QStringLiteral("SELECT value FROM settings WHERE key = 'counter'"))
                     .toInt(),
                 threads * rounds);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
