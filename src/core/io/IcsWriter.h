#pragma once

#include "storage/Records.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace jobdeck {

// Pending follow-up tasks as an iCalendar file (RFC 5545) that calendar apps import: one 30-minute VEVENT
// per task at its due time, in UTC, with CRLF lines folded at 75 octets and text escaped.
class IcsWriter
{
public:
    static QByteArray calendar(const QList<FollowUpTask>& tasks, const QDateTime& stamp);
    static Status write(const QString& path, const QList<FollowUpTask>& tasks, const QDateTime& stamp);

    // TEXT value escaping: backslash, semicolon, comma and newlines.
    static QString escapeText(const QString& text);
    // Splits one content line into lines of at most 75 octets, never inside a UTF-8 sequence; each
    // continuation starts with a space. Every line ends with CRLF.
    static QByteArray fold(const QByteArray& line);
    static QByteArray utcStamp(const QDateTime& time);
};

} // namespace jobdeck
