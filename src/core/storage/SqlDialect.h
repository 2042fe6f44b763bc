#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace jobdeck {

// The few places where Jobdeck's SQL differs between SQLite (one file) and PostgreSQL (a server), so that
// repositories and services hold one query each. Everything else is written in the SQL both engines share:
// times stay ISO-8601 text, booleans stay 0/1 integers, so every figure is computed from the same values.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine = Engine::Sqlite) : m_engine(engine) {}
    // The dialect of a connection, by its driver (QPSQL or QSQLITE).
    static SqlDialect of(const QSqlDatabase& db);

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }

    // A join whose order the planner must keep (SQLite reorders an inner join unless it is a CROSS JOIN;
    // PostgreSQL has no CROSS JOIN ... ON and plans the order itself).
    QString fixedOrderJoin() const;
    // Appended to an INSERT whose new id the caller reads with insertedId(): PostgreSQL reports no last
    // insert id for identity columns.
    QString returningId() const;
    // The id of the row an INSERT (ending in returningId()) just wrote.
    static qint64 insertedId(QSqlQuery& query);
    // The conflict target of a table keyed per user: on a server each role has its own rows ("owner, key").
    QString perUserKey(const QString& columns) const;
    // The median of `column` in each group as one aggregate, where the engine has it (PostgreSQL's
    // percentile_cont, which for an even count gives a + (b - a) / 2, the same double as (a + b) / 2 for whole
    // seconds); empty on SQLite, where the caller probes the middle of a sorted index instead.
    QString medianAggregate(const QString& column) const;
    // Whether PRAGMA statements (SQLite's tuning knobs) mean anything.
    bool hasPragmas() const { return m_engine == Engine::Sqlite; }

private:
    Engine m_engine;
};

} // namespace jobdeck
