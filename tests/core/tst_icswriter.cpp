// The .ics export: a calendar that parses, with folded lines, escaped text and UTC times.
#include "MockClock.h"
#include "TestDatabase.h"
#include "io/IcsWriter.h"
#include "pipeline/PipelineService.h"
#include "storage/TaskRepository.h"

#include <QTest>
#include <QTimeZone>

using namespace jobdeck;

class TestIcsWriter : public QObject
{
    Q_OBJECT

    // Undoes RFC 5545 folding: a CRLF followed by a space or tab continues the previous line.
    static QStringList unfold(const QByteArray& ics)
    {
        QByteArray joined = ics;
        joined.replace("\r\n ", "").replace("\r\n\t", "");
        QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    static FollowUpTask task(qint64 id, const QString& title, const QDateTime& due)
    {
        FollowUpTask t;
        t.id = id;
        t.title = title;
        t.dueAt = due;
        t.type = TaskType::ThankYou;
        return t;
    }

private slots:
    void calendarHasOneEventPerTaskInUtc()
    {
        const QDateTime due(QDate(2026, 3, 2), QTime(14, 30), Qt::UTC);
        const QByteArray ics = IcsWriter::calendar({task(7, QStringLiteral("Call Acme"), due),
                                                    task(8, QStringLiteral("Write"), due.addDays(1))},
                                                   QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
        const QStringList lines = unfold(ics);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 2);
        QCOMPARE(lines.count(QStringLiteral("END:VEVENT")), 2);
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20260302T143000Z")));
        QVERIFY(lines.contains(QStringLiteral("DTEND:20260302T150000Z")));
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20260301T080000Z")));
        QVERIFY(lines.contains(QStringLiteral("UID:jobdeck-task-7@jobdeck.local")));
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:Call Acme")));
        // Every physical line ends with CRLF, and no bare LF appears.
        QVERIFY(ics.endsWith("\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
    }

    void anInterviewsPrepAndThankYouAreEventsTheDayBeforeAndAfterIt()
    {
        // Issue 13, item 5: a move into an interview stage with its time puts both tasks around it in the calendar.
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft = draftFor(QStringLiteral("Acme"));
        const qint64 id = pipeline.create(draft).value();
        const QDateTime interview(QDate(2026, 1, 14), QTime(15, 30), QTimeZone(3600)); // 14:30 UTC
        QVERIFY(pipeline.move(id, Stage::Onsite, std::nullopt, interview).ok());
        const QList<FollowUpTask> pending = TaskRepository(test.db()).list().value();
        QCOMPARE(pending.size(), 2);
        const QStringList lines = unfold(IcsWriter::calendar(pending, clock.now()));
        QMap<QString, QString> startOf; // summary -> DTSTART
        QString start;
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("DTSTART:")))
                start = line.mid(8);
            else if (line.startsWith(QLatin1String("SUMMARY:")))
                startOf.insert(line.mid(8), start);
        }
        QCOMPARE(startOf.size(), 2);
        QCOMPARE(startOf.value(QStringLiteral("Prepare for the %1 round at Acme").arg(stages::displayName(Stage::Onsite))),
                 QStringLiteral("20260113T143000Z"));
        QCOMPARE(startOf.value(QStringLiteral("Send a thank-you note to Acme")), QStringLiteral("20260115T143000Z"));
    }

    void localTimesAreWrittenAsUtc()
    {
        const QDateTime due(QDate(2026, 3, 2), QTime(14, 30), QTimeZone(3600));
        const QStringList lines = unfold(IcsWriter::calendar({task(1, QStringLiteral("x"), due)}, due));
        QVERIFY(lines.contains(QStringLiteral("DTSTART:20260302T133000Z")));
    }

    void textIsEscaped()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        const QStringList lines = unfold(IcsWriter::calendar(
            {task(1, QStringLiteral("Thank Smith, Jones; and co"), QDateTime::currentDateTimeUtc())},
            QDateTime::currentDateTimeUtc()));
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:Thank Smith\\, Jones\\; and co")));
    }

    void longLinesFoldAt75OctetsWithoutSplittingCharacters()
    {
        const QString title = QString(40, QChar(0x00e9)) + QStringLiteral(" Zürich ") + QString(60, QLatin1Char('x'));
        const QByteArray ics = IcsWriter::calendar({task(1, title, QDateTime::currentDateTimeUtc())},
                                                   QDateTime::currentDateTimeUtc());
        for (const QByteArray& line : ics.split('\n')) {
            const QByteArray physical = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(physical.size() <= 75, physical.constData());
            // Each physical line is valid UTF-8 on its own.
            QVERIFY(QString::fromUtf8(physical).toUtf8() == physical);
        }
        QVERIFY(unfold(ics).contains(QStringLiteral("SUMMARY:") + title));
    }

    void writeReportsAnUnwritablePath()
    {
        const Status written = IcsWriter::write(QStringLiteral("/nonexistent-folder/x.ics"), {}, QDateTime());
        QVERIFY(!written.ok());
        QVERIFY(written.message().contains(QStringLiteral("x.ics")));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
