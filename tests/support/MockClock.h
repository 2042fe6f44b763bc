#pragma once

#include "util/Clock.h"

namespace jobdeck {

// A clock the test sets and advances by hand.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)) : m_now(start) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace jobdeck
