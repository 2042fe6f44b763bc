#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace jobdeck::time {

// Times are stored as ISO-8601 text in UTC with whole seconds ("2026-01-31T09:00:00Z"), which sorts
// lexically in time order; dates as "YYYY-MM-DD".
QString toIso(const QDateTime& utc);
QString toIsoDate(const QDate& date);

// Accepts "YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)" and, as midnight UTC, a bare "YYYY-MM-DD".
// A time without a zone is read as UTC. Returns nothing for anything else.
std::optional<QDateTime> parseIso(const QString& text);
std::optional<QDate> parseIsoDate(const QString& text);

// "2026-W05" for the ISO week that holds the date.
QString isoWeek(const QDate& date);

} // namespace jobdeck::time
