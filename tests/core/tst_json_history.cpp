// A Jobdeck JSON import refuses a history that could not have happened (issue 12): unknown stages, ranks
// that are not their stage's, invalid dates, impossible stays, events out of order. A valid one still
// imports.
#include "io/ImportService.h"
#include "MockClock.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jobdeck;

namespace {

QJsonObject event(qint64 id, const QJsonValue& previous, const QString& current, int rank, const QString& at,
                  const QJsonValue& stay = QJsonValue())
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("application_id"), 1},
            {QStringLiteral("previous"), previous},
            {QStringLiteral("current"), current},
            {QStringLiteral("current_rank"), rank},
            {QStringLiteral("at"), at},
            {QStringLiteral("stay_seconds"), stay}};
}

// One application in `screen` with the two events that brought it there; `change` spoils one field.
QJsonObject document(const std::function<void(QJsonObject& app, QJsonArray& events)>& change = {})
{
    QJsonObject app{{QStringLiteral("id"), 1},
                    {QStringLiteral("company"), QStringLiteral("Acme")},
                    {QStringLiteral("title"), QStringLiteral("Engineer")},
                    {QStringLiteral("applied_on"), QStringLiteral("2026-01-05")},
                    {QStringLiteral("stage"), QStringLiteral("screen")},
                    {QStringLiteral("stage_entered_at"), QStringLiteral("2026-01-06T09:00:00Z")},
                    {QStringLiteral("furthest_rank"), 2},
                    {QStringLiteral("archived"), 0},
                    {QStringLiteral("created_at"), QStringLiteral("2026-01-05T09:00:00Z")},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-01-06T09:00:00Z")}};
    QJsonArray events{
        event(1, QJsonValue(), QStringLiteral("applied"), 1, QStringLiteral("2026-01-05T09:00:00Z")),
        event(2, QStringLiteral("applied"), QStringLiteral("screen"), 2,
              QStringLiteral("2026-01-06T09:00:00Z"), 86400)};
    if (change)
        change(app, events);
    return {{QStringLiteral("format"), QStringLiteral("jobdeck")},
            {QStringLiteral("format_version"), 1},
            {QStringLiteral("applications"), QJsonArray{app}},
            {QStringLiteral("stage_events"), events}};
}

void setEvent(QJsonArray& events, int index, const QString& key, const QJsonValue& value)
{
    QJsonObject e = events.at(index).toObject();
    e.insert(key, value);
    events.replace(index, e);
}

} // namespace

class TestJsonHistory : public QObject
{
    Q_OBJECT

    Result<io::ImportReport> import(const QJsonObject& doc, TestDatabase& test)
    {
        MockClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        io::ImportService service(test.db(), clock);
        io::ImportOptions options;
        options.format = io::ImportFormat::JobdeckJson;
        return service.importData(QJsonDocument(doc).toJson(), options);
    }

private slots:
    void validHistoryImports()
    {
        TestDatabase test;
        const auto report = import(document(), test);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(!report->hasErrors());
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 2);
    }

    void impossibleHistoryIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        using Change = std::function<void(QJsonObject&, QJsonArray&)>;
        const auto row = [](const char* name, const Change& change) {
            QTest::newRow(name) << document(change);
        };
        row("unknown stage", [](QJsonObject& app, QJsonArray& events) {
            setEvent(events, 1, QStringLiteral("current"), QStringLiteral("party"));
            app.insert(QStringLiteral("stage"), QStringLiteral("party"));
        });
        row("unknown previous stage", [](QJsonObject&, QJsonArray& events) {
            setEvent(events, 1, QStringLiteral("previous"), QStringLiteral("limbo"));
        });
        row("rank out of range", [](QJsonObject&, QJsonArray& events) {
            setEvent(events, 1, QStringLiteral("current_rank"), 99);
        });
        row("applied on 9999-99-99", [](QJsonObject& app, QJsonArray&) {
            app.insert(QStringLiteral("applied_on"), QStringLiteral("9999-99-99"));
        });
        row("event at an invalid date", [](QJsonObject&, QJsonArray& events) {
            setEvent(events, 0, QStringLiteral("at"), QStringLiteral("2026-02-30T09:00:00Z"));
        });
        row("negative stay", [](QJsonObject&, QJsonArray& events) {
            setEvent(events, 1, QStringLiteral("stay_seconds"), -5);
        });
        row("absurd stay", [](QJsonObject&, QJsonArray& events) {
            setEvent(events, 1, QStringLiteral("stay_seconds"), 1e15);
        });
        row("furthest rank out of range",
            [](QJsonObject& app, QJsonArray&) { app.insert(QStringLiteral("furthest_rank"), 12); });
        row("event dated before the one it follows", [](QJsonObject& app, QJsonArray& events) {
            setEvent(events, 1, QStringLiteral("at"), QStringLiteral("2026-01-04T09:00:00Z"));
            app.insert(QStringLiteral("stage_entered_at"), QStringLiteral("2026-01-04T09:00:00Z"));
        });
        row("event leaving a stage it was never in", [](QJsonObject&, QJsonArray& events) {
            setEvent(events, 1, QStringLiteral("previous"), QStringLiteral("offer"));
        });
    }

    void impossibleHistoryIsRefused()
    {
        QFETCH(QJsonObject, doc);
        TestDatabase test;
        const auto report = import(doc, test);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(report->hasErrors());
        QCOMPARE(report->imported, 0);
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonHistory)
#include "tst_json_history.moc"
