#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
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

ApplicationDraft draftFor(const QString& company, const QString& title)
{
    ApplicationDraft draft;
    draft.company = company;
    draft.title = title;
    return draft;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeRawSqlite(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace jobdeck
