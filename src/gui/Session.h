#pragma once

#include "pipeline/Stage.h"
#include "storage/Records.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>

#include <optional>

class QUndoStack;

namespace jobdeck {

class ApplicationTableModel;
class Clock;
class Database;
class PipelineService;

// Everything the pages share for one open database: the services, the application table, the undo stack
// and the current application (one selection across pages). Pages call these methods instead of touching
// storage themselves, so every change refreshes the models and reports errors the same way.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~Session() override;

    Database& database() const { return m_database; }
    const Clock& clock() const { return m_clock; }
    PipelineService& pipeline() const { return *m_pipeline; }
    ApplicationTableModel& applications() const { return *m_applications; }
    QUndoStack& undoStack() const { return *m_undoStack; }

    qint64 currentApplicationId() const { return m_currentId; }
    void setCurrentApplicationId(qint64 id);

    // Undoable stage moves (one undo step for several ids); ids already in `to` are skipped.
    void moveApplications(const QList<qint64>& ids, Stage to);
    // One undoable move into an interview round with the interview's time (prep the day before, thank-you
    // the day after).
    void moveToInterview(qint64 id, Stage round, const QDateTime& interviewAt);
    // The next or previous pipeline stage of the current application, for the keyboard.
    void moveCurrentBy(int steps);
    // Archive asks nothing: it is one undo step, and notice() says so.
    void archiveApplication(qint64 id);
    // Brings an archived application back (undoable) and makes it current.
    void unarchiveApplication(qint64 id);
    // Undoable add and edit: the change is made at once (a refusal comes back here and leaves no undo step),
    // then pushed onto the undo stack. Undoing an add erases the application; undoing an edit puts back the
    // fields it changed.
    Result<qint64> addApplication(const ApplicationDraft& draft, Stage initial);
    Status updateApplication(qint64 id, const ApplicationDraft& draft);
    Status completeTask(qint64 taskId);
    Status snoozeTask(qint64 taskId, const QDateTime& until);
    Result<int> loadSampleData(int count);

    void reportError(const QString& message) { emit errorOccurred(message); }
    // Re-reads every application (after a bulk change such as an import).
    void reloadAll();
    // Shows match scores a ranking has just stored (application id -> score) without reading anything:
    // the rows change in place, so selections and scroll positions stay, and the current application's
    // details follow (applicationChanged). The scores must be the ones stored.
    void applyMatchScores(const QHash<qint64, double>& scores);
    // Re-reads one application after a change made elsewhere (a move, an undo, a task).
    void refreshApplication(qint64 id);
    // Catches up with changes another device or process made (ChangeFeed): only the rows that differ
    // change, so selection, scroll positions and the current application stay; applicationChanged() goes
    // out for each of them and tasksChanged() once. The rows are read on a worker thread
    // (ApplicationTableModel::syncInBackground): this returns at once and the signals follow.
    void syncWithStore();
    // Above this many changed applications syncWithStore() emits dataReset() once instead.
    static constexpr int kSyncSignalLimit = 64;

signals:
    void currentApplicationChanged(qint64 id);
    // Something an application shows changed: its row, its tasks or its history.
    void applicationChanged(qint64 id);
    // Bulk change (a reload): every page should re-read.
    void dataReset();
    void tasksChanged();
    void errorOccurred(const QString& message);
    // A short confirmation for the status bar.
    void notice(const QString& message);

private:
    void report(const Error& error);
    // The rest of syncWithStore(), once the rows read in the background are applied.
    void applicationsSynced(const QList<qint64>& touched);

    Database& m_database;
    const Clock& m_clock;
    PipelineService* m_pipeline = nullptr;
    ApplicationTableModel* m_applications = nullptr;
    QUndoStack* m_undoStack = nullptr;
    qint64 m_currentId = 0;
};

} // namespace jobdeck
