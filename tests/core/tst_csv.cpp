#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TextDecoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace jobdeck;
using namespace jobdeck::io;

class TestCsv : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> fieldsOf(const CsvTable& table)
    {
        QList<QStringList> rows;
        for (const CsvRecord& r : table.records)
            rows.append(r.fields);
        return rows;
    }

private slots:
    void quotedFieldsKeepCommasNewlinesAndDoubledQuotes()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("a,b,c\r\n\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\"\r\n"));
        QVERIFY(!table.error);
        QCOMPARE(fieldsOf(table), (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                                      {QStringLiteral("x, y"), QStringLiteral("line1\nline2"),
                                                       QStringLiteral("say \"hi\"")}}));
    }

    void recordsRememberTheLineTheyStartOn()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("h1,h2\n\"multi\nline\",x\nlast,y"));
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records.at(1).line, 2);
        QCOMPARE(table.records.at(2).line, 4);
        QCOMPARE(table.records.at(2).fields, (QStringList{QStringLiteral("last"), QStringLiteral("y")}));
    }

    void crLfAndBareCrAndLfAllEndRecords()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("a\r\nb\rc\nd"));
        QCOMPARE(table.records.size(), 4);
        QCOMPARE(table.records.at(3).fields.first(), QStringLiteral("d"));
        QCOMPARE(table.records.at(3).line, 4);
    }

    void trailingNewlineAddsNoRecordButBlankLinesAreKept()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("a,b\n\n1,2\n"));
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records.at(1).fields, QStringList{QString()});
    }

    void emptyQuotedFieldIsEmpty()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("\"\",x,\"\""));
        QCOMPARE(table.records.first().fields, (QStringList{QString(), QStringLiteral("x"), QString()}));
    }

    void unclosedQuoteIsAnErrorOnTheLineItOpened()
    {
        const CsvTable table = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"));
        QVERIFY(table.error.has_value());
        QCOMPARE(table.error->line, 3);
        QCOMPARE(table.records.size(), 2);
    }

    void semicolonAndTabDelimitersAreSniffedFromTheHeader()
    {
        QCOMPARE(CsvReader::parse(QStringLiteral("a;b;c\n1;2,5;3")).records.at(1).fields.size(), 3);
        QCOMPARE(CsvReader::parse(QStringLiteral("a\tb\n1\t2")).delimiter, QLatin1Char('\t'));
        QCOMPARE(CsvReader::parse(QStringLiteral("\"a;b\",c\n")).delimiter, QLatin1Char(','));
    }

    void utf8WithAndWithoutBomReadTheSame()
    {
        const QByteArray plain = QStringLiteral("company\nMüller\n").toUtf8();
        const Result<CsvTable> a = CsvReader::read(plain);
        const Result<CsvTable> b = CsvReader::read(QByteArrayLiteral("\xEF\xBB\xBF") + plain);
        QVERIFY(a && b);
        QCOMPARE(a->records.at(1).fields.first(), QStringLiteral("Müller"));
        QCOMPARE(b->records.first().fields.first(), QStringLiteral("company")); // the BOM is not in the header
        QCOMPARE(b->records.at(1).fields.first(), QStringLiteral("Müller"));
        QCOMPARE(b->encoding, QStringLiteral("UTF-8 with BOM"));
        QVERIFY(a->warnings.isEmpty());
    }

    void utf16WithBomIsRead_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("LE") << true;
        QTest::newRow("BE") << false;
    }
    void utf16WithBomIsRead()
    {
        QFETCH(bool, littleEndian);
        QStringEncoder encoder(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                               QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(QStringLiteral("company,title\r\nZoë,Dév\r\n"));
        const Result<CsvTable> table = CsvReader::read(bytes);
        QVERIFY2(table, qPrintable(table.message()));
        QCOMPARE(table->records.at(1).fields, (QStringList{QStringLiteral("Zoë"), QStringLiteral("Dév")}));
    }

    void otherBytesAreReadAsWindows1252WithAWarning()
    {
        // "Café – €5" in Windows-1252: é = E9, en dash = 96, euro = 80.
        const Result<CsvTable> table = CsvReader::read(QByteArrayLiteral("name\nCaf\xE9 \x96 \x80" "5\n"));
        QVERIFY(table);
        QCOMPARE(table->records.at(1).fields.first(), QStringLiteral("Café – €5"));
        QCOMPARE(table->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(table->warnings.size(), 1);
    }

    void onlyTheFirstByteOrderMarkIsTakenAsOne()
    {
        // A second U+FEFF is text (a zero-width no-break space someone pasted), and is kept.
        const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + QStringLiteral("\uFEFFx\n").toUtf8();
        const Result<CsvTable> table = CsvReader::read(bytes);
        QVERIFY(table);
        QCOMPARE(table->records.first().fields.first(), QStringLiteral("\uFEFFx"));
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const Result<CsvTable> utf16 = CsvReader::read(encoder.encode(QStringLiteral("\uFEFFy")));
        QVERIFY(utf16);
        QCOMPARE(utf16->records.first().fields.first(), QStringLiteral("\uFEFFy"));
    }

    void utf16WithALoneSurrogateIsRefused()
    {
        // BOM, "a", then a high surrogate with no low one after it.
        QVERIFY(!CsvReader::read(QByteArrayLiteral("\xFF\xFE" "a\0" "\x3D\xD8" ",\0")).ok());
    }

    void binaryDataIsRefused() { QVERIFY(!CsvReader::read(QByteArrayLiteral("PK\x03\x04\0\0\x01")).ok()); }

    void writerQuotesOnlyWhatNeedsItAndWritesBomAndCrLf()
    {
        const QByteArray bytes = CsvWriter::write({{QStringLiteral("a"), QStringLiteral("b,c")},
                                                   {QStringLiteral("say \"hi\""), QStringLiteral("x\ny")}});
        QCOMPARE(bytes, QByteArrayLiteral("\xEF\xBB\xBF" "a,\"b,c\"\r\n\"say \"\"hi\"\"\",\"x\ny\"\r\n"));
    }

    void formulaCellsAreNeutralisedAndRestoredExactly_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("guarded");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil\")") << true;
        QTest::newRow("plus") << QStringLiteral("+1 555 0100") << true;
        QTest::newRow("minus") << QStringLiteral("-5") << true;
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << true;
        QTest::newRow("tab") << QStringLiteral("\t=1") << true;
        QTest::newRow("apostrophe") << QStringLiteral("'90s revival") << true;
        QTest::newRow("plain") << QStringLiteral("Acme") << false;
        QTest::newRow("inner equals") << QStringLiteral("a=b") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void formulaCellsAreNeutralisedAndRestoredExactly()
    {
        QFETCH(QString, cell);
        QFETCH(bool, guarded);
        const QString safe = CsvWriter::neutralised(cell);
        QCOMPARE(safe.startsWith(QLatin1Char('\'')), guarded);
        QCOMPARE(CsvWriter::restored(safe), cell);
        // And through a whole write/read cycle.
        const Result<CsvTable> table = CsvReader::read(CsvWriter::write({{QStringLiteral("h")}, {cell}}));
        QVERIFY(table);
        QCOMPARE(CsvWriter::restored(table->records.at(1).fields.first()), cell);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
