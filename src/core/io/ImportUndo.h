#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// What one import wrote, as it stood when the import committed, so the import can be taken back: its
// applications (with their events and tasks) and the resumes it added are erased in one transaction, and only
// while every one of them is still exactly as the import left it. A move, an edit, an archive, a task done
// or snoozed, made here or by another process or device, is never erased with the import: the undo is
// refused (Error::Kind::Conflict), and nothing is removed. A match score the matcher wrote since is not a
// change (it is recomputed from the texts).
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    // The most applications an import keeps for an undo. The app undoes on its own thread: 5,000 imported
    // applications take about 0.2 s to check and erase (bench_import's BM_UndoImport); a larger import is
    // taken back by restoring the backup made before it.
    static constexpr qsizetype kMaxApplications = 5000;

    ImportUndo() = default;

    // Reads the rows' state. Call inside the import's own transaction, so that nothing another process
    // writes after the commit is taken for part of the import.
    static Result<ImportUndo> capture(const Database& database, QList<qint64> applications,
                                      QList<qint64> resumes = {});

    qsizetype applicationCount() const { return m_applications.size(); }
    qsizetype resumeCount() const { return m_resumes.size(); }
    bool isEmpty() const { return m_applications.isEmpty() && m_resumes.isEmpty(); }

    // Erases the import: everything or, if any row changed or is gone since, nothing.
    Status discard(const Database& database) const;

private:
    struct States
    {
        QHash<qint64, QByteArray> digests; // id -> SHA-1 of what the row and its history hold
        QHash<qint64, QString> names;      // id -> company (applications) or name (resumes), for messages
    };
    static Result<States> applicationStates(const Database& database, const QList<qint64>& ids);
    static Result<States> resumeStates(const Database& database, const QList<qint64>& ids);

    QList<qint64> m_applications;
    QList<qint64> m_resumes;
    QHash<qint64, QByteArray> m_applicationDigests;
    QHash<qint64, QByteArray> m_resumeDigests;
};

} // namespace jobdeck::io
