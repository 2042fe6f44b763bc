#pragma once

#include "pipeline/Stage.h"
#include "storage/Records.h"

#include <optional>
#include <QList>

namespace jobdeck {

// Which follow-up tasks a stage move calls for, and after what delay. Delays are settings.
struct ReminderRules
{
    qint64 prepDelaySecs = 0;                 // prep is due at the move
    qint64 thankYouDelaySecs = 24 * 3600;      // thank-you a day after an interview round starts
    qint64 followUpDelaySecs = 7 * 24 * 3600;  // nudge a week after applying
    // With an interview time: prep falls due this long before it (never before the move), thank-you
    // thankYouDelaySecs after it.
    qint64 prepLeadSecs = 24 * 3600;

    struct NewTask
    {
        TaskType type;
        QString title;
        QDateTime dueAt;
        std::optional<QDateTime> interviewAt; // the round's interview, for prep and thank-you
    };

    // Tasks created by entering `to` at `at`, titled for the company. `interviewAt`, for an interview stage,
    // is when the round's interview takes place (if the person said): the tasks fall due around it.
    QList<NewTask> tasksFor(Stage to, const QDateTime& at, const QString& company,
                            const std::optional<QDateTime>& interviewAt = std::nullopt) const;
};

} // namespace jobdeck
