#pragma once

#include "util/Time.h"

#include <QVariant>

#include <optional>

namespace jobdeck::sql {

// Text for a NOT NULL column: a null QString would bind as SQL NULL, so it becomes ''.
inline QVariant text(const QString& value) { return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value); }
inline QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
inline QVariant date(const std::optional<QDate>& value) { return value ? QVariant(time::toIsoDate(*value)) : nullText(); }

} // namespace jobdeck::sql
