#include "util/Clock.h"

namespace jobdeck {

QDateTime SystemClock::now() const
{
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::UTC);
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace jobdeck
