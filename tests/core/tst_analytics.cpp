// AnalyticsService on a scenario whose figures are worked out by hand below.
#include "MockClock.h"
#include "TestDatabase.h"
#include "analytics/AnalyticsService.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace jobdeck;

namespace {

QDateTime day(int month, int d, int hour = 0) { return QDateTime(QDate(2026, month, d), QTime(hour, 0), Qt::UTC); }

const SourceRow* sourceNamed(const QList<SourceRow>& rows, const QString& name)
{
    for (const SourceRow& row : rows) {
        if (row.source == name)
            return &row;
    }
    return nullptr;
}

// The same fields of two lists of rows, row by row, so a difference names the row and the figure that moved.
template <typename Row, typename... Fields>
void compareRows(const QList<Row>& actual, const QList<Row>& expected, Fields Row::*... fields)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size() && !QTest::currentTestFailed(); ++i) {
        const auto compareField = [&](auto field) {
            if (!QTest::currentTestFailed())
                QCOMPARE(actual.at(i).*field, expected.at(i).*field);
        };
        (compareField(fields), ...);
    }
}

// The count of every row (funnel stages, weeks), in order.
template <typename Row>
QList<qint64> countsOf(const QList<Row>& rows)
{
    QList<qint64> counts;
    for (const Row& row : rows)
        counts.append(row.count);
    return counts;
}

// Every field of two reports.
void compareReports(const AnalyticsReport& actual, const AnalyticsReport& expected)
{
    compareRows(actual.funnel, expected.funnel, &FunnelRow::stage, &FunnelRow::count);
    compareRows(actual.sources, expected.sources, &SourceRow::source, &SourceRow::total, &SourceRow::advanced,
                &SourceRow::conversionPct);
    compareRows(actual.weekly, expected.weekly, &WeekRow::week, &WeekRow::count);
    compareRows(actual.timeInStage, expected.timeInStage, &StageTimeRow::stage, &StageTimeRow::stays,
                &StageTimeRow::medianDays, &StageTimeRow::meanDays);
}

// A report put together from the separate figure calls, to hold the one-pass report to them.
AnalyticsReport separately(const AnalyticsService& analytics, const auto& when)
{
    return AnalyticsReport{analytics.funnel(when).value(), analytics.sources(when).value(),
                           analytics.weekly(when).value(), analytics.timeInStage(when).value()};
}

} // namespace

