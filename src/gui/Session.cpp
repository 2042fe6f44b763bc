#include "Session.h"

#include "commands/ArchiveApplicationCommand.h"
#include "commands/MoveApplicationCommand.h"
#include "pipeline/PipelineService.h"
#include "pipeline/SampleData.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/TaskRepository.h"
#include "util/Clock.h"

#include <QUndoStack>

namespace jobdeck {

Session::Session(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent),
      m_database(database),
      m_clock(clock),
      m_pipeline(new PipelineService(database, clock, {}, this)),
      m_applications(new ApplicationTableModel(database, clock, this)),
      m_undoStack(new QUndoStack(this))
{
    connect(m_pipeline, &PipelineService::applicationMoved, this,
            [this](qint64 id, Stage, Stage) { refreshApplication(id); });
    connect(m_pipeline, &PipelineService::applicationCreated, this, &Session::refreshApplication);
    if (const Status loaded = m_applications->reload(); !loaded)
        report(loaded.error());
}

Session::~Session() = default;

void Session::report(const Error& error) { emit errorOccurred(error.message); }

void Session::setCurrentApplicationId(qint64 id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentApplicationChanged(id);
}

void Session::refreshApplication(qint64 id)
{
    if (const Status refreshed = m_applications->refreshApplication(id); !refreshed)
        report(refreshed.error());
    emit applicationChanged(id);
    emit tasksChanged();
}

void Session::moveApplications(const QList<qint64>& ids, Stage to)
{
    QList<qint64> moves;
    for (qint64 id : ids) {
        const int row = m_applications->rowOfId(id);
        if (row < 0) {
            emit errorOccurred(tr("Application %1 is no longer on the board.").arg(id));
            continue;
        }
        if (m_applications->rowAt(row).stage != to)
            moves.append(id);
    }
    if (moves.isEmpty())
        return;
    const auto onError = [this](const QString& message) { emit errorOccurred(message); };
    if (moves.size() == 1) {
        const qint64 id = moves.first();
        m_undoStack->push(new MoveApplicationCommand(*m_pipeline, id, to,
                                                     m_applications->rowAt(m_applications->rowOfId(id)).company,
                                                     onError));
        return;
    }
    m_undoStack->beginMacro(tr("Move %n application(s) to %1", nullptr, int(moves.size())).arg(stages::displayName(to)));
    for (const qint64 id : moves) {
        m_undoStack->push(new MoveApplicationCommand(*m_pipeline, id, to,
                                                     m_applications->rowAt(m_applications->rowOfId(id)).company,
                                                     onError));
    }
    m_undoStack->endMacro();
}

void Session::moveCurrentBy(int steps)
{
    const int row = m_applications->rowOfId(m_currentId);
    if (row < 0)
        return;
    const Stage stage = m_applications->rowAt(row).stage;
    if (stages::isEnd(stage))
        return;
    const int target = stages::rank(stage) + steps;
    if (target < 0 || target >= stages::kPipelineCount)
        return;
    moveApplications({m_currentId}, static_cast<Stage>(target));
}

void Session::archiveApplication(qint64 id)
{
    const int row = m_applications->rowOfId(id);
    if (row < 0)
        return;
    m_undoStack->push(new ArchiveApplicationCommand(
        ApplicationRepository(m_database), m_clock, id, m_applications->rowAt(row).company,
        [this](qint64 changed) { refreshApplication(changed); },
        [this](const QString& message) { emit errorOccurred(message); }));
    if (m_currentId == id)
        setCurrentApplicationId(0);
}

Result<qint64> Session::addApplication(const ApplicationDraft& draft, Stage initial)
{
    const Result<qint64> id = m_pipeline->create(draft, initial);
    if (id)
        setCurrentApplicationId(*id);
    return id;
}

Status Session::updateApplication(qint64 id, const ApplicationDraft& draft)
{
    const Status saved = ApplicationRepository(m_database).update(id, draft, m_clock.now());
    if (saved)
        refreshApplication(id);
    return saved;
}

Status Session::completeTask(qint64 taskId)
{
    const TaskRepository tasks(m_database);
    const Result<FollowUpTask> task = tasks.find(taskId);
    if (!task)
        return task.error();
    const Status done = tasks.complete(taskId, m_clock.now());
    if (done)
        refreshApplication(task->applicationId);
    return done;
}

Status Session::snoozeTask(qint64 taskId, const QDateTime& until)
{
    const TaskRepository tasks(m_database);
    const Result<FollowUpTask> task = tasks.find(taskId);
    if (!task)
        return task.error();
    const Status snoozed = tasks.snooze(taskId, until);
    if (snoozed)
        refreshApplication(task->applicationId);
    return snoozed;
}

void Session::reloadAll()
{
    if (const Status loaded = m_applications->reload(); !loaded)
        report(loaded.error());
    emit dataReset();
}

Result<int> Session::loadSampleData(int count)
{
    // One reset at the end instead of a row insert per application.
    const QSignalBlocker blocker(m_pipeline);
    SampleData::Options options;
    options.applications = count;
    const Result<int> created = SampleData::load(*m_pipeline, m_database, options);
    if (const Status loaded = m_applications->reload(); !loaded)
        report(loaded.error());
    emit dataReset();
    return created;
}

} // namespace jobdeck
