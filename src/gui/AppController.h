#pragma once

#include "util/Result.h"

#include <QObject>

#include <memory>

namespace jobdeck {

namespace io {
class InstanceLock;
}

class ChangeFeed;
class Clock;
class PasswordStore;
class Database;
class MainWindow;
class ReminderCenter;
class Session;
class Settings;

// Owns what one open database needs (the database, its instance lock, its session, the window and its
// reminders) and swaps them when File > New or Open picks another file, keeping the current one if the new
// file cannot open or another Jobdeck has it.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(Settings& settings, const Clock& clock, QObject* parent = nullptr);
    ~AppController() override;

    // What open() does with a file another Jobdeck already has open.
    enum class IfLocked {
        Refuse, // a switch: the current database stays, untouched
        Share,  // the start: open it anyway, unlocked (SQLite keeps both safe); sharedNotice() says who has it
    };

    // Opens the file and shows a window on it; on failure nothing changes and the reason is returned. The
    // file's instance lock is taken before the current database closes and the old one released after.
    Status open(const QString& path, IfLocked ifLocked = IfLocked::Refuse);
    // The same for a file or a server: `locator` is a path or postgresql://USER@HOST:PORT/DB; `password`
    // (from the Connect dialog or the keychain) is for a server only, empty leaves it to libpq.
    Status open(const QString& locator, IfLocked ifLocked, const QString& password);
    // Opens a server given at start (--db, JOBDECK_DB, the last database) through the Connect dialog, which
    // reads the keychain and connects at once; true once it is open. "Use the local database" opens that
    // instead; Cancel leaves nothing open.
    bool openServerAtStart(const QString& locator);
    // The database file "Use the Local Database" opens: the newest recent file, else the default one.
    QString localPath() const;
    MainWindow* window() const { return m_window.get(); }
    Session* session() const { return m_session.get(); }
    // Tells the window about changes other devices or processes make (live refresh); null when closed.
    ChangeFeed* changeFeed() const { return m_feed.get(); }
    // Who else has the open database, when it was opened with IfLocked::Share and is held elsewhere; else empty.
    QString sharedNotice() const;
    // Where "try the sample data" keeps its own database: beside the default one, as jobdeck-sample.sqlite.
    QString samplePath() const;
    void setSamplePath(const QString& path) { m_samplePath = path; }
    // Where server passwords are remembered (the system keychain unless a test sets another store).
    void setPasswordStore(PasswordStore* store) { m_passwords = store; }
    PasswordStore& passwordStore() const { return *m_passwords; }
    bool isSampleOpen() const;

private:
    void newDatabase();
    void openDatabase(const QString& path);
    // Creates and fills the sample database the first time, then switches to it as File > Open does.
    void openSampleDatabase();
    void closeCurrent();
    void startChangeFeed();
    // File > Connect to Server and File > Use Local Database.
    void connectToServer();
    void useLocalDatabase();
    void showDatabaseName();

    Settings& m_settings;
    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    // The open database's lock; not held when the database is shared with another Jobdeck.
    std::unique_ptr<io::InstanceLock> m_lock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReminderCenter> m_reminders;
    std::unique_ptr<ChangeFeed> m_feed;
    QString m_samplePath;
    PasswordStore* m_keychain = nullptr; // owned (a QObject child)
    PasswordStore* m_passwords = nullptr;
};

} // namespace jobdeck
