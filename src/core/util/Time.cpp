#include "util/Time.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace jobdeck::time {

QString toIso(const QDateTime& utc)
{
    const QDateTime whole = QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::UTC);
    return whole.toString(Qt::ISODate);
}

QString toIsoDate(const QDate& date) { return date.toString(Qt::ISODate); }

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseIso(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (const auto date = parseIsoDate(trimmed))
        return QDateTime(*date, QTime(0, 0), Qt::UTC);

    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    QString normalised = trimmed;
    normalised.replace(10, 1, QLatin1Char('T'));
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) // no zone given: UTC by contract
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return QDateTime::fromSecsSinceEpoch(parsed.toSecsSinceEpoch(), Qt::UTC);
}

QString isoWeek(const QDate& date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace jobdeck::time
