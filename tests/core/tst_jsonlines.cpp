#include "io/DocumentTextLimits.h"
#include "matching/JsonLines.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace jobdeck;

namespace {

// A line of text written the way Python's json.dumps writes non-ASCII: every character escaped as four
// hex digits, characters outside the BMP as a surrogate pair. Returns the JSON string's content; `expected` gets
// the text it stands for.
QByteArray escapedText(qsizetype bytes, QString& expected)
{
    static const char32_t cycle[] = {0x00E9, 0x4E2D, 0x1F680, 0x0416, 0x00FC, 0x10437, 0x20AC, 0x0041};
    QByteArray out;
    out.reserve(bytes + 16);
    expected.clear();
    for (size_t k = 0; out.size() < bytes; ++k) {
        const char32_t c = cycle[k % std::size(cycle)];
        const QString units = QString::fromUcs4(&c, 1);
        for (const QChar unit : units)
            out += "\\u" + QByteArray::number(unit.unicode(), 16).rightJustified(4, '0');
        expected += units;
    }
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestJsonLines : public QObject
{
    Q_OBJECT

private slots:
    void aFourMegabyteLineOfEscapesDecodesExactly()
    {
        QString expected;
        const QByteArray text = escapedText(4 * limits::kMegabyte, expected);
        QVERIFY(expected.contains(QStringLiteral("\U0001F680")) && expected.contains(QStringLiteral("\U00010437")));
        const QByteArray bytes = "{\"id\": \"esc\", \"text\": \"" + text + "\"}\n{\"id\": 2, \"text\": \"plain\"}\n";
        const auto lines = JsonLines::parse(bytes, QStringLiteral("escaped.jsonl"));
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QCOMPARE(lines->count(), 2);
        QCOMPARE(lines->id(0).toString(), QStringLiteral("esc"));
        const QString decoded = lines->text(0);
        QCOMPARE(decoded.size(), expected.size());
        QVERIFY(decoded == expected);
        QCOMPARE(lines->text(1), QStringLiteral("plain"));
    }

    void escapedQuotesAmongManyEscapesEndTheStringInTheRightPlace()
    {
        // The scanner remembers where the closing quote is; an escaped quote must not be taken for it.
        QByteArray text;
        QString expected;
        for (int i = 0; i < 2000; ++i) {
            text += "\\u00e9\\\"a\\\\";
            expected += QStringLiteral("\u00e9\"a\\");
        }
        const QByteArray bytes = "{\"text\": \"" + text + "\", \"id\": 1}\n";
        const auto lines = JsonLines::parse(bytes, QStringLiteral("quotes.jsonl"));
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QCOMPARE(lines->text(0), expected);
        QVERIFY(!JsonLines::parse("{\"id\": 1, \"text\": \"" + text + "\\\"}\n", QStringLiteral("open.jsonl")).ok());
    }

    void aLineOverTheLimitIsRefusedByNumber()
    {
        const QByteArray huge(limits::kMaxJsonLineBytes, 'a');
        const QByteArray bytes = "{\"id\": 1, \"text\": \"short\"}\n{\"id\": 2, \"text\": \"" + huge + "\"}\n";
        const auto lines = JsonLines::parse(bytes, QStringLiteral("huge.jsonl"));
        QVERIFY(!lines.ok());
        QVERIFY2(lines.message().contains(QStringLiteral("huge.jsonl line 2")), qPrintable(lines.message()));
        QVERIFY2(lines.message().contains(QStringLiteral("24 MB")), qPrintable(lines.message()));
    }

    void devZeroAndPipesAreRefusedAtOnce()
    {
        QElapsedTimer timer;
        timer.start();
        const auto zero = JsonLines::open(QStringLiteral("/dev/zero"));
        QVERIFY(!zero.ok());
        QVERIFY2(zero.message().contains(QStringLiteral("/dev/zero")), qPrintable(zero.message()));
        QVERIFY2(zero.message().contains(QStringLiteral("not a regular file")), qPrintable(zero.message()));

        // A FIFO nobody writes to: opening it to read would wait for a writer for ever.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("jds.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const auto pipe = JsonLines::open(fifo);
        QVERIFY(!pipe.ok());
        QVERIFY2(pipe.message().contains(QStringLiteral("not a regular file")), qPrintable(pipe.message()));
        QVERIFY(timer.elapsed() < 10000);
    }

    void aFileOverTheLimitIsRefusedUnread()
    {
        // A sparse file: its size is all that is looked at.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(limits::kMaxJsonLinesFileBytes + 1));
        file.close();
        const auto lines = JsonLines::open(path);
        QVERIFY(!lines.ok());
        QVERIFY2(lines.message().contains(QStringLiteral("huge.jsonl")), qPrintable(lines.message()));
        QVERIFY2(lines.message().contains(QStringLiteral("256 MB")), qPrintable(lines.message()));
    }

    void aFileOfOrdinaryLinesStillOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jds.jsonl"));
        writeFile(path, "{\"id\": 1, \"text\": \"Go and Kubernetes\"}\n{\"id\": 2, \"text\": \"C++\"}\n");
        const auto lines = JsonLines::open(path);
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QCOMPARE(lines->count(), 2);
        QCOMPARE(lines->text(1), QStringLiteral("C++"));
        const auto missing = JsonLines::open(dir.filePath(QStringLiteral("nope.jsonl")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(QStringLiteral("nope.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestJsonLines)
#include "tst_jsonlines.moc"
