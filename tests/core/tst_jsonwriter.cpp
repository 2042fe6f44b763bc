#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
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
