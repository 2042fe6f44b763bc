#include "AppController.h"

#include "FileDialogs.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ConnectionSecrets.h"
#include "dialogs/ConnectionTarget.h"
#include "io/InstanceLock.h"
#include "pipeline/PipelineService.h"
#include "pipeline/SampleData.h"
#include "reminders/ReminderCenter.h"
#include "pipeline/ReminderNotifier.h"
#include "storage/ApplicationRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace jobdeck {

AppController::AppController(Settings& settings, const Clock& clock, QObject* parent)
    : QObject(parent), m_settings(settings), m_clock(clock), m_keychain(new KeychainPasswordStore(this))
{
    m_passwords = m_keychain;
}

AppController::~AppController()
{
    closeCurrent();
    m_lock.reset();
}

void AppController::closeCurrent()
{
    // Window and reminders first: they refer to the session, which refers to the database.
    if (m_window)
        m_window->saveLayout();
    m_feed.reset();
    m_reminders.reset();
    m_window.reset();
    m_session.reset();
    m_database.reset();
}

Status AppController::open(const QString& path, IfLocked ifLocked) { return open(path, ifLocked, QString()); }

Status AppController::open(const QString& locator, IfLocked ifLocked, const QString& password)
{
    const bool server = ConnectionTarget::isServerLocator(locator);
    // Reopening the current file keeps the lock it already has; a new lock object on it would find it taken.
    const bool sameFile = m_database && !server && QFileInfo(locator) == QFileInfo(m_database->path());
    // The new file's lock comes first, so a refusal (or a file that does not open, which drops it again)
    // leaves the current database and its lock as they were. A server needs none: it serialises writers.
    std::unique_ptr<io::InstanceLock> lock;
    if (!sameFile && !server) {
        lock = std::make_unique<io::InstanceLock>(locator);
        if (!lock->tryLock() && lock->isHeldElsewhere() && ifLocked == IfLocked::Refuse)
            return failure(lock->refusal());
    }
    Result<std::unique_ptr<Database>> opened = Database::open(locator, password);
    if (!opened)
        return opened.error();
    closeCurrent();
    // The old database is closed by now, so its lock goes only after nothing uses the file.
    if (!sameFile)
        m_lock = std::move(lock);
    m_database = std::move(opened).value();
    // Holding the file's lock, the app tells the CLI beside it that the file was checked as it opened.
    if (m_lock && m_lock->isLocked())
        m_database->declareHeld(QCoreApplication::applicationPid());
    m_session = std::make_unique<Session>(*m_database, m_clock);
    m_window = std::make_unique<MainWindow>(*m_session, m_settings);
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, &AppController::newDatabase);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, &AppController::openDatabase);
    connect(m_window.get(), &MainWindow::sampleDatabaseRequested, this, &AppController::openSampleDatabase);
    // Queued: both run inside the old window's menu, which a switch destroys.
    connect(m_window.get(), &MainWindow::connectToServerRequested, this, &AppController::connectToServer,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::useLocalDatabaseRequested, this, &AppController::useLocalDatabase,
            Qt::QueuedConnection);
    showDatabaseName();
    m_reminders = std::make_unique<ReminderCenter>(*m_session, *m_window, QSystemTrayIcon::isSystemTrayAvailable());
    // The database's own path: a server's URI without any password it was given in.
    if (server)
        m_settings.addRecentServer(m_database->path());
    else
        m_settings.addRecentFile(m_database->path());
    // The next start opens what was used last; the demo is never mistaken for it.
    if (!isSampleOpen())
        m_settings.setLastDatabase(m_database->path());
    m_settings.sync();
    m_window->restoreLayout();
    m_window->show();
    m_reminders->start();
    startChangeFeed();
    return {};
}

void AppController::showDatabaseName()
{
    if (isSampleOpen()) {
        // Nobody should mistake the demo for their own pipeline, nor wonder how to get back to it.
        m_window->setWindowTitle(tr("Sample Data (not yours) \u2014 Jobdeck"));
        m_window->statusBar()->showMessage(
            tr("This is the sample database. File > Open Recent brings back your own."));
        return;
    }
    if (const std::optional<ConnectionTarget> server = ConnectionTarget::fromLocator(m_database->path())) {
        // On a server the title says whose pipeline on which server: user@host/db.
        m_window->setWindowTitle(tr("%1 \u2014 Jobdeck").arg(server->displayName()));
        m_window->setDatabaseLabel(tr("Server: %1").arg(server->displayName()), server->locator());
        return;
    }
    m_window->setWindowTitle(tr("%1 \u2014 Jobdeck").arg(QFileInfo(m_database->path()).fileName()));
}

QString AppController::localPath() const
{
    for (const QString& file : m_settings.recentFiles()) {
        if (QFileInfo(file) != QFileInfo(samplePath()) && QFileInfo::exists(file))
            return file;
    }
    return Database::defaultPath();
}

void AppController::connectToServer()
{
    // Parentless: a successful connect replaces the window the dialog would otherwise belong to.
    ConnectDialog dialog(m_settings, *m_passwords,
                         [this](const ConnectionTarget& target, const QString& password) {
                             return open(target.locator(), IfLocked::Refuse, password);
                         });
    dialog.setWindowModality(Qt::ApplicationModal);
    if (m_database) {
        if (const std::optional<ConnectionTarget> current = ConnectionTarget::fromLocator(m_database->path()))
            dialog.setTarget(*current);
    }
    const int outcome = dialog.exec();
    if (outcome == ConnectDialog::UseLocal)
        useLocalDatabase();
    else if (outcome == QDialog::Accepted && !dialog.keychainMessage().isEmpty() && m_window)
        m_window->statusBar()->showMessage(dialog.keychainMessage(), 15000);
}

