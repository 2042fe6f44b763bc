#pragma once

#include <QDateTime>

namespace jobdeck {

// Where "now" comes from, so reminders and analytics can be tested at any moment (MockClock in tests).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

// The real clock, truncated to whole seconds to match the stored ISO-8601 text.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    static const SystemClock& instance();
};

} // namespace jobdeck
