#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// Moves a whole Jobdeck database between engines (a file and a server, either way) through Jobdeck's JSON
// export and import, so each engine writes its rows through the same checks as any import; then proves the
// copy by comparing both sides' exports.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // Copies every application with its history and tasks, and every resume, from `from` into `to`, which
    // must hold none (on a server: none of this user's), with the fitted matcher models (still current under the
    // ids `to` gives, so not refitted) and the settings. One transaction on `to`: all or nothing.
    static Status copy(const Database& from, const Database& to, const QDateTime& now);
    // A new Jobdeck file at `destination` holding `database`'s data (a server user's `backup`), written to a
    // temporary name first so a failed copy leaves nothing.
    static Status toNewFile(const Database& database, const QString& destination, const QDateTime& now);
    // An export's tables with every id replaced by the row's position in its table and references following,
    // so two databases holding the same data compare equal whatever ids their engines chose.
    static QJsonObject canonical(const QJsonObject& exported);

private:
    // Inside copy()'s transaction, after the rows: matcher_models and settings, which no export holds.
    static Status carryModelsAndSettings(const Database& from, const Database& to);
};

} // namespace jobdeck::io
