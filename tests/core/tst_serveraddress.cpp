// Server URIs (issue 16): what --db accepts as a PostgreSQL server, what Jobdeck shows of it (never a password)
// and what it hands to the driver.
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QSqlDatabase>
#include <QTest>

using namespace jobdeck;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void locatorsAreTellingFilesFromServers()
    {
        QVERIFY(Database::isServerLocator(QStringLiteral("postgresql://alice@db:5432/jobdeck")));
        QVERIFY(Database::isServerLocator(QStringLiteral("postgres://alice@db/jobdeck")));
        QVERIFY(!Database::isServerLocator(QStringLiteral("/home/alice/jobdeck.sqlite")));
        QVERIFY(!Database::isServerLocator(QStringLiteral("postgresql.sqlite")));
        QVERIFY(!Database::isServerLocator(QStringLiteral("./postgresql:/x")));
    }

    void displayKeepsEverythingButThePassword()
    {
        const Result<ServerAddress> address =
            ServerAddress::parse(QStringLiteral("postgres://alice:s3cret@db.example:6543/jobdeck?sslmode=require"));
        QVERIFY2(address, qPrintable(address.message()));
        QCOMPARE(address->display(), QStringLiteral("postgresql://alice@db.example:6543/jobdeck?sslmode=require"));
        QCOMPARE(address->user(), QStringLiteral("alice"));
        QVERIFY(!address->display().contains(QStringLiteral("s3cret")));
    }

    void aSocketFolderIsAQueryParameter()
    {
        const Result<ServerAddress> address =
            ServerAddress::parse(QStringLiteral("postgresql://bob@/jobdeck?host=/run/postgresql&port=5433"));
        QVERIFY2(address, qPrintable(address.message()));
        QCOMPARE(address->display(), QStringLiteral("postgresql://bob@:5433/jobdeck?host=/run/postgresql"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("address-test"));
        address->configure(db, QString());
        QCOMPARE(db.hostName(), QStringLiteral("/run/postgresql"));
        QCOMPARE(db.port(), 5433);
        QCOMPARE(db.databaseName(), QStringLiteral("jobdeck"));
        QCOMPARE(db.userName(), QStringLiteral("bob"));
        // No password given: libpq finds one (PGPASSWORD, ~/.pgpass, a service file) or asks for none.
        QVERIFY(db.password().isEmpty());
        QVERIFY(db.connectOptions().contains(QStringLiteral("connect_timeout=10")));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("address-test"));
    }

    void aGivenPasswordReachesTheDriverOnly()
    {
        const Result<ServerAddress> address = ServerAddress::parse(QStringLiteral("postgresql://carol@db/jobdeck"));
        QVERIFY(address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("password-test"));
        address->configure(db, QStringLiteral("from-keychain"));
        QCOMPARE(db.password(), QStringLiteral("from-keychain"));
        QVERIFY(!address->display().contains(QStringLiteral("from-keychain")));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("password-test"));
    }

    void anOptionThatCannotBePassedOnIsRefused()
    {
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://a@db/j?application_name=two%20words")));
        QVERIFY(!ServerAddress::parse(QStringLiteral("mysql://a@db/j")));
    }

    void anUnreachableServerIsAClearErrorNamingIt()
    {
        const Result<std::unique_ptr<Database>> opened =
            Database::open(QStringLiteral("postgresql://alice:pw@127.0.0.1:1/jobdeck"));
        QVERIFY(!opened);
        QVERIFY2(opened.message().contains(QStringLiteral("postgresql://alice@127.0.0.1:1/jobdeck")),
                 qPrintable(opened.message()));
        QVERIFY(!opened.message().contains(QStringLiteral(":pw@")));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