// The scenario (2026; Jan 5 is the Monday of ISO week 2):
//   A  LinkedIn  applied Jan 5  -> screen Jan 7 -> technical Jan 10 -> onsite Jan 14 -> rejected Jan 16
//   B  LinkedIn  applied Jan 6  -> screen Jan 10
//   C  (no source) applied Jan 20
//   D  Referral  applied Jan 6  -> screen Jan 8 -> technical Jan 9 -> offer Jan 20 -> accepted Jan 22
//   E  LinkedIn  saved Jan 7
class TestAnalytics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    MockClock m_clock{day(2, 2, 12)};

    qint64 add(const QString& company, const QString& source, const QDateTime& at, Stage initial = Stage::Applied)
    {
        return add(m_db->db(), company, source, at, initial);
    }
    qint64 add(Database& db, const QString& company, const QString& source, const QDateTime& at,
               Stage initial = Stage::Applied)
    {
        PipelineService pipeline(db, m_clock);
        ApplicationDraft d;
        d.company = company;
        d.title = QStringLiteral("Engineer");
        d.source = source;
        if (initial == Stage::Applied)
            d.appliedOn = at.date();
        return pipeline.create(d, initial, at).value();
    }
    void move(qint64 id, Stage to, const QDateTime& at) { move(m_db->db(), id, to, at); }
    void move(Database& db, qint64 id, Stage to, const QDateTime& at)
    {
        PipelineService pipeline(db, m_clock);
        const auto moved = pipeline.move(id, to, at);
        QVERIFY2(moved.ok(), qPrintable(moved.message()));
    }
    // The scenario above into `db`; returns B's id (still in screen) and E's (still saved).
    std::pair<qint64, qint64> buildScenario(Database& db)
    {
        const qint64 a = add(db, QStringLiteral("A"), QStringLiteral("LinkedIn"), day(1, 5));
        move(db, a, Stage::Screen, day(1, 7));
        move(db, a, Stage::Technical, day(1, 10));
        move(db, a, Stage::Onsite, day(1, 14));
        move(db, a, Stage::Rejected, day(1, 16));
        const qint64 b = add(db, QStringLiteral("B"), QStringLiteral("LinkedIn"), day(1, 6));
        move(db, b, Stage::Screen, day(1, 10));
        add(db, QStringLiteral("C"), QString(), day(1, 20));
        const qint64 d = add(db, QStringLiteral("D"), QStringLiteral("Referral"), day(1, 6));
        move(db, d, Stage::Screen, day(1, 8));
        move(db, d, Stage::Technical, day(1, 9));
        move(db, d, Stage::Offer, day(1, 20));
        move(db, d, Stage::Accepted, day(1, 22));
        const qint64 e = add(db, QStringLiteral("E"), QStringLiteral("LinkedIn"), day(1, 7), Stage::Saved);
        return {b, e};
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->ok());
        buildScenario(m_db->db());
    }

    void undoneMoveLeavesTheWholeReportAsBeforeIt()
    {
        // Issue 13: drag screen -> offer, then undo. Every figure must be as before the move: funnel, sources,
        // weekly, time in stage (B's stay in screen is still open, not a completed stay of the undone move).
        TestDatabase test;
        QVERIFY(test.ok());
        const auto [b, e] = buildScenario(test.db());
        const AnalyticsService analytics(test.db());
        const QDateTime now = day(2, 2, 12);
        m_clock.set(now);
        const AnalyticsReport before = analytics.report(now).value();

        PipelineService pipeline(test.db(), m_clock);
        const auto moved = pipeline.move(b, Stage::Offer);
        QVERIFY2(moved.ok(), qPrintable(moved.message()));
        // The move raises the funnel, so the comparison below can fail.
        QCOMPARE(analytics.report(now)->funnel.at(stages::rank(Stage::Offer)).count,
                 before.funnel.at(stages::rank(Stage::Offer)).count + 1);
        m_clock.set(now.addSecs(3600));
        const auto reverted = pipeline.revert(moved->eventId);
        QVERIFY2(reverted.ok(), qPrintable(reverted.message()));
        compareReports(analytics.report(now.addSecs(3600)).value(), before);
        compareReports(separately(analytics, now.addSecs(3600)), before);

        const auto app = ApplicationRepository(test.db()).find(b).value();
        QCOMPARE(app.stage, Stage::Screen);
        QCOMPARE(app.stageEnteredAt, day(1, 10)); // days in stage count from the original entry
        QCOMPARE(app.furthestRank, stages::rank(Stage::Screen));

        // As of a time past the undo but before a later event: the figures come from the log, not the cache.
        m_clock.set(now.addDays(1));
        const qint64 late = add(test.db(), QStringLiteral("F"), QStringLiteral("Late"), now.addDays(1));
        QVERIFY(late > 0);
        compareReports(analytics.report(now.addSecs(3600)).value(), before);
        compareReports(separately(analytics, now.addSecs(3600)), before);
        // And for a window's cohort (the join path).
        const AnalyticsWindow window{QDate(2026, 1, 1), QDate(2026, 1, 31), now.addSecs(3600)};
        TestDatabase twin;
        QVERIFY(twin.ok());
        buildScenario(twin.db());
        compareReports(analytics.report(window).value(), AnalyticsService(twin.db()).report(window).value());

        // Undoing a move out of saved takes back the applied date it set: weekly is as before too.
        m_clock.set(now.addDays(2));
        const AnalyticsReport beforeApply = analytics.report(now.addDays(2)).value();
        const auto applied = pipeline.move(e, Stage::Applied);
        QVERIFY(applied.ok());
        QVERIFY(ApplicationRepository(test.db()).find(e)->appliedOn.has_value());
        QVERIFY(pipeline.revert(applied->eventId).ok());
        QVERIFY(!ApplicationRepository(test.db()).find(e)->appliedOn.has_value());
        compareReports(analytics.report(now.addDays(2)).value(), beforeApply);
    }

    void undoRedoCyclesCountAsOneMove()
    {
        // Undo and redo three times over ten minutes; the log grows, the figures equal one move made at the
        // last redo's time.
        TestDatabase cycled;
        TestDatabase once;
        QVERIFY(cycled.ok() && once.ok());
        const qint64 b = buildScenario(cycled.db()).first;
        QCOMPARE(buildScenario(once.db()).first, b);
        const QDateTime start = day(2, 2, 12);
        m_clock.set(start);
        PipelineService pipeline(cycled.db(), m_clock);
        for (int cycle = 0; cycle < 3; ++cycle) {
            const auto moved = pipeline.move(b, Stage::Offer);
            QVERIFY(moved.ok());
            m_clock.advanceSecs(120);
            QVERIFY(pipeline.revert(moved->eventId).ok());
            m_clock.advanceSecs(80);
        }
        QVERIFY(pipeline.move(b, Stage::Offer).ok());
        QCOMPARE(pipeline.history(b)->size(), 2 + 7);
        move(once.db(), b, Stage::Offer, m_clock.now());
        QVERIFY(m_clock.now() > start);
        QVERIFY(pipeline.move(b, Stage::Technical, m_clock.now().addDays(3)).ok());
        move(once.db(), b, Stage::Technical, m_clock.now().addDays(3));

        for (const QDateTime& asOf : {m_clock.now().addDays(5), m_clock.now().addDays(1), start.addSecs(30)}) {
            compareReports(AnalyticsService(cycled.db()).report(asOf).value(),
                           AnalyticsService(once.db()).report(asOf).value());
        }
        const auto cycledApp = ApplicationRepository(cycled.db()).find(b).value();
        const auto onceApp = ApplicationRepository(once.db()).find(b).value();
        QCOMPARE(cycledApp.furthestRank, onceApp.furthestRank);
        QCOMPARE(cycledApp.stageEnteredAt, onceApp.stageEnteredAt);
    }

    void editUndoneLeavesTheFiguresAsBefore()
    {
        // An undone edit puts the fields back (EditApplicationCommand writes the old values): the source and
        // applied date the figures group by are the stored ones, so they are as before.
        TestDatabase test;
        QVERIFY(test.ok());
        const qint64 b = buildScenario(test.db()).first;
        const AnalyticsService analytics(test.db());
        const QDateTime now = day(2, 2, 12);
        const AnalyticsReport before = analytics.report(now).value();
        const ApplicationRepository repository(test.db());
        const Application original = repository.find(b).value();
        ApplicationDraft edited = original;
        edited.source = QStringLiteral("Indeed");
        edited.appliedOn = QDate(2026, 1, 27);
        QVERIFY(repository.update(b, edited, now).ok());
        QVERIFY(analytics.report(now)->sources.size() != before.sources.size());
        QVERIFY(repository.update(b, original, now).ok());
        compareReports(analytics.report(now).value(), before);
    }

    void funnelCountsFurthestStageFromTheLog()
    {
        const auto funnel = AnalyticsService(m_db->db()).funnel(day(2, 2, 12));
        QVERIFY2(funnel.ok(), qPrintable(funnel.message()));
        // saved: all 5; applied: A B C D; screen: A B D; technical and onsite: A D (A was rejected after
        // its onsite and still counts); final, offer, accepted: D.
        const QList<qint64> expected{5, 4, 3, 2, 2, 1, 1, 1};
        QCOMPARE(funnel->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(funnel->at(i).stage, static_cast<Stage>(i));
            QCOMPARE(funnel->at(i).count, expected.at(i));
        }
    }

    void rejectedAfterOnsiteStillCountsAsReachedOnsite()
    {
        const auto funnel = AnalyticsService(m_db->db()).funnel(day(2, 2, 12)).value();
        QCOMPARE(funnel.at(stages::rank(Stage::Onsite)).count, 2);
    }

    void funnelAsOfAnEarlierTimeReadsOnlyEarlierEvents()
    {
        // Jan 9 noon: A reached screen, B applied, D technical, E saved; C did not exist yet.
        const auto funnel = AnalyticsService(m_db->db()).funnel(day(1, 9, 12)).value();
        const QList<qint64> expected{4, 3, 2, 1, 0, 0, 0, 0};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(funnel.at(i).count, expected.at(i));
        // Jan 21: D had its offer but not yet accepted it.
        const auto later = AnalyticsService(m_db->db()).funnel(day(1, 21)).value();
        QCOMPARE(later.at(stages::rank(Stage::Offer)).count, 1);
        QCOMPARE(later.at(stages::rank(Stage::Accepted)).count, 0);
    }

    void sourcesCountConversionAndNameEmptySourceDirect()
    {
        const auto sources = AnalyticsService(m_db->db()).sources(day(2, 2, 12));
        QVERIFY2(sources.ok(), qPrintable(sources.message()));
        QCOMPARE(sources->size(), 3);
        QCOMPARE(sources->first().source, QStringLiteral("LinkedIn")); // largest first
        const SourceRow* linkedIn = sourceNamed(*sources, QStringLiteral("LinkedIn"));
        QCOMPARE(linkedIn->total, 3);
        QCOMPARE(linkedIn->advanced, 2);
        QVERIFY(qAbs(linkedIn->conversionPct - 200.0 / 3.0) < 1e-9);
        const SourceRow* direct = sourceNamed(*sources, QStringLiteral("direct"));
        QVERIFY(direct);
        QCOMPARE(direct->total, 1);
        QCOMPARE(direct->advanced, 0);
        QCOMPARE(direct->conversionPct, 0.0);
        const SourceRow* referral = sourceNamed(*sources, QStringLiteral("Referral"));
        QCOMPARE(referral->total, 1);
        QCOMPARE(referral->conversionPct, 100.0);
    }

    void weeklyIsZeroFilledToTheAsOfWeek()
    {
        const auto weekly = AnalyticsService(m_db->db()).weekly(day(2, 2, 12));
        QVERIFY(weekly.ok());
        // A, B, D in week 2; C in week 4; E was never applied to. Feb 2 is the Monday of week 6.
        const QStringList weeks{QStringLiteral("2026-W02"), QStringLiteral("2026-W03"), QStringLiteral("2026-W04"),
                                QStringLiteral("2026-W05"), QStringLiteral("2026-W06")};
        const QList<qint64> counts{3, 0, 1, 0, 0};
        QCOMPARE(weekly->size(), weeks.size());
        for (int i = 0; i < weeks.size(); ++i) {
            QCOMPARE(weekly->at(i).week, weeks.at(i));
            QCOMPARE(weekly->at(i).count, counts.at(i));
        }
    }

    void timeInStageUsesCompletedStaysOnly()
    {
        const auto times = AnalyticsService(m_db->db()).timeInStage(day(2, 2, 12));
        QVERIFY2(times.ok(), qPrintable(times.message()));
        // applied: A 2, B 4, D 2 days; screen: A 3, D 1; technical: A 4, D 11; onsite: A 2; offer: D 2.
        // Open stays (B in screen, C in applied, A rejected, D accepted, E saved) do not count.
        struct Expected { Stage stage; qint64 stays; double median; double mean; };
        const QList<Expected> expected{{Stage::Applied, 3, 2.0, 8.0 / 3.0},
                                       {Stage::Screen, 2, 2.0, 2.0},
                                       {Stage::Technical, 2, 7.5, 7.5},
                                       {Stage::Onsite, 1, 2.0, 2.0},
                                       {Stage::Offer, 1, 2.0, 2.0}};
        QCOMPARE(times->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(times->at(i).stage, expected.at(i).stage);
            QCOMPARE(times->at(i).stays, expected.at(i).stays);
            QVERIFY(qAbs(times->at(i).medianDays - expected.at(i).median) < 1e-9);
            QVERIFY(qAbs(times->at(i).meanDays - expected.at(i).mean) < 1e-9);
        }
    }

    void timeInStageAsOfIgnoresLaterMoves()
    {
        // Jan 9 noon: completed stays are A applied 2 days and D applied 2, screen 1.
        const auto times = AnalyticsService(m_db->db()).timeInStage(day(1, 9, 12)).value();
        QCOMPARE(times.size(), 2);
        QCOMPARE(times.at(0).stage, Stage::Applied);
        QCOMPARE(times.at(0).stays, 2);
        QCOMPARE(times.at(1).stage, Stage::Screen);
        QVERIFY(qAbs(times.at(1).medianDays - 1.0) < 1e-9);
    }

    void staysOfUnknownLengthAreLeftOut()
    {
        // An import that knows a row reached "screen" but not when writes the move with no stay length.
        TestDatabase test;
        PipelineService pipeline(test.db(), m_clock);
        ApplicationDraft d;
        d.company = QStringLiteral("Imported");
        d.title = QStringLiteral("Engineer");
        const qint64 id = pipeline.create(d, Stage::Applied, day(1, 5)).value();
        QSqlQuery insert(test.db().connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO stage_events (application_id, previous, current, current_rank, at) "
                                           "VALUES (%1, 'applied', 'screen', 2, '2026-01-05T00:00:00Z')").arg(id)));
        const qint64 other = pipeline.create(d, Stage::Applied, day(1, 5)).value();
        QVERIFY(pipeline.move(other, Stage::Screen, day(1, 9)).ok());
        const auto times = AnalyticsService(test.db()).timeInStage(day(2, 1)).value();
        QCOMPARE(times.size(), 1);
        QCOMPARE(times.first().stays, 1);
        QVERIFY(qAbs(times.first().medianDays - 4.0) < 1e-9);
        QVERIFY(qAbs(times.first().meanDays - 4.0) < 1e-9);
    }

    void windowCountsOnlyApplicationsAppliedToInIt()
    {
        // Applied Jan 6 to Jan 31: B, C and D. A (applied Jan 5) falls before it; E was never applied to.
        const AnalyticsService analytics(m_db->db());
        const AnalyticsWindow window{QDate(2026, 1, 6), QDate(2026, 1, 31), day(2, 2, 12)};
        const auto report = analytics.report(window);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        // Furthest: B screen, C applied, D accepted.
        const QList<qint64> funnel{3, 3, 2, 1, 1, 1, 1, 1};
        QCOMPARE(countsOf(report->funnel), funnel);
        // One application each: LinkedIn (B, advanced), Referral (D, advanced), direct (C, not).
        QCOMPARE(report->sources.size(), 3);
        const SourceRow* linkedIn = sourceNamed(report->sources, QStringLiteral("LinkedIn"));
        QVERIFY(linkedIn);
        QCOMPARE(linkedIn->total, 1);
        QCOMPARE(linkedIn->advanced, 1);
        QCOMPARE(linkedIn->conversionPct, 100.0);
        const SourceRow* direct = sourceNamed(report->sources, QStringLiteral("direct"));
        QVERIFY(direct);
        QCOMPARE(direct->total, 1);
        QCOMPARE(direct->advanced, 0);
        QCOMPARE(sourceNamed(report->sources, QStringLiteral("Referral"))->advanced, 1);
        // B and D in week 2, C in week 4, zero-filled to Feb 2's week 6.
        const QList<qint64> weekly{2, 0, 1, 0, 0};
        QCOMPARE(countsOf(report->weekly), weekly);
        QCOMPARE(report->weekly.first().week, QStringLiteral("2026-W02"));
        // Stays of B and D only: applied B 4, D 2; screen D 1; technical D 11; offer D 2 (A's are out).
        struct Expected { Stage stage; qint64 stays; double median; double mean; };
        const QList<Expected> times{{Stage::Applied, 2, 3.0, 3.0},
                                    {Stage::Screen, 1, 1.0, 1.0},
                                    {Stage::Technical, 1, 11.0, 11.0},
                                    {Stage::Offer, 1, 2.0, 2.0}};
        QCOMPARE(report->timeInStage.size(), times.size());
        for (int i = 0; i < times.size(); ++i) {
            QCOMPARE(report->timeInStage.at(i).stage, times.at(i).stage);
            QCOMPARE(report->timeInStage.at(i).stays, times.at(i).stays);
            QVERIFY(qAbs(report->timeInStage.at(i).medianDays - times.at(i).median) < 1e-9);
            QVERIFY(qAbs(report->timeInStage.at(i).meanDays - times.at(i).mean) < 1e-9);
        }
        compareReports(*report, separately(analytics, window));
    }

    void windowAsOfAnEarlierTimeReadsItsCohortsEarlierEvents()
    {
        // The same window as of Jan 9 noon: B had applied, D reached technical; C (applied Jan 20) had no
        // event yet, and A's stays are outside the cohort.
        const AnalyticsService analytics(m_db->db());
        const AnalyticsWindow window{QDate(2026, 1, 6), QDate(2026, 1, 31), day(1, 9, 12)};
        const auto report = analytics.report(window);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(countsOf(report->funnel), (QList<qint64>{2, 2, 1, 1, 0, 0, 0, 0}));
        QCOMPARE(report->sources.size(), 2);
        QCOMPARE(sourceNamed(report->sources, QStringLiteral("LinkedIn"))->advanced, 0);
        QCOMPARE(sourceNamed(report->sources, QStringLiteral("Referral"))->advanced, 1);
        QVERIFY(!sourceNamed(report->sources, QStringLiteral("direct")));
        QCOMPARE(report->weekly.size(), 1);
        QCOMPARE(report->weekly.first().week, QStringLiteral("2026-W02"));
        QCOMPARE(report->weekly.first().count, 2);
        // As of then, the whole log had A's and D's applied stays; the cohort has D's (2 days) alone.
        QCOMPARE(analytics.timeInStage(day(1, 9, 12)).value().first().stays, 2);
        QCOMPARE(report->timeInStage.size(), 2);
        QCOMPARE(report->timeInStage.at(0).stage, Stage::Applied);
        QCOMPARE(report->timeInStage.at(0).stays, 1);
        QVERIFY(qAbs(report->timeInStage.at(0).medianDays - 2.0) < 1e-9);
        QCOMPARE(report->timeInStage.at(1).stage, Stage::Screen);
        QVERIFY(qAbs(report->timeInStage.at(1).meanDays - 1.0) < 1e-9);
        compareReports(*report, separately(analytics, window));
    }

    void windowWithOneBoundLeavesNeverAppliedOut()
    {
        // Up to Jan 6: A, B and D. E (saved, no applied_on) is left out although it was saved on Jan 7.
        const auto funnel = AnalyticsService(m_db->db()).funnel(AnalyticsWindow{QDate(), QDate(2026, 1, 6), day(2, 2, 12)});
        QVERIFY2(funnel.ok(), qPrintable(funnel.message()));
        const QList<qint64> expected{3, 3, 3, 2, 2, 1, 1, 1};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(funnel->at(i).count, expected.at(i));
    }

    void openWindowGivesTheAsOfFigures()
    {
        const AnalyticsService analytics(m_db->db());
        // Past the whole log (the cached columns) and before it (the events), including before C existed.
        for (const QDateTime& asOf : {day(2, 2, 12), day(1, 21), day(1, 9, 12), day(1, 1)}) {
            const AnalyticsWindow open{QDate(), QDate(), asOf};
            QVERIFY(open.isOpen());
            const AnalyticsReport byAsOf = analytics.report(asOf).value();
            compareReports(analytics.report(open).value(), byAsOf);
            compareReports(separately(analytics, open), byAsOf);
            // The one-pass report agrees with the figures asked for one by one.
            compareReports(byAsOf, separately(analytics, asOf));
        }
    }

    void emptyDatabaseGivesZeroFunnelAndNoRows()
    {
        TestDatabase empty;
        const auto report = AnalyticsService(empty.db()).report(day(2, 2));
        QVERIFY(report.ok());
        QCOMPARE(report->funnel.size(), stages::kPipelineCount);
        for (const FunnelRow& row : report->funnel)
            QCOMPARE(row.count, 0);
        QVERIFY(report->sources.isEmpty());
        QVERIFY(report->weekly.isEmpty());
        QVERIFY(report->timeInStage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
