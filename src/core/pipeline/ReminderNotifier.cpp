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
    // Claimed before they are shown, all in one transaction: a crash in between loses notifications rather
    // than repeating them, and a task another device claimed since the read is left to that device.
    QSet<qint64> claimed;
    if (m_markOnAnnounce) {
        QList<qint64> ids;
        ids.reserve(due->size());
        for (const FollowUpTask& task : due.value())
            ids.append(task.id);
        Result<QSet<qint64>> ours = repository.claimNotifications(ids, now);
        if (!ours) {
            emit checkFailed(ours.message());
            return 0;
        }
        claimed = std::move(ours).value();
    }
    int announced = 0;
    for (const FollowUpTask& task : due.value()) {
        if (m_markOnAnnounce && !claimed.contains(task.id))
            continue;
        emit taskDue(task);
        ++announced;
    }
    return announced;
}

} // namespace jobdeck
