#pragma once

#include "storage/Records.h"
#include "util/Result.h"

#include <QObject>
#include <QTimer>

namespace jobdeck {

class Clock;
class Database;

// Finds follow-up tasks that have come due and announces each one once: it stores notified_at as it
// announces, so a restart does not repeat it; a snoozed task is due (and announced) again later.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;

    ReminderNotifier(const Database& database, const Clock& clock, QObject* parent = nullptr);

    // Checks now, then every interval.
    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // By default a task counts as notified once announced. With this off, checkNow() announces every due
    // task not yet marked, each time, until claimShown() is called as it is shown (the tray's balloon or the
    // window's bar): a reminder nobody could see is announced again at the next check.
    void setMarkOnAnnounce(bool mark) { m_markOnAnnounce = mark; }
    // Claims the task for this process before it is shown; false when another device or process already
    // showed it (then this one must not).
    Result<bool> claimShown(qint64 taskId) const;
    // The same for several tasks at once, in one transaction: the ids this process may show.
    Result<QSet<qint64>> claimShown(const QList<qint64>& taskIds) const;

public slots:
    // Announces the tasks due by the clock's now that were never announced; returns how many.
    int checkNow();

signals:
    void taskDue(const jobdeck::FollowUpTask& task);
    void checkFailed(const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
    QTimer m_timer;
    bool m_markOnAnnounce = true;
};

} // namespace jobdeck
