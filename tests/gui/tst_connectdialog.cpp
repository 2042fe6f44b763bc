// File > Connect to Server: the login runs off the GUI thread (busy state, Cancel stops waiting), a failure
// names host:port/db, keeps everything typed and offers the local database; recent servers are remembered
// without their password; passwords go to the keychain only, and a box without a keychain says so clearly.
#include "PgCluster.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ConnectionSecrets.h"
#include "dialogs/ConnectionTarget.h"
#include "storage/Database.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jobdeck;
using jobdeck::test::PgCluster;

namespace {

// The keychain stand-in: answers on the next event-loop turn, as a real keychain would.
class MemoryPasswordStore final : public PasswordStore
{
public:
    QHash<QString, QString> entries;
    QString failWith; // every call fails with this, when set
    int writes = 0;
    int removes = 0;

    void read(const QString& key, QObject* context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [this, key, done] {
            done(failWith.isEmpty() ? Result<QString>(entries.value(key)) : Result<QString>(failure(failWith)));
        });
    }
    void write(const QString& key, const QString& password, QObject* context, Done done) override
    {
        ++writes;
        if (failWith.isEmpty())
            entries.insert(key, password);
        QTimer::singleShot(0, context, [this, done] { done(failWith.isEmpty() ? Status() : Status(failure(failWith))); });
    }
    void remove(const QString& key, QObject* context, Done done) override
    {
        ++removes;
        entries.remove(key);
        QTimer::singleShot(0, context, [done] { done(Status()); });
    }
};

template <typename T>
T* field(const ConnectDialog& dialog, const char* name)
{
    return dialog.findChild<T*>(QString::fromLatin1(name));
}

