// tasks, done, snooze: the follow-up tasks the reminder rules create.
#include "Cli.h"

#include "storage/Database.h"
#include "storage/TaskRepository.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobdeck::cli {

int runTasks(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("tasks"), QStringLiteral("tasks [--all]"));
    arguments.addFlag(QStringLiteral("all"), QString());
    if (!arguments.parse(context, args, 0, 0))
        return BadUsage;
    Database* db = context.database();
    if (!db)
        return Failed;
    const Result<QList<FollowUpTask>> found = TaskRepository(*db).list(arguments.isSet(QStringLiteral("all")));
    if (!found)
        return context.fail(found.error());
    if (context.json()) {
        QJsonArray array;
        for (const FollowUpTask& t : found.value()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("application_id"), t.applicationId},
                {QStringLiteral("type"), tasks::typeId(t.type)},
                {QStringLiteral("title"), t.title},
                {QStringLiteral("due_at"), time::toIso(t.dueAt)},
                {QStringLiteral("status"), tasks::statusId(t.status)},
            });
        }
        context.printJson(QJsonDocument(array));
        return Done;
    }
    for (const FollowUpTask& t : found.value()) {
        context.out() << QStringLiteral("%1  %2  %3  app %4  %5  %6\n")
                             .arg(t.id, 5)
                             .arg(time::toIso(t.dueAt), tasks::statusId(t.status).leftJustified(9))
                             .arg(t.applicationId)
                             .arg(tasks::typeId(t.type).leftJustified(9), t.title);
    }
    return Done;
}

int runDone(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("done"), QStringLiteral("done TASK"));
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const std::optional<qint64> id =
        parseId(context, QStringLiteral("done"), arguments.positional().at(0), QStringLiteral("task"));
    if (!id)
        return BadUsage;
    Database* db = context.database();
    if (!db)
        return Failed;
    if (const Status closed = TaskRepository(*db).complete(*id, context.clock().now()); !closed)
        return context.fail(closed.error());
    if (!context.json())
        context.out() << QStringLiteral("task %1 done\n").arg(*id);
    return Done;
}

int runSnooze(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("snooze"), QStringLiteral("snooze TASK --until ISO8601"));
    arguments.addValue(QStringLiteral("until"), QStringLiteral("time"), QString());
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const QString command = QStringLiteral("snooze");
    const std::optional<qint64> id = parseId(context, command, arguments.positional().at(0), QStringLiteral("task"));
    if (!id)
        return BadUsage;
    if (!arguments.isSet(QStringLiteral("until")))
        return context.usage(command, QStringLiteral("--until is required"));
    const std::optional<QDateTime> until =
        parseTime(context, command, QStringLiteral("until"), arguments.value(QStringLiteral("until")));
    if (!until)
        return BadUsage;
    Database* db = context.database();
    if (!db)
        return Failed;
    if (const Status snoozed = TaskRepository(*db).snooze(*id, *until); !snoozed)
        return context.fail(snoozed.error());
    if (!context.json())
        context.out() << QStringLiteral("task %1 due %2\n").arg(*id).arg(time::toIso(*until));
    return Done;
}

} // namespace jobdeck::cli
