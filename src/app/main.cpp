// jobdeck: the desktop app. Parses its options, opens the database and shows the main window (or renders
// one page into a PNG with --screenshot).
#include "AppController.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "Translations.h"
#include "dialogs/ConnectionTarget.h"
#include "dialogs/BackupActions.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

namespace {

// Qt's own GUI options, which QApplication takes out of argv (the man page promises them). The first parse runs
// under a QCoreApplication, which leaves them in; it skips them so that they are not taken for unknown options.
QStringList withoutQtGuiOptions(const QStringList& arguments)
{
    static const QStringList withValue{
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),   QStringLiteral("qwindowgeometry"),    QStringLiteral("qwindowtitle"),
        QStringLiteral("qwindowicon"), QStringLiteral("geometry"),        QStringLiteral("title"),
        QStringLiteral("icon"),     QStringLiteral("display"),            QStringLiteral("session"),
        QStringLiteral("style"),    QStringLiteral("stylesheet")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("--")) {
            kept << argument;
            continue;
        }
        // Qt reads -name and --name alike; -style=fusion carries its value.
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const bool inlineValue = name.contains(QLatin1Char('='));
        name = name.section(QLatin1Char('='), 0, 0);
        if (withValue.contains(name)) {
            if (!inlineValue)
                ++i;
        } else if (!flags.contains(name)) {
            kept << argument;
        }
    }
    return kept;
}

// True when a QApplication is likely to find a display, so --help-all can list Qt's GUI options too.
bool displayLikely(const QStringList& arguments)
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || arguments.contains(QStringLiteral("-platform"))
        || arguments.contains(QStringLiteral("--platform"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Jobdeck"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.jobdeck.Jobdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jobdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A private, offline job-search tracker."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "The database to open: a file, or a server as "
                                                                                "postgresql://USER@HOST:PORT/DBNAME."),
                                      QCoreApplication::translate("main", "path|uri"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window into a PNG file and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "The page to show: board, list, analytics, match or reminders."),
        QCoreApplication::translate("main", "page"), QStringLiteral("board"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size for --screenshot."),
                                        QCoreApplication::translate("main", "WxH"), QStringLiteral("1400x860"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample-data"),
        QCoreApplication::translate("main", "Fill an empty database with a demo pipeline first."));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QCoreApplication::translate("main", "Render --screenshot with a dark palette."));
    parser.addOptions({dbOption, screenshotOption, viewOption, sizeOption, sampleOption, darkOption});

    // --help, --version and a wrong option are answered before the QApplication exists: it needs a display
    // (without one it aborts with the platform plugin error), they do not (issue 11).
    {
        const QCoreApplication probe(argc, argv);
        const QStringList all = QCoreApplication::arguments();
        const QStringList arguments = withoutQtGuiOptions(all);
        if (!parser.parse(arguments)) {
            std::fprintf(stderr, "jobdeck: %s\n", qPrintable(parser.errorText()));
            return 2;
        }
        const bool helpAll = parser.isSet(QStringLiteral("help-all"));
        if (parser.isSet(helpOption) || parser.isSet(versionOption) || (helpAll && !displayLikely(all)))
            parser.process(arguments); // prints and exits 0
    }

    QApplication app(argc, argv);
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
    // --db, then JOBDECK_DB, then the database used last (a file or a server), then the default file.
    const QString named = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("JOBDECK_DB");
    const QString locator = !named.isEmpty() ? named : settings.lastDatabase();
    if (jobdeck::ConnectionTarget::isServerLocator(locator)) {
        // A server is opened through the Connect dialog: the keychain's password, progress while the login runs
        // off the GUI thread, and the local database offered when the server cannot be reached.
        if (!controller.openServerAtStart(locator))
            return controller.window() ? QApplication::exec() : 1;
        if (parser.isSet(sampleOption) && controller.window())
            controller.window()->loadSampleData();
        return QApplication::exec();
    }
    const QString file = named.isEmpty() && !locator.isEmpty() ? locator : path;
    // Two Jobdecks on one file are safe (SQLite), so the file named at start opens even when another one has
    // it, and this one says who (issue 6). The controller holds the lock and moves it with File > Open.
    constexpr auto share = jobdeck::AppController::IfLocked::Share;
    jobdeck::Status opened = controller.open(file, share);
    // A damaged database: offer its newest sound backup, then open again (issue 6).
    if (!opened && jobdeck::BackupActions::offerRecovery(file, opened.message(), nullptr))
        opened = controller.open(file, share);
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
