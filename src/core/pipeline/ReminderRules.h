#pragma once

#include "pipeline/Stage.h"
#include "storage/Records.h"

#include <QList>

namespace jobdeck {

// Which follow-up tasks a stage move calls for, and after what delay. Delays are settings.
struct ReminderRules
{
    qint64 prepDelaySecs = 0;                 // prep is due at the move
    qint64 thankYouDelaySecs = 24 * 3600;      // thank-you a day after an interview round starts
    qint64 followUpDelaySecs = 7 * 24 * 3600;  // nudge a week after applying

    struct NewTask
    {
        TaskType type;
        QString title;
        QDateTime dueAt;
    };

    // Tasks created by entering `to` at `at`, titled for the company.
    QList<NewTask> tasksFor(Stage to, const QDateTime& at, const QString& company) const;
};

} // namespace jobdeck
