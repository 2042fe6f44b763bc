#pragma once

#include <QCoreApplication>

#include "storage/Records.h"
#include "util/Result.h"

#include <QList>

class QSqlQuery;

namespace jobdeck {

class Database;

struct ApplicationQuery
{
    std::optional<Stage> stage;
    bool includeArchived = false;
    // Archived applications only (the list's Archived view, `jobdeck-cli list --archived`).
    bool archivedOnly = false;
};

// Reads and edits rows of `applications`. The stage cache is not editable here: only PipelineService
// changes it, together with the event log.
class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    explicit ApplicationRepository(const Database& database) : m_database(database) {}

    Result<Application> find(qint64 id) const;
    Result<QList<Application>> list(const ApplicationQuery& query = {}) const;
    Result<qint64> count(bool includeArchived = false) const;
    Status update(qint64 id, const ApplicationDraft& draft, const QDateTime& now) const;
    Status setArchived(qint64 id, bool archived, const QDateTime& now) const;
    Status setMatchScore(qint64 id, std::optional<double> score) const;
    // Stores many scores (application id, score) with one prepared statement; ids that do not exist are
    // skipped. Call it inside Database::transaction: 10,000 scores are then one commit, not 10,000.
    Status setMatchScores(const QList<std::pair<qint64, double>>& scores) const;

    // Checks what a person typed: a company and a title are required; text is trimmed.
    static Result<ApplicationDraft> validated(ApplicationDraft draft);
    // The columns every read selects, in Application's order, for the repositories and item models.
    static QString selectColumns();
    static Application fromRecord(const QSqlQuery& query);

private:
    const Database& m_database;
};

} // namespace jobdeck
