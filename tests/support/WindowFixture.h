#pragma once

#include "AppController.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "Session.h"
#include "TestDatabase.h"
#include "pipeline/Stage.h"
#include "util/Settings.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace jobdeck {

// The real main window over a fresh database, a mock clock and a throwaway settings file: what a GUI test
// drives. Not shown; tests that need it on screen show it.
struct WindowFixture
{
    // Writes test data straight to the database and may set the clock, before the session and the window
    // exist: what a window opened on a file that already holds data sees.
    using Seed = std::function<void(Database& db, MockClock& clock)>;

    WindowFixture();
    explicit WindowFixture(const Seed& seed);
    ~WindowFixture();

    // Test data, added as an import would (no undo step) and made current as the New dialog does.
    qint64 add(const QString& company, const QString& title = QStringLiteral("Engineer"),
               const QString& notes = {}, Stage initial = Stage::Applied);
    // The text of the window's action with this object name, or an empty string.
    QString actionText(const char* objectName) const;

    TestDatabase test;
    MockClock clock;
    QTemporaryDir settingsDir;
    Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
};

// Hands the next modal widget the app shows to `handle` (polled every 20 ms, since the modal runs its own
// event loop) until `handle` says it dealt with it by returning true.
void handleNextModal(const std::function<bool(QWidget* modal)>& handle);

// The real AppController (the app's owner of the session and window) in a temporary folder with a mock clock
// and a throwaway settings file: what the tests of opening and switching databases drive.
struct ControllerFixture
{
    ControllerFixture() = default;
    // With the clock at `now` (the live-refresh tests want real time).
    explicit ControllerFixture(const QDateTime& now) : clock(now) {}

    // A path in the fixture's folder (nothing is created there).
    QString file(const QString& name) const { return dir.filePath(name); }
    // Asks to switch the way File > Open does (the window emits, the controller switches once the menu has
    // returned) and waits up to five seconds for that database to be the session's.
    bool switchThroughWindow(const QString& path);

    QTemporaryDir dir;
    MockClock clock;
    Settings settings{dir.filePath(QStringLiteral("s.ini"))};
    AppController controller{settings, clock};
};

} // namespace jobdeck
