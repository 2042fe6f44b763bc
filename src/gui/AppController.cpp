#include "AppController.h"

#include "MainWindow.h"
#include "Session.h"
#include "io/InstanceLock.h"
#include "pipeline/PipelineService.h"
#include "pipeline/SampleData.h"
#include "reminders/ReminderCenter.h"
#include "pipeline/ReminderNotifier.h"
#include "storage/ApplicationRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "util/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace jobdeck {

AppController::AppController(Settings& settings, const Clock& clock, QObject* parent)
    : QObject(parent), m_settings(settings), m_clock(clock)
{
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

Status AppController::open(const QString& path, IfLocked ifLocked)
{
    // Reopening the current file keeps the lock it already has; a new lock object on it would find it taken.
    const bool sameFile = m_database && QFileInfo(path) == QFileInfo(m_database->path());
    // The new file's lock comes first, so a refusal (or a file that does not open, which drops it again)
    // leaves the current database and its lock as they were.
    std::unique_ptr<io::InstanceLock> lock;
    if (!sameFile) {
        lock = std::make_unique<io::InstanceLock>(path);
        if (!lock->tryLock() && lock->isHeldElsewhere() && ifLocked == IfLocked::Refuse)
            return failure(lock->refusal());
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return opened.error();
    closeCurrent();
    // The old database is closed by now, so its lock goes only after nothing uses the file.
    if (!sameFile)
        m_lock = std::move(lock);
    m_database = std::move(opened).value();
    m_session = std::make_unique<Session>(*m_database, m_clock);
    m_window = std::make_unique<MainWindow>(*m_session, m_settings);
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, &AppController::newDatabase);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, &AppController::openDatabase);
    connect(m_window.get(), &MainWindow::sampleDatabaseRequested, this, &AppController::openSampleDatabase);
    if (isSampleOpen()) {
        // Nobody should mistake the demo for their own pipeline, nor wonder how to get back to it.
        m_window->setWindowTitle(tr("Sample Data (not yours) \u2014 Jobdeck"));
        m_window->statusBar()->showMessage(
            tr("This is the sample database. File > Open Recent brings back your own."));
    } else {
        m_window->setWindowTitle(tr("%1 \u2014 Jobdeck").arg(QFileInfo(m_database->path()).fileName()));
    }
    m_reminders = std::make_unique<ReminderCenter>(*m_session, *m_window, QSystemTrayIcon::isSystemTrayAvailable());
    m_settings.addRecentFile(m_database->path());
    m_window->restoreLayout();
    m_window->show();
    m_reminders->start();
    startChangeFeed();
    return {};
}

void AppController::startChangeFeed()
{
    // A move made by the CLI or another device shows here within a second: the rows that changed are read
    // again (selection and the current card stay), and reminders due elsewhere are looked at now.
    m_feed = std::make_unique<ChangeFeed>(*m_database);
    connect(m_feed.get(), &ChangeFeed::changed, m_session.get(), &Session::syncWithStore);
    connect(m_feed.get(), &ChangeFeed::changed, &m_reminders->notifier(), &ReminderNotifier::checkNow);
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
    return m_database && QFileInfo(m_database->path()) == QFileInfo(samplePath());
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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window.get(), tr("New Jobdeck database"), folder,
                                                      tr("Jobdeck databases (*.sqlite)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void AppController::openDatabase(const QString& path)
{
    if (m_database && QFileInfo(path) == QFileInfo(m_database->path()))
        return;
    // Deferred: this slot runs inside the old window's menu, which open() destroys.
    QMetaObject::invokeMethod(this, [this, path] {
        if (const Status opened = open(path); !opened)
            QMessageBox::warning(m_window.get(), tr("Open database"), opened.message());
    }, Qt::QueuedConnection);
}

} // namespace jobdeck
