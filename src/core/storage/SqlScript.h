#pragma once

#include <QString>
#include <QStringList>

namespace jobdeck {

// Splits a migration script into statements: each ends with ';' at the end of a line, except inside a
// CREATE TRIGGER, which ends at a line "END;". Comment-only lines are dropped.
QStringList splitSqlScript(const QString& script);
// The same for a PostgreSQL script: a statement ends with ';' at the end of a line outside a $$-quoted body
// (a plpgsql function or DO block holds statements of its own).
QStringList splitPostgresScript(const QString& script);

} // namespace jobdeck
