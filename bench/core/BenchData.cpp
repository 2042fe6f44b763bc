#include "BenchData.h"

#include "pipeline/Stage.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

namespace jobdeck::bench {

QString syntheticDatabase(int applications, int events, const QDate& firstApplied, int spanDays)
{
    const bool usual = firstApplied == QDate(2025, 1, 6) && spanDays == 330;
    const QString name = usual ? QStringLiteral("jobdeck-bench-%1-%2.sqlite").arg(applications).arg(events)
                               : QStringLiteral("jobdeck-bench-%1-%2-%3-%4.sqlite")
                                     .arg(applications)
                                     .arg(events)
                                     .arg(firstApplied.toString(Qt::ISODate))
                                     .arg(spanDays);
    const QString path = QDir::temp().filePath(name);
    if (QFile::exists(path)) {
        auto db = Database::open(path);
        if (db) {
            QSqlQuery q(db.value()->connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM applications")) && q.next() && q.value(0).toInt() == applications)
                return path;
        }
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    std::fprintf(stderr, "generating %s ...\n", qPrintable(path));
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(opened.message()));
    const Database& db = *opened.value();

    QRandomGenerator random(42);
    const QStringList sources{QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QStringLiteral("Company site"),
                              QStringLiteral("Recruiter"), QString(), QStringLiteral("Indeed"), QStringLiteral("Wellfound")};
    const double eventsPerApp = double(events) / double(applications);
    const QDateTime start(firstApplied, QTime(9, 0), Qt::UTC);
    // Generated progress stops an hour ago: a database of recent applications has no event from the future.
    const QDateTime latest = QDateTime::currentDateTimeUtc().addSecs(-3600);

    const Status written = db.transaction([&]() -> Status {
        // Events are written before their application row; the keys are checked at commit.
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        QSqlQuery app(db.connection());
        app.prepare(QStringLiteral(
            "INSERT INTO applications (id, company, title, source, applied_on, stage, stage_entered_at, furthest_rank, "
            "created_at, updated_at, notes, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery event(db.connection());
        event.prepare(QStringLiteral("INSERT INTO stage_events (application_id, previous, current, current_rank, at, "
                                     "stay_seconds) VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery task(db.connection());
        task.prepare(QStringLiteral("INSERT INTO follow_up_tasks (application_id, type, title, due_at, created_at) "
                                    "VALUES (?, 'follow_up', 'Follow up', ?, ?)"));
        for (int id = 1; id <= applications; ++id) {
            QDateTime at = std::min(start.addSecs(qint64(random.bounded(spanDays * 24)) * 3600), latest);
            const QDate applied = at.date();
            // Progress through the pipeline, then maybe an end stage; events per app average eventsPerApp.
            const int target = std::max(1, int(eventsPerApp * (0.5 + random.generateDouble())));
            QList<Stage> path{Stage::Applied};
            for (int s = int(Stage::Screen); int(path.size()) < target && s <= int(Stage::Accepted); ++s)
                path.append(static_cast<Stage>(s));
            if (int(path.size()) < target + 1 && path.last() != Stage::Accepted)
                path.append(static_cast<Stage>(int(Stage::Rejected) + random.bounded(3)));
            int furthest = 0;
            std::optional<Stage> previous;
            QDateTime enteredAt = at;
            for (Stage stage : path) {
                if (previous)
                    at = std::min(at.addSecs(3600 + qint64(random.bounded(14 * 24)) * 3600), latest);
                event.addBindValue(id);
                event.addBindValue(previous ? QVariant(stages::id(*previous)) : QVariant(QMetaType(QMetaType::QString)));
                event.addBindValue(stages::id(stage));
                event.addBindValue(stages::rank(stage));
                event.addBindValue(time::toIso(at));
                event.addBindValue(previous ? QVariant(enteredAt.secsTo(at)) : QVariant(QMetaType(QMetaType::LongLong)));
                if (!event.exec())
                    return Database::queryError(QStringLiteral("event"), event);
                furthest = std::max(furthest, stages::rank(stage));
                previous = stage;
                enteredAt = at;
            }
            app.addBindValue(id);
            app.addBindValue(QStringLiteral("Company %1").arg(id % 2000));
            app.addBindValue(QStringLiteral("Engineer %1").arg(id % 97));
            app.addBindValue(sql::text(sources.at(random.bounded(int(sources.size())))));
            app.addBindValue(time::toIsoDate(applied));
            app.addBindValue(stages::id(*previous));
            app.addBindValue(time::toIso(enteredAt));
            app.addBindValue(furthest);
            app.addBindValue(time::toIso(start));
            app.addBindValue(time::toIso(at));
            app.addBindValue(QStringLiteral(""));
            app.addBindValue(QStringLiteral("Remote"));
            if (!app.exec())
                return Database::queryError(QStringLiteral("application"), app);
            if (!stages::isEnd(*previous)) {
                task.addBindValue(id);
                task.addBindValue(time::toIso(at.addDays(7)));
                task.addBindValue(time::toIso(at));
                if (!task.exec())
                    return Database::queryError(QStringLiteral("task"), task);
            }
        }
        return {};
    });
    if (!written)
        qFatal("cannot fill %s: %s", qPrintable(path), qPrintable(written.message()));
    QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
    return path;
}

} // namespace jobdeck::bench
