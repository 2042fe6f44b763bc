#include "TestDatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {

TestDatabase::TestDatabase()
{
    auto opened = Database::open(path());
    if (opened)
        m_database = std::move(opened).value();
    else
        qWarning("cannot open the test database: %s", qPrintable(opened.message()));
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace jobdeck
