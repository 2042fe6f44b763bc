#include "PgCluster.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>

namespace jobdeck::test {
namespace {

QString script()
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/support/pg-cluster.sh");
}

QString readLine(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

} // namespace

PgCluster::PgCluster()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    QProcess start;
    start.start(QStringLiteral("bash"), {script(), QStringLiteral("start"), m_dir.path(),
                                         QString::number(QCoreApplication::applicationPid())});
    if (!start.waitForFinished(120000)) {
        m_error = QStringLiteral("pg-cluster.sh start did not finish");
        return;
    }
    if (start.exitCode() == 3) {
        m_skip = QStringLiteral("PostgreSQL is not installed: server tests skipped");
        return;
    }
    if (start.exitCode() != 0) {
        m_error = QStringLiteral("pg-cluster.sh start failed: ") + QString::fromUtf8(start.readAllStandardError());
        return;
    }
    m_bindir = readLine(m_dir.filePath(QStringLiteral("bindir")));
    m_port = readLine(m_dir.filePath(QStringLiteral("port"))).toInt();
}

PgCluster::~PgCluster()
{
    if (m_port == 0)
        return;
    QProcess stop;
    stop.start(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_dir.path()});
    stop.waitForFinished(60000);
}

bool PgCluster::restart()
{
    QProcess restart;
    restart.start(QStringLiteral("bash"), {script(), QStringLiteral("restart"), m_dir.path()});
    if (!restart.waitForFinished(60000)) {
        m_error = QStringLiteral("pg-cluster.sh restart did not finish");
        return false;
    }
    if (restart.exitCode() != 0) {
        m_error = QStringLiteral("pg-cluster.sh restart failed: ") + QString::fromUtf8(restart.readAllStandardError());
        return false;
    }
    return true;
}

QString PgCluster::url(const QString& role, const QString& database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(role).arg(m_port).arg(database);
}

PgCluster::Output PgCluster::psql(const QString& role, const QString& database, const QString& sql) const
{
    QProcess process;
    process.start(m_bindir + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-q"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url(role, database),
                   QStringLiteral("-c"), sql});
    if (!process.waitForFinished(60000))
        return {false, QString(), QStringLiteral("psql did not finish")};
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

PgCluster::Output PgCluster::psqlFile(const QString& role, const QString& database, const QString& path) const
{
    QProcess process;
    process.start(m_bindir + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-1"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url(role, database), QStringLiteral("-f"),
                   path});
    if (!process.waitForFinished(60000))
        return {false, QString(), QStringLiteral("psql did not finish")};
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

QString PgCluster::setUpJobdeck(const QString& database, const QStringList& roles) const
{
    const QString owner = QStringLiteral("postgres");
    if (const Output created = psql(owner, owner, QStringLiteral("CREATE DATABASE \"%1\"").arg(database)); !created.ok)
        return QStringLiteral("CREATE DATABASE: ") + created.err;
    for (const QString& role : roles) {
        if (const Output made = psql(owner, owner, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(role)); !made.ok)
            return QStringLiteral("CREATE ROLE: ") + made.err;
    }
    const QString locator = url(owner, database);
    if (const Result<QStringList> init = Database::setUpServer(locator); !init)
        return QStringLiteral("server init: ") + init.message();
    for (const QString& role : roles) {
        if (const Result<QString> added = Database::addServerUser(locator, role); !added)
            return QStringLiteral("server add-user: ") + added.message();
    }
    return {};
}

} // namespace jobdeck::test
