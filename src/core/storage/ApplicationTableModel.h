#pragma once

#include "pipeline/Stage.h"
#include "storage/Records.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QList>

#include <optional>

namespace jobdeck {

class Clock;
class Database;

// The open (unarchived) applications as a table for the list and the board: one row per application with
// its next pending task. Read-only: edits go through the repositories and stage moves through
// PipelineService; callers then ask the model to refresh the rows they touched.
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Company, Title, StageColumn, Source, Applied, DaysInStage, NextTask, MatchScore, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StageRole,      // int(Stage)
        SortRole,       // a comparable value for the column
        SearchTextRole, // lowercase company, title, notes and location
        CompanyRole,
        TitleRole,
        DaysInStageRole,
        NextTaskRole,    // title of the next pending task, empty if none
        NextTaskDueRole, // QDateTime (UTC), null if none
        MatchScoreRole,  // double, or an invalid QVariant before any match
    };

    struct Row
    {
        qint64 id = 0;
        QString company;
        QString title;
        QString source;
        QString location;
        Stage stage = Stage::Applied;
        QDateTime stageEnteredAt;
        std::optional<QDate> appliedOn;
        std::optional<double> matchScore;
        QString nextTask;
        QDateTime nextTaskDue;
        QString searchText;
    };

    ApplicationTableModel(const Database& database, const Clock& clock, QObject* parent = nullptr);
    // Waits for a read syncInBackground() started: it reads the database this model was given.
    ~ApplicationTableModel() override;

    // Archived applications instead of open ones (the list's Archived view); takes effect at the next reload.
    void setShowsArchived(bool archived)
    {
        m_archived = archived;
        ++m_generation; // a background read of the other kind must not be applied
    }
    bool showsArchived() const { return m_archived; }
    // Reads every open (or, when it shows archived ones, every archived) application again (a model reset).
    Status reload();
    // Re-reads one application: updates its row, adds it, or drops it when it is gone or its archived state
    // is not the one this model shows.
    Status refreshApplication(qint64 id);
    // Re-reads every application and applies only the differences (rows changed, added, removed; never a
    // reset), so views keep their selection, current card and scroll position through a change made by
    // another device or process. Returns the ids whose rows changed, arrived or left.
    Result<QList<qint64>> sync();
    // sync() with its reading (every application, their notes and next tasks: 171 ms at 10,000 applications
    // on SQLite, more over a server's network) on a worker thread; only the differences are applied here, then synced() or
    // syncFailed() is emitted. A call while a read runs is one more read after it, not one per call. A read
    // that a change made here overtook (refreshApplication, setMatchScores, reload) is read again rather
    // than applied, so an older copy of a row never replaces the newer one on screen.
    void syncInBackground();
    // From syncInBackground() until its rows are applied (or it failed).
    bool isSyncing() const { return m_syncing; }
    // Blocks until the worker has read (its rows are still applied from the event loop): for shutdown and tests.
    void waitForBackgroundRead() { m_syncWatcher.waitForFinished(); }
    // Shows match scores just stored (application id -> score; ids not shown here are ignored) without
    // reading anything: the rows change in place with one dataChanged over the changed span, so a ranking
    // of 10,000 neither resets the views nor re-reads every row. Returns the ids whose score changed.
    QList<qint64> setMatchScores(const QHash<qint64, double>& scores);

    int rowOfId(qint64 id) const;
    QModelIndex indexOfId(qint64 id, int column = 0) const;
    const Row& rowAt(int row) const { return m_rows.at(row); }
    qint64 idAt(int row) const { return m_rows.at(row).id; }
    qint64 daysInStage(const Row& row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A background sync's outcome: the ids whose rows changed, arrived or left (as sync() returns them).
    void synced(const QList<qint64>& touched);
    void syncFailed(const jobdeck::Error& error);

private:
    struct ReadOutcome
    {
        QList<Row> rows;
        std::optional<Error> error;
        quint64 generation = 0; // m_generation when the read began
    };

    static Row toRow(const Application& application, const std::optional<FollowUpTask>& nextTask);
    static bool sameRow(const Row& a, const Row& b);
    // The rows reload() and sync() show, read fresh; any thread (the database hands each its connection).
    static Result<QList<Row>> readRows(const Database& database, bool archived);
    // Applies rows read fresh as differences (sync()): removed, changed in place, added at the end.
    QList<qint64> applyFresh(QList<Row> fresh);
    void backgroundReadFinished();
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    void rebuildIndex();

    const Database& m_database;
    const Clock& m_clock;
    QList<Row> m_rows;
    bool m_archived = false;
    QHash<qint64, int> m_rowById;
    // Bumped by every change this model makes from its own reading; a background read from before one is stale.
    quint64 m_generation = 0;
    QFutureWatcher<ReadOutcome> m_syncWatcher;
    bool m_syncing = false;
    bool m_syncAgain = false;
};

} // namespace jobdeck
