#pragma once

#include "pipeline/Stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace jobdeck {

// The fields a person types for an application; everything else is derived by PipelineService.
struct ApplicationDraft
{
    QString company;
    QString title;
    QString source;
    QString url;
    QString location;
    QString salary;
    QString notes;
    QString jobDescription;
    std::optional<QDate> appliedOn;
};

// One row of `applications`: the draft plus the stage cache.
struct Application : ApplicationDraft
{
    qint64 id = 0;
    Stage stage = Stage::Applied;
    QDateTime stageEnteredAt;
    int furthestRank = 0;
    bool archived = false;
    std::optional<double> matchScore;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One row of the immutable log; `previous` is empty for an application's first event.
struct StageEvent
{
    qint64 id = 0;
    qint64 applicationId = 0;
    std::optional<Stage> previous;
    Stage current = Stage::Applied;
    QDateTime at;
    qint64 reverts = 0;    // for an undo, the event it reverts (0 for a move)
    qint64 revertedBy = 0; // the undo that reverted this move (0 if none): the pair counts for nothing
};

enum class TaskType { Prep, ThankYou, FollowUp, Custom };
enum class TaskStatus { Pending, Done, Cancelled };

struct FollowUpTask
{
    qint64 id = 0;
    qint64 applicationId = 0;
    TaskType type = TaskType::Custom;
    QString title;
    QDateTime dueAt;
    TaskStatus status = TaskStatus::Pending;
    QDateTime createdAt;
    std::optional<QDateTime> notifiedAt;
    std::optional<QDateTime> closedAt;
};

namespace tasks {
QString typeId(TaskType type);
std::optional<TaskType> typeFromId(const QString& id);
QString statusId(TaskStatus status);
std::optional<TaskStatus> statusFromId(const QString& id);
QString typeDisplayName(TaskType type);
} // namespace tasks

} // namespace jobdeck
