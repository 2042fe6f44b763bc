#include "pipeline/ReminderNotifier.h"

#include "storage/TaskRepository.h"
#include "util/Clock.h"

namespace jobdeck {

ReminderNotifier::ReminderNotifier(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &ReminderNotifier::checkNow);
}

void ReminderNotifier::start(int intervalMs)
{
    m_timer.start(intervalMs);
    checkNow();
}

void ReminderNotifier::stop() { m_timer.stop(); }

Result<bool> ReminderNotifier::claimShown(qint64 taskId) const
{
    return TaskRepository(m_database).claimNotification(taskId, m_clock.now());
}

Result<QSet<qint64>> ReminderNotifier::claimShown(const QList<qint64>& taskIds) const
{
    return TaskRepository(m_database).claimNotifications(taskIds, m_clock.now());
}

int ReminderNotifier::checkNow()
{
    const TaskRepository repository(m_database);
    const QDateTime now = m_clock.now();
    const Result<QList<FollowUpTask>> due = repository.dueUnnotified(now);
    if (!due) {
        emit checkFailed(due.message());
        return 0;
    }
    int announced = 0;
    for (const FollowUpTask& task : due.value()) {
        // Claimed before it is shown: a crash in between loses one notification rather than repeating it,
        // and a task another device claimed since the read is left to that device.
        if (m_markOnAnnounce) {
            const Result<bool> claimed = repository.claimNotification(task.id, now);
            if (!claimed) {
                emit checkFailed(claimed.message());
                continue;
            }
            if (!*claimed)
                continue;
        }
        emit taskDue(task);
        ++announced;
    }
    return announced;
}

} // namespace jobdeck