bool AppController::openServerAtStart(const QString& locator)
{
    ConnectDialog dialog(m_settings, *m_passwords,
                         [this](const ConnectionTarget& target, const QString& password) {
                             return open(target.locator(), IfLocked::Share, password);
                         });
    const std::optional<ConnectionTarget> target = ConnectionTarget::fromLocator(locator);
    if (!target) {
        // A URI the dialog cannot show as fields (a socket folder in ?host=, a service name): libpq reads it
        // as it is, with its own password sources.
        const Status opened = open(locator, IfLocked::Share, QString());
        if (!opened)
            QMessageBox::critical(nullptr, tr("Connect to Server"), opened.message());
        return opened.ok();
    }
    dialog.setTarget(*target);
    // Once the window is up: connectNow() waits for the keychain's answer if it has not come yet.
    QMetaObject::invokeMethod(&dialog, &ConnectDialog::connectNow, Qt::QueuedConnection);
    const int outcome = dialog.exec();
    if (outcome == ConnectDialog::UseLocal) {
        const Status opened = open(localPath(), IfLocked::Share);
        if (!opened)
            QMessageBox::critical(nullptr, tr("Use the local database"), opened.message());
        return opened.ok();
    }
    if (outcome == QDialog::Accepted && !dialog.keychainMessage().isEmpty() && m_window)
        m_window->statusBar()->showMessage(dialog.keychainMessage(), 15000);
    return outcome == QDialog::Accepted && m_database;
}

void AppController::useLocalDatabase()
{
    const QString path = localPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!m_database) {
        if (const Status opened = open(path, IfLocked::Share); !opened)
            QMessageBox::warning(nullptr, tr("Use the local database"), opened.message());
        return;
    }
    openDatabase(path);
}

void AppController::startChangeFeed()
{
    // A move made by the CLI or another device shows here within a second: the rows that changed are read
    // again (selection and the current card stay), and reminders due elsewhere are looked at now.
    m_feed = std::make_unique<ChangeFeed>(*m_database);
    connect(m_feed.get(), &ChangeFeed::changed, m_session.get(), &Session::syncWithStore);
    connect(m_feed.get(), &ChangeFeed::changed, &m_reminders->notifier(), &ReminderNotifier::checkNow);
    // A server restart or a dropped network: say so until the feed is subscribed again (it then re-reads
    // every page by itself).
    connect(m_feed.get(), &ChangeFeed::stateChanged, this, [this](ChangeFeed::State state) {
        if (state == ChangeFeed::State::Reconnecting)
            m_window->statusBar()->showMessage(tr("Reconnecting to server\u2026"));
        else
            m_window->statusBar()->showMessage(tr("Live refresh is back"), 5000);
    });
    if (const Status started = m_feed->start(); !started)
        m_window->statusBar()->showMessage(started.message(), 10000);
}

QString AppController::samplePath() const
{
    if (!m_samplePath.isEmpty())
        return m_samplePath;
    return QFileInfo(Database::defaultPath()).dir().filePath(QStringLiteral("jobdeck-sample.sqlite"));
}

bool AppController::isSampleOpen() const
{
    return m_database && !ConnectionTarget::isServerLocator(m_database->path())
        && QFileInfo(m_database->path()) == QFileInfo(samplePath());
}

void AppController::openSampleDatabase()
{
    const QString path = samplePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        // Filled once; later visits find the sample as it was left.
        Result<std::unique_ptr<Database>> sample = Database::open(path);
        if (!sample) {
            QMessageBox::warning(m_window.get(), tr("Sample data"), sample.message());
            return;
        }
        const Result<qint64> count = ApplicationRepository(*sample.value()).count(true);
        if (count && *count == 0) {
            PipelineService pipeline(*sample.value(), m_clock);
            if (const Result<int> loaded = SampleData::load(pipeline, *sample.value()); !loaded) {
                QMessageBox::warning(m_window.get(), tr("Sample data"), loaded.message());
                return;
            }
        }
    }
    openDatabase(path);
}

QString AppController::sharedNotice() const
{
    if (!m_lock || m_lock->isLocked() || !m_lock->isHeldElsewhere())
        return {};
    return m_lock->message();
}

void AppController::newDatabase()
{
    const QString path = filedialogs::saveFile(m_window.get(), filedialogs::Kind::Database, tr("New Jobdeck database"),
                                               QString(), tr("Jobdeck databases (*.sqlite)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void AppController::openDatabase(const QString& path)
{
    if (m_database && !ConnectionTarget::isServerLocator(m_database->path())
        && QFileInfo(path) == QFileInfo(m_database->path()))
        return;
    // Deferred: this slot runs inside the old window's menu, which open() destroys.
    QMetaObject::invokeMethod(this, [this, path] {
        if (const Status opened = open(path); !opened)
            QMessageBox::warning(m_window.get(), tr("Open database"), opened.message());
    }, Qt::QueuedConnection);
}

} // namespace jobdeck
