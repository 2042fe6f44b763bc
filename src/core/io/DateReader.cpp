#include "io/DateReader.h"

#include "util/Time.h"

#include <QRegularExpression>

namespace jobdeck::io {
namespace {

// "1/5/25", "01-05-2025", "5.1.2025", optionally followed by a time.
const QRegularExpression& numericShape()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})(?:[ ,T]+\\d{1,2}:\\d{2}.*)?$"));
    return re;
}

// "8-Jul", "8 Jul 2025", "08-Jul-25", "8 July, 2025"
const QRegularExpression& dayMonthShape()
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{1,2})(?:st|nd|rd|th)?[ \\-/]+([A-Za-z]{3,9})\\.?(?:[ ,\\-/]+(\\d{2}|\\d{4}))?$"));
    return re;
}

// "Jul 8", "Jul 8, 2025", "July 8th 2025"
const QRegularExpression& monthDayShape()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z]{3,9})\\.?[ \\-]+(\\d{1,2})(?:st|nd|rd|th)?(?:[ ,]+(\\d{4}|\\d{2}))?$"));
    return re;
}

int monthFromName(const QString& name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString lower = name.toLower();
    if (lower == QLatin1String("sept"))
        return 9;
    for (qsizetype i = 0; i < months.size(); ++i) {
        if (lower.startsWith(months.at(i))) {
            static const QStringList full{
                QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
            // "Jul" and "July" are months; "Julio" or "Mayor" are not.
            if (lower.size() == 3 || full.at(i) == lower)
                return int(i) + 1;
            return 0;
        }
    }
    return 0;
}

int fullYear(const QString& text)
{
    const int year = text.toInt();
    if (text.size() == 4)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

} // namespace

DateReader::DateReader(QDate today, Order defaultOrder) : m_today(today), m_order(defaultOrder) {}

std::optional<std::pair<int, int>> DateReader::numericParts(const QString& text)
{
    const QRegularExpressionMatch m = numericShape().match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1).toInt(), m.captured(2).toInt());
}

DateReader::Decision DateReader::decide(const QStringList& values)
{
    int dayFirst = 0;
    int monthFirst = 0;
    Decision decision;
    for (const QString& value : values) {
        const auto parts = numericParts(value);
        if (!parts)
            continue;
        const auto [a, b] = *parts;
        if (a > 12 && b <= 12)
            ++dayFirst;
        else if (b > 12 && a <= 12)
            ++monthFirst;
        else if (a <= 12 && b <= 12 && a != b)
            decision.ambiguous = true;
    }
    decision.evidence = dayFirst + monthFirst > 0;
    decision.conflicting = dayFirst > 0 && monthFirst > 0;
    if (decision.evidence)
        m_order = dayFirst > monthFirst ? Order::DayFirst : Order::MonthFirst;
    decision.order = m_order;
    return decision;
}

std::optional<QDate> DateReader::read(const QString& input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto iso = time::parseIso(text))
        return iso->date();
    static const QRegularExpression isoDateTime(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?$"));
    if (const QRegularExpressionMatch m = isoDateTime.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    static const QRegularExpression slashedIso(QStringLiteral("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$"));
    if (const QRegularExpressionMatch m = slashedIso.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    // Excel stores days since 1899-12-30; five digits cover 1927 to 2173.
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:\\.\\d+)?$"));
    if (const QRegularExpressionMatch m = serial.match(text); m.hasMatch())
        return QDate(1899, 12, 30).addDays(m.captured(1).toInt());
    if (const auto date = numeric(text))
        return date;
    return named(text);
}

std::optional<QDate> DateReader::numeric(const QString& text) const
{
    const QRegularExpressionMatch m = numericShape().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    const int year = fullYear(m.captured(3));
    const QDate date = m_order == Order::MonthFirst ? QDate(year, a, b) : QDate(year, b, a);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QDate> DateReader::named(const QString& text) const
{
    int day = 0;
    int month = 0;
    QString year;
    if (const QRegularExpressionMatch m = dayMonthShape().match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthFromName(m.captured(2));
        year = m.captured(3);
    } else if (const QRegularExpressionMatch n = monthDayShape().match(text); n.hasMatch()) {
        month = monthFromName(n.captured(1));
        day = n.captured(2).toInt();
        year = n.captured(3);
    }
    if (month == 0 || day == 0)
        return std::nullopt;
    if (year.isEmpty())
        return withoutYear(month, day);
    const QDate date(fullYear(year), month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QDate> DateReader::withoutYear(int month, int day) const
{
    // The latest such day not after today: a tracker written this season. 29 Feb looks back to a leap year.
    for (int year = m_today.year(); year >= m_today.year() - 8; --year) {
        const QDate date(year, month, day);
        if (date.isValid() && date <= m_today)
            return date;
    }
    return std::nullopt;
}

} // namespace jobdeck::io
