#pragma once

#include <QCoreApplication>

#include "storage/Records.h"
#include "util/Result.h"

#include <QList>
#include <QSet>

class QSqlQuery;

namespace jobdeck {

class Database;

// Reads and closes follow-up tasks. Tasks are created and cancelled by PipelineService's reminder rules.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(const Database& database) : m_database(database) {}

    Result<FollowUpTask> find(qint64 id) const;
    // Pending tasks by due time; every task with all = true.
    Result<QList<FollowUpTask>> list(bool all = false) const;
    Result<QList<FollowUpTask>> forApplication(qint64 applicationId) const;
    // Pending tasks due at or before `asOf` that were never notified.
    Result<QList<FollowUpTask>> dueUnnotified(const QDateTime& asOf) const;
    // How many pending tasks are due at `asOf` or before, counted by the database (the status bar asks
    // on every change; reading every task for it took 0.3 s at 90,000 tasks).
    Result<int> countDue(const QDateTime& asOf) const;

    Status complete(qint64 id, const QDateTime& now) const;
    Status snooze(qint64 id, const QDateTime& until) const;
    Status markNotified(qint64 id, const QDateTime& at) const;
    // Takes the right to announce a due task, atomically: true when this call set notified_at, false when
    // another device or process (or an earlier call) already had it, or the task is no longer pending. Two
    // apps on one database (a file or a server) thus never show the same reminder twice.
    Result<bool> claimNotification(qint64 id, const QDateTime& at) const;
    // The claim of each of `ids`, in one transaction: the ids whose claim changed the row. All or none.
    Result<QSet<qint64>> claimNotifications(const QList<qint64>& ids, const QDateTime& at) const;
    // A task a person adds by hand (type custom).
    Result<qint64> addCustom(qint64 applicationId, const QString& title, const QDateTime& dueAt,
                             const QDateTime& now) const;

    static QString selectColumns();
    static FollowUpTask fromRecord(const QSqlQuery& query);

private:
    Result<FollowUpTask> pending(qint64 id) const;
    Result<QList<FollowUpTask>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace jobdeck
