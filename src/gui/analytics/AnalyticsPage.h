#pragma once

#include "Page.h"
#include "analytics/AnalyticsService.h"

#include <QFutureWatcher>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTimer;

namespace jobdeck {

class Session;

// The analytics dashboard: funnel, conversion by source, weekly submissions and time in stage as QtCharts,
// with every value in a table beside them and in tooltips. Every figure describes the applications applied
// to between the "From" and "To" dates (an AnalyticsWindow), as they stood at the end of "To". AnalyticsService computes the numbers on a
// worker thread (its own database connection); the page only draws them. Each chart exports as PNG. The funnel
// starts at Applied (saved applications, undated, are counted apart) and an empty chart says why it is empty.
class AnalyticsPage : public Page
{
    Q_OBJECT

public:
    enum class Chart { Funnel, Sources, Weekly, TimeInStage };

    // What a worker hands back: the report, or why there is none.
    struct Outcome
    {
        bool ok = false;
        AnalyticsReport report;
        QString error;
        AnalyticsWindow window;
    };

    explicit AnalyticsPage(Session& session, QWidget* parent = nullptr);
    ~AnalyticsPage() override;

    QString pageId() const override { return QStringLiteral("analytics"); }
    QString title() const override { return tr("Analytics"); }
    QIcon icon() const override;
    bool isBusy() const override;
    void activate() override;

    // The date range: every figure for the applications applied to from `from` to `to`, as of the end of `to`.
    void setRange(const QDate& from, const QDate& to);
    const AnalyticsReport& shownReport() const { return m_shown; }
    QDateTime shownAsOf() const { return m_shownWindow.asOf; }
    const AnalyticsWindow& shownWindow() const { return m_shownWindow; }
    QChart* chart(Chart which) const;
    QTableWidget* table() const { return m_table; }
    // What the chart area says when the chart has nothing to draw; empty while it draws something.
    QString emptyNote(Chart which) const;
    qint64 notYetAppliedCount() const { return m_notAppliedCount; }
    bool exportChart(Chart which, const QString& path) const;

public slots:
    // Recomputes now if visible, else when next shown.
    void refresh();

signals:
    void reportShown();

private:
    void start();
    void finished();
    void show(const Outcome& outcome);
    void fillFunnel(const QList<FunnelRow>& rows);
    void fillSources(const QList<SourceRow>& rows);
    void fillWeekly(const QList<WeekRow>& rows);
    void fillTimeInStage(const QList<StageTimeRow>& rows);
    void fillTable();
    QWidget* chartBox(Chart which, const QString& title);
    void setEmpty(Chart which, bool empty, const QString& why);

    Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_notApplied = nullptr;
    QList<QChartView*> m_views;
    QList<QLabel*> m_emptyNotes;
    qint64 m_notAppliedCount = 0;
    QFutureWatcher<Outcome> m_watcher;
    QTimer* m_debounce = nullptr;
    bool m_dirty = true;
    AnalyticsReport m_shown;
    AnalyticsWindow m_shownWindow;
};

} // namespace jobdeck
