#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace jobdeck::test {

// A throwaway PostgreSQL cluster for one test executable (tests/support/pg-cluster.sh): initdb in a temporary
// folder, started on 127.0.0.1 and a free port with trust authentication, and stopped with this object (the
// script's watchdog stops it too if the test dies). Without PostgreSQL installed, available() is false and
// skipReason() says why: the test then QSKIPs.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    bool available() const { return m_error.isEmpty() && m_skip.isEmpty(); }
    const QString& skipReason() const { return m_skip; }
    // Why the cluster did not start although PostgreSQL is installed (a test failure, not a skip).
    const QString& error() const { return m_error; }

    // pg_ctl restart -m fast: every session is ended, the server comes back on the same port. False (and
    // error() says why) when it did not come back.
    bool restart();

    // postgresql://ROLE@127.0.0.1:PORT/DATABASE (trust authentication: no password).
    QString url(const QString& role, const QString& database) const;
    // Runs `sql` with psql as `role` on `database` (stopping at the first error); stdout is unaligned rows.
    struct Output
    {
        bool ok = false;
        QString out;
        QString err;
    };
    Output psql(const QString& role, const QString& database, const QString& sql) const;
    // Runs the script file `path` with psql as `role` on `database`, in one transaction.
    Output psqlFile(const QString& role, const QString& database, const QString& path) const;
    // What most server tests start from: `database` created, each of `roles` a login role, Jobdeck's schema set
    // up by the owner and every role added to its users. Empty when all of it worked, else what failed.
    QString setUpJobdeck(const QString& database, const QStringList& roles) const;

private:
    QTemporaryDir m_dir;
    QString m_bindir;
    int m_port = 0;
    QString m_skip;
    QString m_error;
};

} // namespace jobdeck::test

// In a test function (or initTestCase): skips it where PostgreSQL is not installed and fails it where the
// cluster did not start. A macro because only a test function itself can skip or fail and return.
#define JOBDECK_REQUIRE_CLUSTER(cluster)                                                                       \
    do {                                                                                                        \
        if (!(cluster).skipReason().isEmpty())                                                                  \
            QSKIP(qPrintable((cluster).skipReason()));                                                          \
        QVERIFY2((cluster).available(), qPrintable((cluster).error()));                                         \
    } while (false)
