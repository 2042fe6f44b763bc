// The analytics page draws exactly AnalyticsService's numbers, computed off the GUI thread, and exports PNGs.
#include "WindowFixture.h"
#include "analytics/AnalyticsPage.h"
#include "pipeline/PipelineService.h"
#include "util/Time.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QFontMetrics>
#include <QCategoryAxis>
#include <QLabel>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace jobdeck;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestAnalyticsPage : public QObject
{
    Q_OBJECT

    static QList<double> values(QChart* chart, int set = 0)
    {
        QList<double> result;
        const auto series = chart->series();
        if (series.isEmpty())
            return result;
        auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
        if (!bars || bars->barSets().size() <= set)
            return result;
        QBarSet* barSet = bars->barSets().at(set);
        for (int i = 0; i < barSet->count(); ++i)
            result.append(barSet->at(i));
        return result;
    }

    // The window shown on its analytics page (null when it has none); the page then computes its first figures.
    static AnalyticsPage* showAnalytics(MainWindow& window)
    {
        window.show();
        auto* page = qobject_cast<AnalyticsPage*>(window.page(QStringLiteral("analytics")));
        if (page)
            window.showPage(QStringLiteral("analytics"));
        return page;
    }

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void theFunnelStartsAtAppliedWithSavedCountedApartAndEmptyChartsSayWhy()
    {
        WindowFixture f([](Database& db, MockClock& clock) {
            clock.set(kNow);
            PipelineService pipeline(db, clock);
            const ApplicationDraft draft = draftFor(QStringLiteral("Acme"));
            QVERIFY(pipeline.create(draft, Stage::Saved, clock.now().addDays(-3)).ok());
            QVERIFY(pipeline.create(draft, Stage::Saved, clock.now().addDays(-2)).ok());
            QVERIFY(pipeline.create(draft, Stage::Applied, clock.now().addDays(-1)).ok());
        });
        f.window->resize(1280, 800);
        AnalyticsPage* page = showAnalytics(*f.window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->shownAsOf().isValid(), 10000);

        QCOMPARE(page->notYetAppliedCount(), 2);
        auto* axis = qobject_cast<QBarCategoryAxis*>(page->chart(AnalyticsPage::Chart::Funnel)->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QVERIFY(!axis->categories().contains(stages::displayName(Stage::Saved)));
        QCOMPARE(axis->categories().last(), stages::displayName(Stage::Applied));
        // One application applied to and none moved on: the funnel draws, the days in stage cannot.
        QVERIFY(page->emptyNote(AnalyticsPage::Chart::Funnel).isEmpty());
        QVERIFY(!page->emptyNote(AnalyticsPage::Chart::TimeInStage).isEmpty());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("notYetApplied"))->text().contains(QLatin1Char('2')));
    }

    // Counts are whole: with two submissions in the busiest week the axis reads 0, 1, 2 (it read
    // "0 0 1 1 2", its five ticks halves printed as whole numbers).
    void countAxesStepInWholeNumbers()
    {
        WindowFixture f([](Database& db, MockClock& clock) {
            clock.set(kNow);
            PipelineService pipeline(db, clock);
            QVERIFY(pipeline.create(draftFor(QStringLiteral("Acme")), Stage::Applied, clock.now().addDays(-1)).ok());
            QVERIFY(pipeline.create(draftFor(QStringLiteral("Beta")), Stage::Applied, clock.now().addDays(-1)).ok());
        });
        f.window->resize(1280, 800);
        AnalyticsPage* page = showAnalytics(*f.window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->shownAsOf().isValid(), 10000);
        for (const auto which : {AnalyticsPage::Chart::Weekly, AnalyticsPage::Chart::Funnel}) {
            const QList<QAbstractAxis*> axes = page->chart(which)->axes();
            QValueAxis* counts = nullptr;
            for (QAbstractAxis* axis : axes) {
                if (!counts && !qobject_cast<QCategoryAxis*>(axis)) // a category axis is a value axis too
                    counts = qobject_cast<QValueAxis*>(axis);
            }
            QVERIFY(counts);
            QCOMPARE(counts->min(), 0.0);
            QVERIFY(counts->max() >= 2);
            const double step = counts->max() / (counts->tickCount() - 1);
            QCOMPARE(step, std::round(step));
            QVERIFY2(step >= 1, qPrintable(QString::number(step)));
        }
    }

    // The conversion chart's 0-100% axis has as many ticks as its labels have room for: five fixed ones in
    // a narrow chart (1280 pixels, details dock open) were drawn cut to "0% 2... 5... 7... 1...".
    void thePercentAxisKeepsItsLabelsWhole()
    {
        WindowFixture f([](Database& db, MockClock& clock) {
            clock.set(kNow);
            PipelineService pipeline(db, clock);
            ApplicationDraft draft = draftFor(QStringLiteral("Acme"));
            draft.source = QStringLiteral("Company site");
            const Result<qint64> id = pipeline.create(draft, Stage::Applied, clock.now().addDays(-9));
            QVERIFY(id.ok());
            QVERIFY(pipeline.move(*id, Stage::Screen, clock.now().addDays(-2)).ok());
        });
        AnalyticsPage* page = showAnalytics(*f.window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->shownAsOf().isValid(), 10000);
        QChart* chart = page->chart(AnalyticsPage::Chart::Sources);
        auto* percent = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(percent);
        const QFontMetrics metrics(percent->labelsFont());
        const qreal label = metrics.horizontalAdvance(QStringLiteral("100%"));
        int widest = 0;
        qreal chartWidth = 0;
        for (const int width : {1000, 1280, 1600, 2400}) {
            f.window->resize(width, 800);
            QTRY_VERIFY(chart->size().width() > chartWidth); // laid out at this, wider, size
            chartWidth = chart->size().width();
            const qreal spacing = chart->plotArea().width() / (percent->tickCount() - 1);
            QVERIFY2(spacing >= label || percent->tickCount() == 2,
                     qPrintable(QStringLiteral("%1 px: %2 ticks %3 px apart for labels %4 px wide")
                                    .arg(width)
                                    .arg(percent->tickCount())
                                    .arg(spacing)
                                    .arg(label)));
            widest = std::max(widest, percent->tickCount());
        }
        QCOMPARE(widest, 5); // a wide chart still steps by 25%
    }

    void chartsShowExactlyTheServicesNumbers()
    {
        WindowFixture f([](Database& db, MockClock& clock) {
            clock.set(kNow);
            PipelineService pipeline(db, clock);
            const QStringList sources{QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QString()};
            for (int i = 0; i < 12; ++i) {
                ApplicationDraft draft = draftFor(QStringLiteral("Company %1").arg(i));
                draft.source = sources.at(i % 3);
                const Result<qint64> id = pipeline.create(draft, Stage::Applied, clock.now().addDays(-70 + i * 5));
                QVERIFY(id.ok());
                if (i % 2 == 0)
                    QVERIFY(pipeline.move(*id, Stage::Screen, clock.now().addDays(-60 + i * 5)).ok());
                if (i % 4 == 0)
                    QVERIFY(pipeline.move(*id, Stage::Technical, clock.now().addDays(-58 + i * 5)).ok());
                if (i % 3 == 0)
                    QVERIFY(pipeline.move(*id, Stage::Rejected, clock.now().addDays(-57 + i * 5)).ok());
            }
        });
        const MockClock& clock = f.clock;
        f.window->resize(1200, 800);
        AnalyticsPage* page = showAnalytics(*f.window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->shownAsOf().isValid(), 10000);

        const Result<AnalyticsReport> expected = AnalyticsService(f.test.db()).report(page->shownWindow());
        QVERIFY(expected.ok());
        // The funnel is drawn bottom-up, so its bars come in reverse stage order, and starts at Applied:
        // saved applications have no date, so they are counted apart.
        QList<double> funnel;
        for (const FunnelRow& row : expected->funnel) {
            if (row.stage != Stage::Saved)
                funnel.prepend(double(row.count));
        }
        QCOMPARE(values(page->chart(AnalyticsPage::Chart::Funnel)), funnel);
        QList<double> conversion;
        for (const SourceRow& row : expected->sources)
            conversion.append(row.conversionPct);
        QCOMPARE(values(page->chart(AnalyticsPage::Chart::Sources)), conversion);
        QList<double> medians;
        QList<double> means;
        for (const StageTimeRow& row : expected->timeInStage) {
            medians.append(row.medianDays);
            means.append(row.meanDays);
        }
        QCOMPARE(values(page->chart(AnalyticsPage::Chart::TimeInStage), 0), medians);
        QCOMPARE(values(page->chart(AnalyticsPage::Chart::TimeInStage), 1), means);
        QHash<QString, double> byWeek;
        for (const WeekRow& row : expected->weekly)
            byWeek.insert(row.week, double(row.count));
        QList<double> weekly;
        for (const WeekRow& row : page->shownReport().weekly)
            weekly.append(byWeek.value(row.week, 0.0));
        QCOMPARE(values(page->chart(AnalyticsPage::Chart::Weekly)), weekly);
        QCOMPARE(weekly.size(), 26); // the default range: the last 26 weeks
        QCOMPARE(page->shownReport().weekly.last().week, time::isoWeek(clock.now().date()));
        double total = 0;
        for (double value : weekly)
            total += value;
        QCOMPARE(total, 12.0);
        QVERIFY(page->table()->rowCount() >= expected->funnel.size() + expected->sources.size());

        const QString png = f.settingsDir.filePath(QStringLiteral("funnel.png"));
        QVERIFY(page->exportChart(AnalyticsPage::Chart::Funnel, png));
        QVERIFY(!QImage(png).isNull());
    }

    void fromDateLimitsEveryFigureToItsApplications()
    {
        // Six applications applied 60, 50, ..., 10 days ago; the older three reached a screen.
        WindowFixture f([](Database& db, MockClock& clock) {
            clock.set(kNow);
            PipelineService pipeline(db, clock);
            for (int i = 0; i < 6; ++i) {
                const ApplicationDraft draft = draftFor(QStringLiteral("Company %1").arg(i));
                const Result<qint64> id = pipeline.create(draft, Stage::Applied, clock.now().addDays(-60 + i * 10));
                QVERIFY(id.ok());
                if (i < 3)
                    QVERIFY(pipeline.move(*id, Stage::Screen, clock.now().addDays(-55 + i * 10)).ok());
            }
        });
        AnalyticsPage* page = showAnalytics(*f.window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->shownAsOf().isValid(), 10000);
        QCOMPARE(page->shownReport().funnel.at(stages::rank(Stage::Applied)).count, 6);
        QCOMPARE(page->shownReport().funnel.at(stages::rank(Stage::Screen)).count, 3);

        // From 35 days ago: the three applied 30, 20 and 10 days ago, none of which reached a screen.
        const QDate today = f.clock.now().toLocalTime().date();
        page->setRange(today.addDays(-35), today);
        QTRY_COMPARE_WITH_TIMEOUT(page->shownReport().funnel.at(stages::rank(Stage::Applied)).count, 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QCOMPARE(page->shownWindow().from, today.addDays(-35));
        QCOMPARE(page->shownReport().funnel.at(stages::rank(Stage::Screen)).count, 0);
        QCOMPARE(values(page->chart(AnalyticsPage::Chart::Funnel)).last(), 3.0); // "saved", drawn last
        QCOMPARE(page->shownReport().sources.size(), 1);
        QCOMPARE(page->shownReport().sources.first().total, 3);
        QVERIFY(page->shownReport().timeInStage.isEmpty()); // the screens were stays of older applications
        double weekly = 0;
        for (const WeekRow& row : page->shownReport().weekly)
            weekly += double(row.count);
        QCOMPARE(weekly, 3.0);
    }

    void aMoveRecomputesTheFigures()
    {
        WindowFixture f([](Database&, MockClock& clock) { clock.set(kNow); });
        const qint64 id = *f.session->addApplication(draftFor(QStringLiteral("Acme")), Stage::Applied);
        AnalyticsPage* page = showAnalytics(*f.window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->shownAsOf().isValid(), 10000);
        QCOMPARE(page->shownReport().funnel.at(stages::rank(Stage::Screen)).count, 0);
        f.clock.advanceSecs(3600);
        f.session->moveApplications({id}, Stage::Screen);
        QTRY_COMPARE_WITH_TIMEOUT(page->shownReport().funnel.at(stages::rank(Stage::Screen)).count, 1, 10000);
    }
};

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