void fill(ConnectDialog& dialog, const QString& host, int port, const QString& database, const QString& user,
          const QString& password)
{
    field<QLineEdit>(dialog, "host")->setText(host);
    field<QSpinBox>(dialog, "port")->setValue(port);
    field<QLineEdit>(dialog, "database")->setText(database);
    field<QLineEdit>(dialog, "user")->setText(user);
    field<QLineEdit>(dialog, "password")->setText(password);
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_settingsCount = 0;
    std::unique_ptr<PgCluster> m_cluster;
    QString m_skip; // why the server tests skip, when they do

    QString settingsFile() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCount)); }
    // alice on the set-up database "jobdeck" of the throwaway cluster.
    ConnectionTarget alice() const
    {
        return *ConnectionTarget::fromLocator(m_cluster->url(QStringLiteral("alice"), QStringLiteral("jobdeck")));
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<PgCluster>();
        if (!m_cluster->skipReason().isEmpty()) {
            m_skip = m_cluster->skipReason();
            return;
        }
        QVERIFY2(m_cluster->available(), qPrintable(m_cluster->error()));
        const QString postgres = QStringLiteral("postgres");
        QVERIFY(m_cluster->psql(postgres, postgres, QStringLiteral("CREATE DATABASE jobdeck")).ok);
        QVERIFY(m_cluster->psql(postgres, postgres, QStringLiteral("CREATE DATABASE empty")).ok);
        QVERIFY(m_cluster->psql(postgres, postgres, QStringLiteral("CREATE ROLE alice LOGIN")).ok);
        const QString owner = m_cluster->url(postgres, QStringLiteral("jobdeck"));
        const Result<QStringList> init = Database::setUpServer(owner);
        QVERIFY2(init.ok(), qPrintable(init.message()));
        const Result<QString> added = Database::addServerUser(owner, QStringLiteral("alice"));
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void init() { QStandardPaths::setTestModeEnabled(true); }

    void locatorsRoundTripWithoutPasswords()
    {
        QVERIFY(ConnectionTarget::isServerLocator(QStringLiteral("postgresql://alice@db.example.org:5433/jobs")));
        QVERIFY(ConnectionTarget::isServerLocator(QStringLiteral("postgres://alice@db/jobs")));
        QVERIFY(!ConnectionTarget::isServerLocator(QStringLiteral("/home/alice/jobs.sqlite")));
        const std::optional<ConnectionTarget> target =
            ConnectionTarget::fromLocator(QStringLiteral("postgres://alice:secret@db.example.org:5433/jobs"));
        QVERIFY(target);
        QCOMPARE(target->host, QStringLiteral("db.example.org"));
        QCOMPARE(target->port, 5433);
        QCOMPARE(target->database, QStringLiteral("jobs"));
        QCOMPARE(target->user, QStringLiteral("alice"));
        QCOMPARE(target->locator(), QStringLiteral("postgresql://alice@db.example.org:5433/jobs"));
        QCOMPARE(target->keychainKey(), QStringLiteral("alice@db.example.org:5433/jobs"));
        QCOMPARE(target->displayName(), QStringLiteral("alice@db.example.org:5433/jobs"));
        QCOMPARE(ConnectionTarget::fromLocator(QStringLiteral("postgresql://bob@db/jobs"))->displayName(),
                 QStringLiteral("bob@db/jobs"));
        QCOMPARE(ConnectionTarget::fromLocator(QStringLiteral("postgresql://bob@db/jobs"))->port, 5432);
    }

    void theRecentServersLabelShowsOnlyWithRecentServers()
    {
        const QString file = settingsFile();
        MemoryPasswordStore passwords;
        {
            Settings settings(file);
            ConnectDialog dialog(settings, passwords, {});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!field<QListWidget>(dialog, "recentServers")->isVisible());
            QVERIFY(!field<QLabel>(dialog, "recentServersLabel")->isVisible());
            // No server is needed: the list shows what was used before, whether or not it answers now.
            settings.addRecentServer(QStringLiteral("postgresql://alice@db.example.org:5432/jobdeck"));
        }
        Settings settings(file);
        ConnectDialog dialog(settings, passwords, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(field<QListWidget>(dialog, "recentServers")->isVisible());
        QVERIFY(field<QLabel>(dialog, "recentServersLabel")->isVisible());
    }

    void aFailedConnectKeepsWhatWasTypedAndOffersTheLocalDatabase()
    {
        Settings settings(settingsFile());
        MemoryPasswordStore passwords;
        int opened = 0;
        ConnectDialog dialog(settings, passwords, [&opened](const ConnectionTarget&, const QString&) {
            ++opened;
            return Status();
        });
        dialog.show();
        // Port 1 on the loopback: nothing listens there.
        fill(dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("jobs"), QStringLiteral("alice"),
             QStringLiteral("typed secret"));
        QVERIFY(!field<QPushButton>(dialog, "useLocalButton")->isVisible());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        // The click returns at once: the login runs on a worker while the dialog shows it is busy.
        QVERIFY(clock.elapsed() < 500);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("127.0.0.1:1/jobs")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(opened, 0);
        QVERIFY(field<QPushButton>(dialog, "useLocalButton")->isVisible());
        QCOMPARE(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(field<QSpinBox>(dialog, "port")->value(), 1);
        QCOMPARE(field<QLineEdit>(dialog, "database")->text(), QStringLiteral("jobs"));
        QCOMPARE(field<QLineEdit>(dialog, "user")->text(), QStringLiteral("alice"));
        QCOMPARE(field<QLineEdit>(dialog, "password")->text(), QStringLiteral("typed secret"));
        QVERIFY(field<QLineEdit>(dialog, "host")->isEnabled());
        QVERIFY(settings.recentServers().isEmpty());
        QCOMPARE(passwords.writes, 0);

        QTest::mouseClick(field<QPushButton>(dialog, "useLocalButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(ConnectDialog::UseLocal));
    }

    void cancelStopsWaitingAndKeepsTheFields()
    {
        // A listener that accepts the TCP connection and never answers: libpq waits for the server's reply.
        QProcess silent;
        silent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        silent.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import socket,sys,time\n"
                                     "s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen(8)\n"
                                     "print(s.getsockname()[1]); sys.stdout.flush()\n"
                                     "time.sleep(120)\n")});
        if (!silent.waitForStarted(5000))
            QSKIP("python3 is not installed: no silent listener to wait on");
        QTRY_VERIFY_WITH_TIMEOUT(silent.canReadLine(), 10000);
        const int port = silent.readLine().trimmed().toInt();
        QVERIFY(port > 0);

        Settings settings(settingsFile());
        MemoryPasswordStore passwords;
        ConnectDialog dialog(settings, passwords, [](const ConnectionTarget&, const QString&) { return Status(); });
        dialog.show();
        fill(dialog, QStringLiteral("127.0.0.1"), port, QStringLiteral("jobs"), QStringLiteral("alice"),
             QStringLiteral("pw"));
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(dialog.isBusy()); // still waiting for the server, and the event loop runs meanwhile
        QTest::mouseClick(field<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible()); // Cancel while connecting stops the attempt, not the dialog
        QVERIFY(dialog.statusText().contains(QStringLiteral("127.0.0.1:%1/jobs").arg(port)));
        QCOMPARE(field<QLineEdit>(dialog, "password")->text(), QStringLiteral("pw"));
        QVERIFY(field<QPushButton>(dialog, "connectButton")->isEnabled());
        // A second Cancel closes it.
        QTest::mouseClick(field<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        silent.kill();
        silent.waitForFinished();
    }

    void aWorkingLoginIsRememberedWithoutItsPassword()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const QString file = settingsFile();
        MemoryPasswordStore passwords;
        ConnectionTarget openedTarget;
        QString openedPassword;
        const ConnectionTarget server = alice();
        {
            Settings settings(file);
            ConnectDialog dialog(settings, passwords, [&](const ConnectionTarget& target, const QString& password) {
                openedTarget = target;
                openedPassword = password;
                return Status();
            });
            dialog.show();
            // Trust authentication takes any password: this one stands for a real one.
            fill(dialog, server.host, server.port, server.database, server.user, QStringLiteral("s3cret-pw"));
            QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
            QVERIFY2(dialog.statusText().contains(QStringLiteral("works")), qPrintable(dialog.statusText()));
            QVERIFY(openedTarget.host.isEmpty()); // a test switches nothing

            field<QCheckBox>(dialog, "remember")->setChecked(true);
            QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(openedTarget, server);
            QCOMPARE(openedPassword, QStringLiteral("s3cret-pw"));
            QCOMPARE(settings.recentServers(), QStringList{server.locator()});
        }
        QCOMPARE(passwords.entries.value(server.keychainKey()), QStringLiteral("s3cret-pw"));
        // The settings file names the server and never its password.
        QFile ini(file);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains(QByteArray::number(server.port)));
        QVERIFY(!stored.contains("s3cret"));

        // The next time: the recent server is offered, picked, and its password comes from the keychain.
        Settings settings(file);
        ConnectDialog again(settings, passwords, {});
        auto* recent = field<QListWidget>(again, "recentServers");
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->text(), openedTarget.displayName());
        QCOMPARE(again.target(), openedTarget);
        QTRY_COMPARE(field<QLineEdit>(again, "password")->text(), QStringLiteral("s3cret-pw"));
        QVERIFY(field<QCheckBox>(again, "remember")->isChecked());

        // Connecting without "remember" forgets it again.
        field<QCheckBox>(again, "remember")->setChecked(false);
        again.show();
        QTest::mouseClick(field<QPushButton>(again, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!again.isVisible(), 15000);
        QVERIFY(!passwords.entries.contains(openedTarget.keychainKey()));
    }

    void connectNowWaitsForTheKeychainsPassword()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        Settings settings(settingsFile());
        MemoryPasswordStore passwords;
        passwords.entries.insert(alice().keychainKey(), QStringLiteral("from-keychain"));
        QString openedPassword;
        ConnectDialog dialog(settings, passwords, [&openedPassword](const ConnectionTarget&, const QString& password) {
            openedPassword = password;
            return Status();
        });
        dialog.show();
        // What a start on a server does: the target, then connect at once, before the keychain answered.
        dialog.setTarget(alice());
        dialog.connectNow();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(openedPassword, QStringLiteral("from-keychain"));
    }

    void aServerWithoutJobdecksSchemaSaysHowToSetItUp()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        Settings settings(settingsFile());
        MemoryPasswordStore passwords;
        ConnectDialog dialog(settings, passwords, [](const ConnectionTarget&, const QString&) { return Status(); });
        dialog.show();
        ConnectionTarget empty = alice();
        empty.database = QStringLiteral("empty");
        empty.user = QStringLiteral("postgres");
        fill(dialog, empty.host, empty.port, empty.database, empty.user, QString());
        QTest::mouseClick(field<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("server init")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(empty.address()));
        QVERIFY(field<QPushButton>(dialog, "useLocalButton")->isVisible());
    }

    void aKeychainThatFailsIsReportedAndConnectingStillWorks()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        Settings settings(settingsFile());
        MemoryPasswordStore passwords;
        passwords.failWith = QStringLiteral("No system keychain is available here (test).");
        const ConnectionTarget target = alice();
        int opened = 0;
        ConnectDialog dialog(settings, passwords, [&opened](const ConnectionTarget&, const QString&) {
            ++opened;
            return Status();
        });
        dialog.show();
        dialog.setTarget(target);
        QTRY_VERIFY(dialog.statusText().contains(QStringLiteral("No system keychain")));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Type the password")));
        field<QLineEdit>(dialog, "password")->setText(QStringLiteral("pw"));
        field<QCheckBox>(dialog, "remember")->setChecked(true);
        QTest::mouseClick(field<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(opened, 1);
        QVERIFY(dialog.keychainMessage().contains(QStringLiteral("No system keychain")));
    }

    void theRealKeychainAnswersEvenWithoutABackend()
    {
        // A headless test box has no Secret Service: QtKeychain must fail with our message, not hang, and a
        // desktop with a keychain must store and forget.
        KeychainPasswordStore store;
        QObject context;
        const QString key = QStringLiteral("jobdeck-test@127.0.0.1:1/none-%1").arg(QCoreApplication::applicationPid());
        std::optional<Status> written;
        store.write(key, QStringLiteral("pw"), &context, [&written](const Status& status) { written = status; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        if (written->ok()) {
            std::optional<Result<QString>> read;
            store.read(key, &context, [&read](const Result<QString>& r) { read = r; });
            QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
            QCOMPARE(read->value(), QStringLiteral("pw"));
            std::optional<Status> removed;
            store.remove(key, &context, [&removed](const Status& status) { removed = status; });
            QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
            QVERIFY(removed->ok());
            QSKIP("this machine has a working system keychain: the no-keychain message is not reachable here");
        }
        qInfo("keychain error as shown: %s", qPrintable(written->message()));
        QVERIFY(written->message().contains(QStringLiteral("could not save the password in the system keychain")));
        QVERIFY(written->message().contains(QStringLiteral("not remembered")));
        // The same failure on a read reaches the dialog as a status line, not a crash or a modal box.
        Settings settings(settingsFile());
        ConnectDialog dialog(settings, store, {});
        dialog.setTarget(*ConnectionTarget::fromLocator(QStringLiteral("postgresql://nobody@127.0.0.1:1/none")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("could not read a password")), 30000);
        QVERIFY(dialog.statusText().contains(QStringLiteral("Type the password")));
        QVERIFY(field<QLineEdit>(dialog, "password")->isEnabled());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
