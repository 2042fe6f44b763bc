// Issue 13: a move undone with Ctrl+Z counts for nothing. Drag applied -> offer, undo: the funnel, the
// sources, time in stage, the furthest stage and the card's days in stage are as before the move; undo and
// redo again and again count as one move.
#include "WindowFixture.h"
#include "analytics/AnalyticsService.h"
#include "storage/ApplicationRepository.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace jobdeck;

namespace {

// The report as one comparable string, so a failure shows which figure moved.
QString describe(const AnalyticsReport& report)
{
    QStringList parts;
    for (const FunnelRow& row : report.funnel)
        parts << QStringLiteral("funnel %1=%2").arg(stages::id(row.stage)).arg(row.count);
    for (const SourceRow& row : report.sources)
        parts << QStringLiteral("source %1=%2/%3").arg(row.source).arg(row.total).arg(row.advanced);
    for (const WeekRow& row : report.weekly)
        parts << QStringLiteral("week %1=%2").arg(row.week).arg(row.count);
    for (const StageTimeRow& row : report.timeInStage)
        parts << QStringLiteral("stay %1=%2 %3 %4").arg(stages::id(row.stage)).arg(row.stays).arg(row.medianDays).arg(row.meanDays);
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestUndoAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void undoneMoveLeavesAnalyticsAndTheCardAsBefore()
    {
        WindowFixture f;
        const qint64 other = f.add(QStringLiteral("Globex"));
        f.clock.advanceDays(2);
        f.session->moveApplications({other}, Stage::Screen);
        f.clock.advanceDays(3);
        f.session->moveApplications({other}, Stage::Technical); // a completed stay in screen
        const qint64 id = f.add(QStringLiteral("Acme"));
        const QDateTime entered = ApplicationRepository(f.session->database()).find(id)->stageEnteredAt;
        f.clock.advanceDays(4);
        const AnalyticsService analytics(f.session->database());
        const QString before = describe(analytics.report(f.clock.now()).value());

        f.session->moveApplications({id}, Stage::Offer);
        QVERIFY(describe(analytics.report(f.clock.now()).value()) != before);
        f.clock.advanceSecs(20);
        f.session->undoStack().undo();
        QCOMPARE(describe(analytics.report(f.clock.now()).value()), before);
        const Application app = ApplicationRepository(f.session->database()).find(id).value();
        QCOMPARE(app.stage, Stage::Applied);
        QCOMPARE(app.furthestRank, stages::rank(Stage::Applied));
        QCOMPARE(app.stageEnteredAt, entered);

        // Redo, undo, redo, undo: the log grows, the figures do not.
        for (int i = 0; i < 2; ++i) {
            f.clock.advanceSecs(20);
            f.session->undoStack().redo();
            QCOMPARE(ApplicationRepository(f.session->database()).find(id)->stage, Stage::Offer);
            f.clock.advanceSecs(20);
            f.session->undoStack().undo();
        }
        QCOMPARE(describe(analytics.report(f.clock.now()).value()), before);
        QCOMPARE(ApplicationRepository(f.session->database()).find(id)->stageEnteredAt, entered);
    }
};

QTEST_MAIN(TestUndoAnalytics)
#include "tst_undo_analytics.moc"
