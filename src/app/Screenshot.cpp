#include "Screenshot.h"

#include "MainWindow.h"
#include "Session.h"
#include "Theme.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ConnectionSecrets.h"
#include "dialogs/ConnectionTarget.h"
#include "matching/MatchPage.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QDeadlineTimer>
#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "jobdeck: %s\n", qPrintable(message));
    return 1;
}

} // namespace

namespace {

// The Connect dialog's keychain in a picture: never asked (the throwaway settings name no recent server), and
// a render must not wake the desktop's keychain.
class NoPasswords final : public jobdeck::PasswordStore
{
public:
    void read(const QString&, QObject*, ReadDone) override {}
    void write(const QString&, const QString&, QObject*, Done) override {}
    void remove(const QString&, QObject*, Done) override {}
};

// The reference dark palette, as a desktop in dark mode hands it to Qt.
void useDarkPalette()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(jobdeck::theme::darkPalette());
}

} // namespace

int renderScreenshot(const ScreenshotRequest& request)
{
    using namespace jobdeck;
    if (request.dark)
        useDarkPalette();
    auto database = Database::open(request.databasePath);
    if (!database)
        return fail(database.message());
    // A throwaway settings file: a screenshot must neither read nor change the user's window layout.
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    Session session(*database.value(), SystemClock::instance());
    if (request.sampleData) {
        const Result<qint64> count = ApplicationRepository(*database.value()).count(true);
        if (count && *count == 0) {
            if (const Result<int> loaded = session.loadSampleData(60); !loaded)
                return fail(loaded.message());
        }
    }
    MainWindow window(session, settings);
    // Show the details of the application furthest along, as a person would have selected it.
    const ApplicationTableModel& table = session.applications();
    int best = -1;
    for (int row = 0; row < table.rowCount(); ++row) {
        const Stage stage = table.rowAt(row).stage;
        if (!stages::isEnd(stage) && stage != Stage::Accepted && (best < 0 || stages::rank(stage) > stages::rank(table.rowAt(best).stage)))
            best = row;
    }
    if (best >= 0)
        session.setCurrentApplicationId(table.idAt(best));
    // "connect" is File > Connect to Server's dialog, over the board.
    const bool connectDialog = request.view == QLatin1String("connect");
    if (!window.showPage(connectDialog ? QStringLiteral("board") : request.view))
        return fail(QApplication::translate("main", "Unknown view '%1'; the views are: %2.")
                        .arg(request.view, (window.pageIds() << QStringLiteral("connect")).join(QStringLiteral(", "))));
    window.resize(request.size);
    window.show();
    // Pages that compute off the GUI thread (analytics, match) finish before the picture is taken.
    const QDeadlineTimer deadline(60000);
    const auto waitIdle = [&window, &deadline] {
        do {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
            if (!window.isBusy())
                break;
            QThread::msleep(10);
        } while (!deadline.hasExpired());
        QApplication::processEvents();
    };
    waitIdle();
    // The match view shows the ranking as well as the selected application's fit.
    if (auto* match = qobject_cast<MatchPage*>(window.page(QStringLiteral("match")));
        match && request.view == QStringLiteral("match")) {
        match->rankApplications();
        waitIdle();
        // Show the fit of the best-ranked open application, as a person would look at it first.
        const ApplicationTableModel& ranked = session.applications();
        int top = -1;
        for (int row = 0; row < ranked.rowCount(); ++row) {
            const ApplicationTableModel::Row& r = ranked.rowAt(row);
            if (!stages::isEnd(r.stage) && r.stage != Stage::Accepted && r.matchScore
                && (top < 0 || *r.matchScore > ranked.rowAt(top).matchScore.value_or(-1)))
                top = row;
        }
        if (top >= 0) {
            session.setCurrentApplicationId(ranked.idAt(top));
            match->scoreNow();
            waitIdle();
        }
    }
    if (window.size() != request.size)
        std::fprintf(stderr, "jobdeck: %s\n",
                     qPrintable(QApplication::translate("main", "The window needs at least %1x%2; the picture is that size.")
                                    .arg(window.width())
                                    .arg(window.height())));
    // Item views lay their items out again a moment after a resize (the board's cards follow the width).
    const QDeadlineTimer settle(300);
    while (!settle.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    // A board column of thousands of cards places them in batches, and draws none until the last is placed.
    waitIdle();
    if (window.isBusy())
        return fail(QApplication::translate("main", "The %1 view did not finish in time.").arg(request.view));
    if (connectDialog) {
        NoPasswords passwords;
        ConnectDialog dialog(settings, passwords, [](const ConnectionTarget&, const QString&) { return Status(); },
                             &window);
        dialog.show();
        const QDeadlineTimer shown(300);
        while (!shown.hasExpired()) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
        if (!dialog.grab().save(request.outputPath, "PNG"))
            return fail(QApplication::translate("main", "Cannot write the screenshot to '%1'.").arg(request.outputPath));
        return 0;
    }
    const QPixmap picture = window.grab();
    if (!picture.save(request.outputPath, "PNG"))
        return fail(QApplication::translate("main", "Cannot write the screenshot to '%1'.").arg(request.outputPath));
    return 0;
}
