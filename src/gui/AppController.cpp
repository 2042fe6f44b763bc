#include "AppController.h"

#include "MainWindow.h"
#include "Session.h"
#include "io/InstanceLock.h"
#include "reminders/ReminderCenter.h"
#include "storage/Database.h"
#include "util/Settings.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
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
    m_window->setWindowTitle(tr("%1 \u2014 Jobdeck").arg(QFileInfo(m_database->path()).fileName()));
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, &AppController::newDatabase);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, &AppController::openDatabase);
    m_reminders = std::make_unique<ReminderCenter>(*m_session, *m_window, QSystemTrayIcon::isSystemTrayAvailable());
    m_settings.addRecentFile(m_database->path());
    m_window->restoreLayout();
    m_window->show();
    m_reminders->start();
    return {};
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
