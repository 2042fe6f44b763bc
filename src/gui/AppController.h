#pragma once

#include "util/Result.h"

#include <QObject>

#include <memory>

namespace jobdeck {

class Clock;
class Database;
class MainWindow;
class ReminderCenter;
class Session;
class Settings;

// Owns what one open database needs (the database, its session, the window and its reminders) and swaps
// them when File > New or Open picks another file, keeping the current one if the new file cannot open.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(Settings& settings, const Clock& clock, QObject* parent = nullptr);
    ~AppController() override;

    // Opens the file and shows a window on it; on failure nothing changes and the reason is returned.
    Status open(const QString& path);
    MainWindow* window() const { return m_window.get(); }
    Session* session() const { return m_session.get(); }

private:
    void newDatabase();
    void openDatabase(const QString& path);
    void closeCurrent();

    Settings& m_settings;
    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReminderCenter> m_reminders;
};

} // namespace jobdeck
