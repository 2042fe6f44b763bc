#include "Session.h"

#include "commands/AddApplicationCommand.h"
#include "commands/ArchiveApplicationCommand.h"
#include "commands/EditApplicationCommand.h"
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
    connect(m_pipeline, &PipelineService::applicationDiscarded, this, [this](qint64 id) {
        if (m_currentId == id)
            setCurrentApplicationId(0);
        refreshApplication(id);
    });
    connect(m_applications, &ApplicationTableModel::synced, this, &Session::applicationsSynced);
    connect(m_applications, &ApplicationTableModel::syncFailed, this, &Session::report);
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
        const ApplicationTableModel::Row& seen = m_applications->rowAt(m_applications->rowOfId(id));
        m_undoStack->push(new MoveApplicationCommand(*m_pipeline, id, seen.stage, to, seen.company, onError));
        return;
    }
    m_undoStack->beginMacro(tr("Move %n application(s) to %1", nullptr, int(moves.size())).arg(stages::displayName(to)));
    for (const qint64 id : moves) {
        const ApplicationTableModel::Row& seen = m_applications->rowAt(m_applications->rowOfId(id));
        m_undoStack->push(new MoveApplicationCommand(*m_pipeline, id, seen.stage, to, seen.company, onError));
    }
    m_undoStack->endMacro();
}

void Session::moveToInterview(qint64 id, Stage round, const QDateTime& interviewAt)
{
    const int row = m_applications->rowOfId(id);
    if (row < 0) {
        emit errorOccurred(tr("Application %1 is no longer on the board.").arg(id));
        return;
    }
    // Already in that round: only its interview time changes (the round's tasks move with it).
    if (m_applications->rowAt(row).stage == round) {
        if (const Status scheduled = m_pipeline->setInterviewAt(id, interviewAt); !scheduled)
            emit errorOccurred(scheduled.message());
        else
            emit applicationChanged(id);
        return;
    }
    const auto onError = [this](const QString& message) { emit errorOccurred(message); };
    m_undoStack->push(new MoveApplicationCommand(*m_pipeline, id, m_applications->rowAt(row).stage, round,
                                                 m_applications->rowAt(row).company, onError, nullptr, interviewAt));
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
    const QString company = m_applications->rowAt(row).company;
    m_undoStack->push(new ArchiveApplicationCommand(
        m_database, m_clock, id, company, [this](qint64 changed) { refreshApplication(changed); },
        [this](const QString& message) { emit errorOccurred(message); }));
    if (m_currentId == id)
        setCurrentApplicationId(0);
    emit notice(tr("Archived %1 \u2014 Ctrl+Z to undo").arg(company));
}

void Session::unarchiveApplication(qint64 id)
{
    const Result<Application> found = ApplicationRepository(m_database).find(id);
    if (!found) {
        report(found.error());
        return;
    }
    if (!found->archived)
        return;
    m_undoStack->push(new ArchiveApplicationCommand(
        m_database, m_clock, id, found->company,
        [this](qint64 changed) { refreshApplication(changed); },
        [this](const QString& message) { emit errorOccurred(message); }, /*archive=*/false));
    setCurrentApplicationId(id);
    emit notice(tr("Unarchived %1").arg(found->company));
}

Result<qint64> Session::addApplication(const ApplicationDraft& draft, Stage initial)
{
    // Added here rather than in the command's first redo, so a refused add returns its reason and leaves no step.
    const Result<qint64> id = m_pipeline->create(draft, initial);
    if (!id)
        return id;
    // The row as stored (trimmed, with its stage and entry time) is what a redo brings back.
    if (const Result<Application> added = ApplicationRepository(m_database).find(*id); added)
        m_undoStack->push(new AddApplicationCommand(*m_pipeline, added.value(),
                                                    [this](const QString& message) { emit errorOccurred(message); }));
    else
        report(added.error());
    setCurrentApplicationId(*id);
    return id;
}

Status Session::updateApplication(qint64 id, const ApplicationDraft& draft)
{
    const ApplicationRepository repository(m_database);
    const Result<ApplicationDraft> edited = ApplicationRepository::validated(draft);
    if (!edited)
        return edited.error();
    const Result<Application> before = repository.find(id);
    if (!before)
        return before.error();
    // An edit that changes nothing is no step to undo.
    if (!EditApplicationCommand::changes(before.value(), edited.value()))
        return {};
    if (const Status saved = repository.update(id, edited.value(), m_clock.now()); !saved)
        return saved;
    refreshApplication(id);
    m_undoStack->push(new EditApplicationCommand(
        m_database, m_clock, id, before.value(), edited.value(), [this](qint64 changed) { refreshApplication(changed); },
        [this](const QString& message) { emit errorOccurred(message); }));
    return {};
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

void Session::syncWithStore()
{
    m_applications->syncInBackground();
}

void Session::applicationsSynced(const QList<qint64>& touched)
{
    // The current application was erased elsewhere: nothing is current rather than a neighbour. (Archived
    // elsewhere it stays current: the list's Archived view and the details still show it.)
    if (m_currentId != 0 && touched.contains(m_currentId) && m_applications->rowOfId(m_currentId) < 0
        && !ApplicationRepository(m_database).find(m_currentId))
        setCurrentApplicationId(0);
    // A bulk change elsewhere (an import of hundreds) is one re-read for every page, not a signal per row;
    // the rows themselves were still synced in place, so selections stay.
    if (touched.size() > kSyncSignalLimit) {
        emit dataReset();
        return;
    }
    for (const qint64 id : touched)
        emit applicationChanged(id);
    emit tasksChanged();
}

void Session::reloadAll()
{
    if (const Status loaded = m_applications->reload(); !loaded)
        report(loaded.error());
    emit dataReset();
}

void Session::applyMatchScores(const QHash<qint64, double>& scores)
{
    const QList<qint64> changed = m_applications->setMatchScores(scores);
    if (m_currentId != 0 && changed.contains(m_currentId))
        emit applicationChanged(m_currentId);
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
