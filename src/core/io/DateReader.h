#pragma once

#include <optional>
#include <QDate>
#include <QString>
#include <QStringList>

namespace jobdeck::io {

// Reads the dates people and trackers put in spreadsheets: ISO (2025-01-05, with or without a time),
// numeric day-first or month-first (5/1/25, 1/5/2025, 05.01.2025, "1/5/25, 9:14 AM"), month names ("8-Jul",
// "Jul 8, 2025", "8 July 2025") and Excel serial numbers (45662). Whether 1/5 is January or May is decided
// once per file, from the values that can only be read one way.
class DateReader
{
public:
    enum class Order
    {
        MonthFirst,
        DayFirst
    };

    struct Decision
    {
        Order order = Order::MonthFirst;
        bool evidence = false;    // some value could only be read one way
        bool ambiguous = false;   // some value could be read both ways
        bool conflicting = false; // values point both ways; the majority won
    };

    // `today` resolves dates without a year ("8-Jul" is the latest 8 July not after today).
    explicit DateReader(QDate today, Order defaultOrder = Order::MonthFirst);

    // Looks at every value of the column and fixes the order.
    Decision decide(const QStringList& values);
    void setOrder(Order order) { m_order = order; }
    Order order() const { return m_order; }

    std::optional<QDate> read(const QString& text) const;

    // For numeric a/b/y text: the first two numbers, if the text has that shape.
    static std::optional<std::pair<int, int>> numericParts(const QString& text);

private:
    std::optional<QDate> numeric(const QString& text) const;
    std::optional<QDate> named(const QString& text) const;
    std::optional<QDate> withoutYear(int month, int day) const;

    QDate m_today;
    Order m_order;
};

} // namespace jobdeck::io
