#include "util/Time.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace jobdeck::time {

QString toIso(const QDateTime& utc)
{
    // Written by hand rather than by QDateTime::toString, which was a sixth of the time of a big import;
    // tst_import pins this text to Qt's ISODate. Years outside 0..9999 and invalid times take Qt's path.
    int year = -1;
    int month = 0;
    int day = 0;
    qint64 secs = 0;
    if (utc.isValid()) {
        secs = utc.toSecsSinceEpoch();
        const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
        secs -= days * 86400;
        QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    }
    if (year < 0 || year > 9999) {
        const QDateTime whole = QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::UTC);
        return whole.toString(Qt::ISODate);
    }
    char16_t text[20];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, int(secs / 3600), 2);
    text[13] = u':';
    put(14, int(secs / 60 % 60), 2);
    text[16] = u':';
    put(17, int(secs % 60), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
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

namespace {

// What toIso() writes, "YYYY-MM-DDTHH:MM:SSZ", read without the expressions and Qt's parser: every stored
// time has this form, and a start at 30,000 applications reads about 300,000 of them. nullopt for any
// other text, which parseIso() then reads the general way (the same value for this form, or none).
std::optional<QDateTime> parseStored(const QString& text)
{
    if (text.size() != 20)
        return std::nullopt;
    const char16_t* c = reinterpret_cast<const char16_t*>(text.utf16());
    if (c[4] != u'-' || c[7] != u'-' || c[10] != u'T' || c[13] != u':' || c[16] != u':' || c[19] != u'Z')
        return std::nullopt;
    bool digits = true;
    const auto number = [c, &digits](int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; ++i) {
            digits = digits && c[i] >= u'0' && c[i] <= u'9';
            value = value * 10 + int(c[i] - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!digits || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> parseIso(const QString& text)
{
    if (auto stored = parseStored(text))
        return stored;
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
