#pragma once

#include "storage/Records.h"
#include "util/Result.h"

#include <QAbstractListModel>

namespace jobdeck {

class Clock;
class Database;

// Follow-up tasks as a list: either every task of one application (the details panel) or every pending
// task (the reminders page), each placed in a bucket (overdue, today, upcoming) by the injected clock.
class TaskModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Bucket { Overdue, Today, Upcoming, Closed };
    enum Role { IdRole = Qt::UserRole + 1, ApplicationIdRole, DueRole, StatusRole, TypeRole, BucketRole, TitleRole };

    TaskModel(const Database& database, const Clock& clock, QObject* parent = nullptr);

    Status showApplication(qint64 applicationId);
    Status showPending();
    void clear();
    Status reload();

    const FollowUpTask& taskAt(int row) const { return m_tasks.at(row); }
    Bucket bucket(const FollowUpTask& task) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    enum class Mode { Empty, Application, Pending };

    const Database& m_database;
    const Clock& m_clock;
    Mode m_mode = Mode::Empty;
    qint64 m_applicationId = 0;
    QList<FollowUpTask> m_tasks;
    // Today in the user's time zone, as the instants it starts and ends, worked out again when the clock
    // leaves it and on reload(): converting every task's due time to local time cost 0.5 s at 30,000 tasks.
    mutable QDateTime m_todayStarts;
    mutable QDateTime m_tomorrowStarts;
};

} // namespace jobdeck
