// jobdeck: the desktop app. Parses its options, opens the database and shows the main window (or renders
// one page into a PNG with --screenshot).
#include "AppController.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "Translations.h"
#include "dialogs/BackupActions.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jobdeck"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.jobdeck.Jobdeck"));
    QApplication::setOrganizationName(QStringLiteral("Jobdeck"));
    QApplication::setApplicationVersion(QStringLiteral(JOBDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A private, offline job-search tracker."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database file to open."),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Render the window into a PNG file and exit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "The page to show: board, list, analytics, match or reminders."),
        QApplication::translate("main", "page"), QStringLiteral("board"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main", "Window size for --screenshot."),
                                        QApplication::translate("main", "WxH"), QStringLiteral("1400x860"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample-data"),
        QApplication::translate("main", "Fill an empty database with a demo pipeline first."));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QApplication::translate("main", "Render --screenshot with a dark palette."));
    parser.addOptions({dbOption, screenshotOption, viewOption, sizeOption, sampleOption, darkOption});
    parser.process(app);

    const QString path = jobdeck::Database::resolvePath(parser.value(dbOption));
    if (parser.isSet(screenshotOption)) {
        // The system's language; a screenshot never reads the user's settings.
        jobdeck::installTranslations(app, QString());
        ScreenshotRequest request;
        request.databasePath = path;
        request.outputPath = parser.value(screenshotOption);
        request.view = parser.value(viewOption);
        request.sampleData = parser.isSet(sampleOption);
        request.dark = parser.isSet(darkOption);
        const QStringList size = parser.value(sizeOption).toLower().split(QLatin1Char('x'));
        bool wOk = false;
        bool hOk = false;
        request.size = size.size() == 2 ? QSize(size[0].toInt(&wOk), size[1].toInt(&hOk)) : QSize();
        if (!wOk || !hOk || request.size.width() < 320 || request.size.height() < 240
            || request.size.width() > 8000 || request.size.height() > 8000) {
            std::fprintf(stderr, "jobdeck: %s\n",
                         qPrintable(QApplication::translate("main", "--size wants WIDTHxHEIGHT, e.g. 1400x860.")));
            return 2;
        }
        return renderScreenshot(request);
    }

    jobdeck::Settings settings;
    jobdeck::installTranslations(app, settings.language());
    jobdeck::AppController controller(settings, jobdeck::SystemClock::instance());
    // Two Jobdecks on one file are safe (SQLite), so the file named at start opens even when another one has
    // it, and this one says who (issue 6). The controller holds the lock and moves it with File > Open.
    constexpr auto share = jobdeck::AppController::IfLocked::Share;
    jobdeck::Status opened = controller.open(path, share);
    // A damaged database: offer its newest sound backup, then open again (issue 6).
    if (!opened && jobdeck::BackupActions::offerRecovery(path, opened.message(), nullptr))
        opened = controller.open(path, share);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jobdeck"), opened.message());
        return 1;
    }
    if (const QString notice = controller.sharedNotice(); !notice.isEmpty())
        QMessageBox::information(controller.window(), QApplication::translate("main", "Jobdeck"), notice);
    if (parser.isSet(sampleOption) && controller.window())
        controller.window()->loadSampleData();
    return QApplication::exec();
}
