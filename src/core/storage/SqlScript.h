#pragma once

#include <QString>
#include <QStringList>

namespace jobdeck {

// Splits a migration script into statements: each ends with ';' at the end of a line, except inside a
// CREATE TRIGGER, which ends at a line "END;". Comment-only lines are dropped.
QStringList splitSqlScript(const QString& script);

} // namespace jobdeck
