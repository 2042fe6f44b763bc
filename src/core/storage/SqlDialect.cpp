#include "storage/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace jobdeck {

SqlDialect SqlDialect::of(const QSqlDatabase& db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite);
}

QString SqlDialect::fixedOrderJoin() const
{
    return isServer() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString SqlDialect::returningId() const
{
    return isServer() ? QStringLiteral(" RETURNING id") : QString();
}

qint64 SqlDialect::insertedId(QSqlQuery& query)
{
    if (query.isSelect() && query.next())
        return query.value(0).toLongLong();
    return query.lastInsertId().toLongLong();
}

QString SqlDialect::perUserKey(const QString& columns) const
{
    return isServer() ? QStringLiteral("owner, ") + columns : columns;
}

QString SqlDialect::medianAggregate(const QString& column) const
{
    return isServer() ? QStringLiteral("percentile_cont(0.5) WITHIN GROUP (ORDER BY %1)").arg(column) : QString();
}

} // namespace jobdeck
