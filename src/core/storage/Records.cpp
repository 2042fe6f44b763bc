#include "storage/Records.h"

#include <QCoreApplication>

namespace jobdeck::tasks {

QString typeId(TaskType type)
{
    switch (type) {
    case TaskType::Prep:
        return QStringLiteral("prep");
    case TaskType::ThankYou:
        return QStringLiteral("thank_you");
    case TaskType::FollowUp:
        return QStringLiteral("follow_up");
    case TaskType::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<TaskType> typeFromId(const QString& id)
{
    for (TaskType t : {TaskType::Prep, TaskType::ThankYou, TaskType::FollowUp, TaskType::Custom}) {
        if (typeId(t) == id)
            return t;
    }
    return std::nullopt;
}

QString statusId(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending:
        return QStringLiteral("pending");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

std::optional<TaskStatus> statusFromId(const QString& id)
{
    for (TaskStatus s : {TaskStatus::Pending, TaskStatus::Done, TaskStatus::Cancelled}) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString typeDisplayName(TaskType type)
{
    switch (type) {
    case TaskType::Prep:
        return QCoreApplication::translate("Task", "Prep");
    case TaskType::ThankYou:
        return QCoreApplication::translate("Task", "Thank-you");
    case TaskType::FollowUp:
        return QCoreApplication::translate("Task", "Follow-up");
    case TaskType::Custom:
        break;
    }
    return QCoreApplication::translate("Task", "Task");
}

} // namespace jobdeck::tasks
