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

Status ReminderNotifier::markShown(qint64 taskId) const
{
    return TaskRepository(m_database).markNotified(taskId, m_clock.now());
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
        // Marked before it is shown: a crash in between loses one notification rather than repeating it.
        if (const Status marked = m_markOnAnnounce ? repository.markNotified(task.id, now) : Status();
            !marked) {
            emit checkFailed(marked.message());
            continue;
        }
        emit taskDue(task);
        ++announced;
    }
    return announced;
}

} // namespace jobdeck
