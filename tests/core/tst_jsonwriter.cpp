#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <QLocale>
#include <QRandomGenerator>

#include <cmath>
#include <cstring>
#include <limits>

using namespace jobdeck;

namespace {

QByteArray qtCompact(const QJsonValue& value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

QByteArray written(const QJsonValue& value)
{
    JsonWriter writer;
    writer.beginArray();
    writer.value(value);
    writer.endArray();
    return writer.bytes();
}

} // namespace

// JsonWriter must write what QJsonDocument::Compact writes, byte for byte: rank's output moved to it and
// scripts compare it.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreEscapedAsQtEscapesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("python, sql & dbt");
        QTest::newRow("specials") << QStringLiteral("a \"quoted\" back\\slash / slash");
        QTest::newRow("named controls") << QStringLiteral("b\bf\fn\nr\rt\t");
        QTest::newRow("other controls") << QString::fromUtf8("x\x01y\x1fz\x7f");
        QTest::newRow("nul") << QString(QChar(0));
        QTest::newRow("two-byte") << QStringLiteral("Zürich, señor, résumé, ÆØÅ");
        QTest::newRow("three-byte") << QStringLiteral("データ、€ and \u2028 line separator");
        QTest::newRow("surrogate pair") << QStringLiteral("emoji 😀 and 𝄞");
        QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"));
        QTest::newRow("lone low surrogate") << (QStringLiteral("a") + QChar(0xde00));
        QTest::newRow("high surrogate at the end") << (QStringLiteral("end") + QChar(0xd800));
        QTest::newRow("empty") << QString();
    }
    void stringsAreEscapedAsQtEscapesThem()
    {
        QFETCH(QString, text);
        QCOMPARE(written(QJsonValue(text)), qtCompact(QJsonValue(text)));
    }

    void numbersAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QJsonValue>("number");
        QTest::newRow("zero") << QJsonValue(0.0);
        QTest::newRow("negative zero") << QJsonValue(-0.0);
        QTest::newRow("whole double") << QJsonValue(2.0);
        QTest::newRow("cosine") << QJsonValue(0.2873087373917594);
        QTest::newRow("tenth") << QJsonValue(0.1);
        QTest::newRow("tiny") << QJsonValue(1e-300);
        QTest::newRow("huge") << QJsonValue(1e21);
        QTest::newRow("denormal") << QJsonValue(std::numeric_limits<double>::denorm_min());
        QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity());
        QTest::newRow("nan") << QJsonValue(std::nan(""));
        QTest::newRow("integer") << QJsonValue(qint64(42));
        QTest::newRow("negative integer") << QJsonValue(qint64(-7));
        QTest::newRow("integer past 2^53") << QJsonValue(qint64(1) << 60);
        QTest::newRow("parsed integer") << QJsonDocument::fromJson("[123456789012]").array().at(0);
        QTest::newRow("parsed fraction") << QJsonDocument::fromJson("[5.5]").array().at(0);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("bool") << QJsonValue(true);
    }
    void numbersAreWrittenAsQtWritesThem()
    {
        QFETCH(QJsonValue, number);
        QCOMPARE(written(number), qtCompact(number));
    }

    // The shortest-digits writer against Qt's own, on values of every size: random bit patterns (any
    // exponent, denormals), short decimals around each power of ten (where the two forms swap), whole
    // numbers, and weights as rank writes them.
    void doublesAreWrittenAsQtWritesThemAcrossTheRange()
    {
        QRandomGenerator random(20261202);
        QList<double> values;
        for (int i = 0; i < 60000; ++i) {
            const quint64 bits = random.generate64();
            double value;
            std::memcpy(&value, &bits, sizeof value);
            if (std::isfinite(value))
                values.append(value);
        }
        for (int power = -330; power <= 310; ++power) {
            for (int digits : {1, 2, 12, 123, 12345, 1234567})
                values << digits * std::pow(10.0, power) << -digits * std::pow(10.0, power);
            values << std::nextafter(std::pow(10.0, power), 0.0) << std::nextafter(std::pow(10.0, power), 1e308);
        }
        for (int i = 0; i < 60000; ++i) {
            values << double(random.bounded(1 << 30)) << random.generateDouble() << random.generateDouble() / 1000
                   << std::ldexp(1.0, random.bounded(2098) - 1074);
        }
        values << std::numeric_limits<double>::max() << std::numeric_limits<double>::lowest()
               << std::numeric_limits<double>::min() << std::numeric_limits<double>::denorm_min() << 9007199254740993.0
               << -0.0;
        values.removeIf([](double value) { return !std::isfinite(value); }); // past the largest double

        JsonWriter writer;
        writer.beginArray();
        QByteArray expected("[");
        for (qsizetype i = 0; i < values.size(); ++i) {
            writer.value(values.at(i));
            if (i > 0)
                expected.append(',');
            expected.append(QByteArray::number(values.at(i), 'g', QLocale::FloatingPointShortest));
        }
        writer.endArray();
        expected.append(']');
        const QByteArray actual = writer.bytes();
        if (actual != expected) {
            const QList<QByteArray> got = actual.mid(1, actual.size() - 2).split(',');
            const QList<QByteArray> want = expected.mid(1, expected.size() - 2).split(',');
            for (qsizetype i = 0; i < want.size(); ++i)
                QCOMPARE(got.value(i), want.at(i));
        }
        QCOMPARE(actual, expected);
    }

    void nestedObjectsMatchQJsonDocument()
    {
        JsonWriter writer;
        writer.beginObject();
        writer.key(QLatin1StringView("results"));
        writer.beginArray();
        for (int i = 0; i < 3; ++i) {
            writer.beginObject();
            writer.key(QLatin1StringView("empty"));
            writer.beginArray();
            writer.endArray();
            writer.key(QLatin1StringView("id"));
            writer.value(QJsonValue(qint64(i)));
            writer.key(QLatin1StringView("skill"));
            writer.null();
            writer.key(QLatin1StringView("term"));
            writer.value(QLatin1StringView("sql"));
            writer.key(QLatin1StringView("weight"));
            writer.value(0.25 * i);
            writer.endObject();
        }
        writer.endArray();
        writer.endObject();

        QJsonArray results;
        for (int i = 0; i < 3; ++i)
            results.append(QJsonObject{{QStringLiteral("empty"), QJsonArray()},
                                       {QStringLiteral("id"), qint64(i)},
                                       {QStringLiteral("skill"), QJsonValue()},
                                       {QStringLiteral("term"), QStringLiteral("sql")},
                                       {QStringLiteral("weight"), 0.25 * i}});
        QCOMPARE(writer.bytes(),
                 QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
