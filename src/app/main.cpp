// jobdeck: the desktop app. Parses its options, opens the database and shows the main window.
#include "MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jobdeck"));
    QApplication::setOrganizationName(QStringLiteral("Jobdeck"));
    QApplication::setApplicationVersion(QStringLiteral(JOBDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A private, offline job-search tracker."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database file to open."),
                                      QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.process(app);

    auto database = jobdeck::Database::open(jobdeck::Database::resolvePath(parser.value(dbOption)));
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jobdeck"), database.message());
        return 1;
    }
    jobdeck::MainWindow window(*database.value());
    window.show();
    return QApplication::exec();
}
