#include "io/IcsWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace jobdeck {

QString IcsWriter::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': escaped += QLatin1String("\\\\"); break;
        case ';': escaped += QLatin1String("\\;"); break;
        case ',': escaped += QLatin1String("\\,"); break;
        case '\n': escaped += QLatin1String("\\n"); break;
        case '\r': break;
        default: escaped += c;
        }
    }
    return escaped;
}

QByteArray IcsWriter::fold(const QByteArray& line)
{
    constexpr int kMaxOctets = 75;
    QByteArray out;
    int start = 0;
    int limit = kMaxOctets; // the first line has 75 octets, continuations 74 after their leading space
    while (line.size() - start > limit) {
        int end = start + limit;
        // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = kMaxOctets - 1;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray IcsWriter::utcStamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray IcsWriter::calendar(const QList<FollowUpTask>& tasks, const QDateTime& stamp)
{
    QByteArray out;
    const auto line = [&out](const QByteArray& text) { out += fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Jobdeck//Jobdeck follow-ups//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for (const FollowUpTask& task : tasks) {
        line("BEGIN:VEVENT");
        line("UID:jobdeck-task-" + QByteArray::number(task.id) + "@jobdeck.local");
        line("DTSTAMP:" + utcStamp(stamp));
        line("DTSTART:" + utcStamp(task.dueAt));
        line("DTEND:" + utcStamp(task.dueAt.addSecs(30 * 60)));
        line("SUMMARY:" + escapeText(task.title).toUtf8());
        line("DESCRIPTION:" + escapeText(tasks::typeDisplayName(task.type)).toUtf8());
        line("CATEGORIES:Jobdeck");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

Status IcsWriter::write(const QString& path, const QList<FollowUpTask>& tasks, const QDateTime& stamp)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar(tasks, stamp)) < 0 || !file.commit())
        return failure(QCoreApplication::translate("IcsWriter", "Cannot write the calendar to '%1': %2")
                           .arg(path, file.errorString()));
    return {};
}

} // namespace jobdeck
