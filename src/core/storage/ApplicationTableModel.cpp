#include "storage/ApplicationTableModel.h"

#include "storage/ApplicationRepository.h"
#include "storage/TaskRepository.h"
#include "util/Clock.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace jobdeck {

ApplicationTableModel::ApplicationTableModel(const Database& database, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_database(database), m_clock(clock)
{
    connect(&m_syncWatcher, &QFutureWatcher<ReadOutcome>::finished, this, &ApplicationTableModel::backgroundReadFinished);
}

ApplicationTableModel::~ApplicationTableModel()
{
    m_syncWatcher.waitForFinished();
}

ApplicationTableModel::Row ApplicationTableModel::toRow(const Application& a, const std::optional<FollowUpTask>& next)
{
    Row row;
    row.id = a.id;
    row.company = a.company;
    row.title = a.title;
    row.source = a.source;
    row.location = a.location;
    row.stage = a.stage;
    row.stageEnteredAt = a.stageEnteredAt;
    row.appliedOn = a.appliedOn;
    row.matchScore = a.matchScore;
    if (next) {
        row.nextTask = next->title;
        row.nextTaskDue = next->dueAt;
    }
    // One lowercase haystack so a filter keystroke costs one contains() per row.
    row.searchText = QStringList{a.company, a.title, a.notes, a.location}.join(QLatin1Char('\n')).toLower();
    return row;
}

Result<QList<ApplicationTableModel::Row>> ApplicationTableModel::readRows(const Database& database, bool archived)
{
    ApplicationQuery query;
    query.archivedOnly = archived;
    const Result<QList<Application>> applications = ApplicationRepository(database).list(query);
    if (!applications)
        return applications.error();
    const Result<QList<FollowUpTask>> pending = TaskRepository(database).list();
    if (!pending)
        return pending.error();
    // Pending tasks come sorted by due time, so the first one seen per application is its next task.
    QHash<qint64, const FollowUpTask*> next;
    for (const FollowUpTask& task : pending.value()) {
        if (!next.contains(task.applicationId))
            next.insert(task.applicationId, &task);
    }
    QList<Row> rows;
    rows.reserve(applications->size());
    for (const Application& application : applications.value()) {
        const FollowUpTask* task = next.value(application.id, nullptr);
        rows.append(toRow(application, task ? std::optional<FollowUpTask>(*task) : std::nullopt));
    }
    return rows;
}

Status ApplicationTableModel::reload()
{
    Result<QList<Row>> rows = readRows(m_database, m_archived);
    if (!rows)
        return rows.error();
    ++m_generation;
    beginResetModel();
    m_rows = std::move(rows).value();
    rebuildIndex();
    endResetModel();
    return {};
}

bool ApplicationTableModel::sameRow(const Row& a, const Row& b)
{
    return a.id == b.id && a.company == b.company && a.title == b.title && a.source == b.source
        && a.location == b.location && a.stage == b.stage && a.stageEnteredAt == b.stageEnteredAt
        && a.appliedOn == b.appliedOn && a.matchScore == b.matchScore && a.nextTask == b.nextTask
        && a.nextTaskDue == b.nextTaskDue && a.searchText == b.searchText;
}

Result<QList<qint64>> ApplicationTableModel::sync()
{
    Result<QList<Row>> read = readRows(m_database, m_archived);
    if (!read)
        return read.error();
    return applyFresh(std::move(read).value());
}

void ApplicationTableModel::syncInBackground()
{
    if (m_syncing) {
        m_syncAgain = true; // the running read may have missed what this call is about
        return;
    }
    m_syncing = true;
    m_syncAgain = false;
    const Database* database = &m_database;
    const bool archived = m_archived;
    const quint64 generation = m_generation;
    m_syncWatcher.setFuture(QtConcurrent::run([database, archived, generation] {
        ReadOutcome outcome;
        outcome.generation = generation;
        Result<QList<Row>> read = readRows(*database, archived);
        if (read)
            outcome.rows = std::move(read).value();
        else
            outcome.error = read.error();
        return outcome;
    }));
}

void ApplicationTableModel::backgroundReadFinished()
{
    ReadOutcome outcome = m_syncWatcher.result();
    m_syncing = false;
    if (outcome.error) {
        emit syncFailed(*outcome.error);
    } else if (outcome.generation != m_generation) {
        m_syncAgain = true; // overtaken by a change made here: read again, then apply
    } else {
        const QList<qint64> touched = applyFresh(std::move(outcome.rows));
        emit synced(touched);
    }
    if (m_syncAgain)
        syncInBackground();
}

QList<qint64> ApplicationTableModel::applyFresh(QList<Row> fresh)
{
    ++m_generation;
    QHash<qint64, int> freshById;
    freshById.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshById.insert(fresh.at(i).id, i);

    QList<qint64> touched;
    // Gone (erased, archived elsewhere): removed one by one from the bottom, so the rows above keep their
    // indexes and a view's current card is never swapped for a neighbour by a reset.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (freshById.contains(m_rows.at(row).id))
            continue;
        touched.append(m_rows.at(row).id);
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();
    // Changed in place: the row keeps its index.
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& now = fresh.at(freshById.value(m_rows.at(row).id));
        if (sameRow(m_rows.at(row), now))
            continue;
        m_rows[row] = now;
        touched.append(now.id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // New ones at the end, in the order the database gives them.
    QList<Row> added;
    for (const Row& row : fresh) {
        if (!m_rowById.contains(row.id))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (Row& row : added) {
            touched.append(row.id);
            m_rows.append(std::move(row));
        }
        rebuildIndex();
        endInsertRows();
    }
    return touched;
}

QList<qint64> ApplicationTableModel::setMatchScores(const QHash<qint64, double>& scores)
{
    QList<qint64> changed;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto score = scores.constFind(m_rows.at(row).id);
        if (score == scores.cend() || m_rows.at(row).matchScore == score.value())
            continue;
        m_rows[row].matchScore = score.value();
        changed.append(m_rows.at(row).id);
        first = first < 0 ? row : first;
        last = row;
    }
    // One signal per span, not per row: a proxy sorted by score re-sorts once. The score column with its
    // sort role, for tables; column 0 with the score's role alone, for the board's cards, so that proxies
    // sorted by another column do not re-sort (and their lists lay out thousands of cards again) for it.
    if (first >= 0) {
        ++m_generation; // scores newer than a background read already under way
        emit dataChanged(index(first, MatchScore), index(last, MatchScore),
                         {Qt::DisplayRole, Qt::ToolTipRole, SortRole, MatchScoreRole});
        emit dataChanged(index(first, 0), index(last, 0), {MatchScoreRole});
    }
    return changed;
}

Status ApplicationTableModel::refreshApplication(qint64 id)
{
    ++m_generation; // whatever it finds is newer than a background read already under way
    const Result<Application> found = ApplicationRepository(m_database).find(id);
    if (!found && found.error().kind != Error::Kind::NotFound)
        return found.error();
    const int existing = rowOfId(id);
    if (!found || found->archived != m_archived) {
        if (existing >= 0) {
            beginRemoveRows({}, existing, existing);
            m_rows.removeAt(existing);
            rebuildIndex();
            endRemoveRows();
        }
        return {};
    }
    const Result<QList<FollowUpTask>> tasks = TaskRepository(m_database).forApplication(id);
    if (!tasks)
        return tasks.error();
    std::optional<FollowUpTask> next;
    for (const FollowUpTask& task : tasks.value()) {
        if (task.status == TaskStatus::Pending) {
            next = task;
            break; // sorted by due time
        }
    }
    Row row = toRow(found.value(), next);
    if (existing >= 0) {
        m_rows[existing] = std::move(row);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    } else {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(std::move(row));
        m_rowById.insert(id, at);
        endInsertRows();
    }
    return {};
}

void ApplicationTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

int ApplicationTableModel::rowOfId(qint64 id) const { return m_rowById.value(id, -1); }

QModelIndex ApplicationTableModel::indexOfId(qint64 id, int column) const
{
    const int row = rowOfId(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

qint64 ApplicationTableModel::daysInStage(const Row& row) const
{
    if (!row.stageEnteredAt.isValid())
        return 0;
    return std::max<qint64>(0, row.stageEnteredAt.secsTo(m_clock.now()) / 86400);
}

int ApplicationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApplicationTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ApplicationTableModel::display(const Row& row, int column) const
{
    switch (column) {
    case Company: return row.company;
    case Title: return row.title;
    case StageColumn: return stages::displayName(row.stage);
    case Source: return row.source;
    case Applied: return row.appliedOn ? row.appliedOn->toString(Qt::ISODate) : QString();
    case DaysInStage: return daysInStage(row);
    case NextTask:
        if (row.nextTask.isEmpty())
            return QString();
        return tr("%1 (%2)").arg(row.nextTask, row.nextTaskDue.toLocalTime().date().toString(Qt::ISODate));
    case MatchScore: return row.matchScore ? QVariant(qRound(*row.matchScore)) : QVariant();
    default: return {};
    }
}

QVariant ApplicationTableModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case Company: return row.company.toLower();
    case Title: return row.title.toLower();
    case StageColumn: return static_cast<int>(row.stage);
    case Source: return row.source.toLower();
    case Applied: return row.appliedOn ? row.appliedOn->toJulianDay() : qint64(0);
    case DaysInStage: return daysInStage(row);
    // Applications without a task sort after every due date.
    case NextTask: return row.nextTaskDue.isValid() ? row.nextTaskDue.toSecsSinceEpoch()
                                                     : std::numeric_limits<qint64>::max();
    case MatchScore: return row.matchScore.value_or(-1.0);
    default: return {};
    }
}

QVariant ApplicationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextTask && !row.nextTask.isEmpty())
            return tr("%1, due %2").arg(row.nextTask, QLocale().toString(row.nextTaskDue.toLocalTime(),
                                                                         QLocale::LongFormat));
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == DaysInStage || index.column() == MatchScore)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return row.id;
    case StageRole: return static_cast<int>(row.stage);
    case SortRole: return sortValue(row, index.column());
    case SearchTextRole: return row.searchText;
    case CompanyRole: return row.company;
    case TitleRole: return row.title;
    case DaysInStageRole: return daysInStage(row);
    case NextTaskRole: return row.nextTask;
    case NextTaskDueRole: return row.nextTaskDue;
    case MatchScoreRole: return row.matchScore ? QVariant(*row.matchScore) : QVariant();
    default: return {};
    }
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company: return tr("Company");
    case Title: return tr("Title");
    case StageColumn: return tr("Stage");
    case Source: return tr("Source");
    case Applied: return tr("Applied");
    case DaysInStage: return tr("Days in stage");
    case NextTask: return tr("Next task");
    case MatchScore: return tr("Similarity");
    default: return {};
    }
}

} // namespace jobdeck
