#include "dialogs/ConnectionProbe.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

namespace jobdeck {

QFuture<Status> ConnectionProbe::start(const ConnectionTarget& target, const QString& password, int timeoutSecs)
{
    return QtConcurrent::run([target, password, timeoutSecs] { return run(target, password, timeoutSecs); });
}

Status ConnectionProbe::run(const ConnectionTarget& target, const QString& password, int timeoutSecs)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failure(tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian it is in libqt6sql6-psql."));
    static QAtomicInt counter;
    const QString name = QStringLiteral("jobdeck-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        // Empty: libpq looks in PGPASSWORD, ~/.pgpass and the service file, as for the CLI.
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=%1").arg(qMax(2, timeoutSecs)));
        if (!db.open())
            reason = db.lastError().databaseText().trimmed();
        if (reason.isEmpty() && !db.isOpen())
            reason = db.lastError().text().trimmed();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!reason.isEmpty())
        return failure(tr("Cannot connect to %1 as %2: %3").arg(target.address(), target.user, reason));
    return {};
}

} // namespace jobdeck
