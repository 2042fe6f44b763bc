#include "storage/TaskModel.h"

#include "storage/TaskRepository.h"
#include "util/Clock.h"

#include <QLocale>

namespace jobdeck {

TaskModel::TaskModel(const Database& database, const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), m_database(database), m_clock(clock)
{
}

Status TaskModel::showApplication(qint64 applicationId)
{
    m_mode = Mode::Application;
    m_applicationId = applicationId;
    return reload();
}

Status TaskModel::showPending()
{
    m_mode = Mode::Pending;
    return reload();
}

void TaskModel::clear()
{
    beginResetModel();
    m_mode = Mode::Empty;
    m_tasks.clear();
    endResetModel();
}

Status TaskModel::reload()
{
    Result<QList<FollowUpTask>> tasks = QList<FollowUpTask>{};
    const TaskRepository repository(m_database);
    if (m_mode == Mode::Application)
        tasks = repository.forApplication(m_applicationId);
    else if (m_mode == Mode::Pending)
        tasks = repository.list();
    if (!tasks)
        return tasks.error();
    beginResetModel();
    m_tasks = std::move(tasks).value();
    m_todayStarts = m_tomorrowStarts = QDateTime(); // the time zone may have changed since
    endResetModel();
    return {};
}

TaskModel::Bucket TaskModel::bucket(const FollowUpTask& task) const
{
    if (task.status != TaskStatus::Pending)
        return Bucket::Closed;
    // Days are the user's days, so "today" is judged in local time: the due instant against the instants
    // the local day starts and ends (a day of 23 or 25 hours at a clock change included).
    const QDateTime now = m_clock.now();
    if (!m_todayStarts.isValid() || now < m_todayStarts || now >= m_tomorrowStarts) {
        const QDate today = now.toLocalTime().date();
        m_todayStarts = today.startOfDay().toUTC();
        m_tomorrowStarts = today.addDays(1).startOfDay().toUTC();
    }
    if (task.dueAt < m_todayStarts)
        return Bucket::Overdue;
    return task.dueAt < m_tomorrowStarts ? Bucket::Today : Bucket::Upcoming;
}

int TaskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const FollowUpTask& task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString due = QLocale().toString(task.dueAt.toLocalTime(), QLocale::ShortFormat);
        if (task.status == TaskStatus::Done)
            return tr("%1 (done)").arg(task.title);
        if (task.status == TaskStatus::Cancelled)
            return tr("%1 (cancelled)").arg(task.title);
        return tr("%1, due %2").arg(task.title, due);
    }
    case Qt::ToolTipRole: return tasks::typeDisplayName(task.type);
    case IdRole: return task.id;
    case ApplicationIdRole: return task.applicationId;
    case DueRole: return task.dueAt;
    case StatusRole: return static_cast<int>(task.status);
    case TypeRole: return static_cast<int>(task.type);
    case BucketRole: return static_cast<int>(bucket(task));
    case TitleRole: return task.title;
    default: return {};
    }
}

} // namespace jobdeck
