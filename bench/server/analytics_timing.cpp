// Times AnalyticsService::report on an open database, a file or a server (bench/server/run.sh): the open is not
// timed (a file's open may run SQLite's full integrity check, a server connects), only the four figures.
//   bench_server_analytics DB [AS_OF_ISO [FROM_DATE]]   prints the best of 7 runs in ms, after one warm-up run
#include "analytics/AnalyticsService.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace jobdeck;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << "usage: bench_server_analytics DB [AS_OF_ISO [FROM_DATE]]\n";
        return 2;
    }
    Result<std::unique_ptr<Database>> db = Database::open(args.at(0));
    if (!db) {
        err << db.message() << '\n';
        return 1;
    }
    AnalyticsWindow window;
    window.asOf = args.size() > 1 ? time::parseIso(args.at(1)).value_or(QDateTime::currentDateTimeUtc())
                                  : QDateTime::currentDateTimeUtc();
    if (args.size() > 2)
        window.from = QDate::fromString(args.at(2), Qt::ISODate);
    const AnalyticsService analytics(*db.value());
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 8; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<AnalyticsReport> report = analytics.report(window);
        const qint64 ms = timer.elapsed();
        if (!report) {
            err << report.message() << '\n';
            return 1;
        }
        if (run > 0)
            best = std::min(best, ms);
    }
    QTextStream(stdout) << best << '\n';
    return 0;
}
