#include "analytics/AnalyticsPage.h"

#include "FileDialogs.h"
#include "Icons.h"
#include "Session.h"
#include "Theme.h"
#include "storage/ApplicationTableModel.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QtConcurrent>
#include <QtMath>

#include <algorithm>

namespace jobdeck {
namespace {

QChart* newChart()
{
    auto* chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(theme::space::XS, theme::space::XS, theme::space::XS, theme::space::XS));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    return chart;
}

// Follows the application palette so charts stay readable in dark mode.
void applyPalette(QChart* chart, const QPalette& palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

// Series and axes from the last report go; removeAxis hands an axis back to the caller, so delete it.
void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString days(double value) { return QString::number(value, 'f', 1); }

// An axis of counts from 0 to at least `top`, in whole steps: applyNiceNumbers() alone keeps five ticks,
// which for a top of 2 are halves, and a count axis then read "0 0 1 1 2".
void setCountRange(QValueAxis* axis, double top)
{
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(1.0, top));
    axis->applyNiceNumbers();
    const qint64 end = qCeil(axis->max());
    axis->setMax(double(end));
    int steps = std::max(1, axis->tickCount() - 1);
    while (steps > 1 && end % steps != 0)
        --steps;
    axis->setTickCount(steps + 1);
}

// A 0-100% axis with as many ticks as its labels have room for: 0%, 25% ... 100% where the plot is wide,
// 0%, 50%, 100% or only the ends where it is not. Five fixed ticks in a narrow chart (the window at 1280
// pixels with the details dock open) were cut to "0% 2... 5... 7... 1...".
void fitPercentTicks(QValueAxis* axis, const QRectF& plot)
{
    const QFontMetrics metrics(axis->labelsFont());
    const qreal label = metrics.horizontalAdvance(QStringLiteral("100%")) + metrics.averageCharWidth();
    int ticks = 5;
    while (ticks > 2 && plot.width() / (ticks - 1) < label)
        ticks = ticks == 5 ? 3 : 2;
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

// "2026-W47" as a person writes it, week first: "W47 2026".
QString weekLabel(const QString& isoWeek)
{
    const qsizetype dash = isoWeek.indexOf(QLatin1Char('-'));
    return dash > 0 ? isoWeek.mid(dash + 1) + QLatin1Char(' ') + isoWeek.left(dash) : isoWeek;
}

} // namespace

AnalyticsPage::AnalyticsPage(Session& session, QWidget* parent)
    : Page(parent),
      m_session(session),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_status(new QLabel(this)),
      m_table(new QTableWidget(0, 2, this)),
      m_notApplied(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    const QDate today = session.clock().now().toLocalTime().date();
    m_to->setDate(today);
    m_from->setDate(today.addDays(-7 * 25));
    m_from->setToolTip(tr("Every figure counts the applications applied to from this date on. Applications "
                          "still saved, never applied to, have no date and are left out."));
    m_to->setToolTip(tr("Every figure counts the applications applied to up to this day, as the pipeline "
                        "stood at the end of it."));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Value")});
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + theme::space::S);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Both columns as wide as their longest entry, and the table as wide as both: no name or value is cut.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideNone);

    auto* controls = new QHBoxLayout;
    theme::setSpacing(controls, 0, theme::space::S);
    controls->addWidget(new QLabel(tr("From:"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("To:"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_status, 1);

    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    theme::setSpacing(grid, 0, theme::space::S);
    grid->addWidget(chartBox(Chart::Funnel, tr("Funnel")), 0, 0);
    grid->addWidget(chartBox(Chart::Sources, tr("Conversion by source")), 0, 1);
    grid->addWidget(chartBox(Chart::Weekly, tr("Weekly submissions")), 1, 0);
    grid->addWidget(chartBox(Chart::TimeInStage, tr("Days in stage (median, mean)")), 1, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(1, false);

    auto* layout = new QVBoxLayout(this);
    theme::setSpacing(layout, theme::space::S, theme::space::S);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    // Changes come in bursts (a drop, a sample load): recompute once they settle.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AnalyticsPage::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AnalyticsPage::finished);
    connect(m_from, &QDateEdit::dateChanged, this, &AnalyticsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AnalyticsPage::refresh);
    connect(&session, &Session::applicationChanged, this, &AnalyticsPage::refresh);
    connect(&session, &Session::dataReset, this, &AnalyticsPage::refresh);
}

AnalyticsPage::~AnalyticsPage()
{
    // The worker reads through the session's database: it must finish before they go.
    m_watcher.waitForFinished();
}

QIcon AnalyticsPage::icon() const { return Icons::icon(QStringLiteral("analytics")); }

QWidget* AnalyticsPage::chartBox(Chart which, const QString& title)
{
    auto* box = new QWidget(this);
    auto* heading = new QLabel(title, box);
    heading->setFont(theme::font(theme::Text::Title, heading->font()));
    // A long title (German, French) wraps beside the export button instead of widening the page past 1280.
    heading->setWordWrap(true);
    // An icon in the chart's corner, named by its tooltip: a worded button beside a long German or French
    // title pushed the page past 1280 pixels.
    auto* save = new QToolButton(box);
    save->setText(tr("Export PNG..."));
    save->setToolTip(tr("Export PNG..."));
    save->setAccessibleName(tr("Export PNG..."));
    save->setIcon(Icons::icon(QStringLiteral("export")));
    save->setToolButtonStyle(Qt::ToolButtonIconOnly);
    save->setAutoRaise(true);
    auto* view = new QChartView(newChart(), box);
    view->setRenderHint(QPainter::Antialiasing);
    // Small enough that four charts and the whole side table fit beside the sidebar and details at 1280.
    view->setMinimumSize(200, 160);
    m_views.append(view);
    // Said over the chart area when a chart has nothing to draw, so an empty plot never goes unexplained.
    auto* empty = new QLabel(box);
    empty->setObjectName(QStringLiteral("emptyNote"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    empty->setMinimumSize(view->minimumSize());
    empty->setAutoFillBackground(true);
    empty->setBackgroundRole(QPalette::Base);
    empty->hide();
    m_emptyNotes.append(empty);
    auto* top = new QHBoxLayout;
    theme::setSpacing(top, 0, theme::space::S);
    top->addWidget(heading, 1);
    top->addWidget(save, 0, Qt::AlignTop);
    auto* area = new QGridLayout;
    area->addWidget(view, 0, 0);
    area->addWidget(empty, 0, 0);
    auto* layout = new QVBoxLayout(box);
    theme::setSpacing(layout, 0, theme::space::XS);
    layout->addLayout(top);
    layout->addLayout(area, 1);
    if (which == Chart::Funnel) {
        m_notApplied->setParent(box);
        m_notApplied->setObjectName(QStringLiteral("notYetApplied"));
        m_notApplied->setWordWrap(true);
        m_notApplied->setToolTip(tr("Saved applications have no application date, so no period holds them: "
                                    "the funnel starts at Applied."));
        layout->addWidget(m_notApplied);
    }
    connect(save, &QToolButton::clicked, this, [this, which, title] {
        const QString path = filedialogs::saveFile(this, filedialogs::Kind::Chart, tr("Export chart"),
                                                   title + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportChart(which, path))
            m_session.reportError(tr("Cannot write the chart to '%1'.").arg(path));
    });
    return box;
}

QChart* AnalyticsPage::chart(Chart which) const { return m_views.at(int(which))->chart(); }

QString AnalyticsPage::emptyNote(Chart which) const
{
    const QLabel* note = m_emptyNotes.at(int(which));
    return note->isHidden() ? QString() : note->text();
}

void AnalyticsPage::setEmpty(Chart which, bool empty, const QString& why)
{
    QLabel* note = m_emptyNotes.at(int(which));
    note->setText(why);
    note->setVisible(empty);
    // Axes of nothing ("0 0 0 1") say less than the sentence: the note takes the chart's place.
    m_views.at(int(which))->setVisible(!empty);
}

bool AnalyticsPage::exportChart(Chart which, const QString& path) const
{
    return m_views.at(int(which))->grab().save(path, "PNG");
}

bool AnalyticsPage::isBusy() const { return m_watcher.isRunning() || m_debounce->isActive() || (isVisible() && m_dirty); }

void AnalyticsPage::activate()
{
    if (m_dirty)
        start();
}

void AnalyticsPage::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void AnalyticsPage::refresh()
{
    m_dirty = true;
    if (isVisible())
        m_debounce->start();
}

void AnalyticsPage::start()
{
    m_debounce->stop();
    if (m_watcher.isRunning()) {
        m_dirty = true; // picked up when the running one finishes
        return;
    }
    m_dirty = false;
    // The end of the "to" day in local time, as UTC: figures as they stood then.
    const QDateTime asOf = std::min(QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::LocalTime).toUTC().addSecs(-1),
                                    m_session.clock().now());
    const AnalyticsWindow window{m_from->date(), m_to->date(), asOf};
    const Database* database = &m_session.database();
    m_status->setText(tr("Computing..."));
    m_watcher.setFuture(QtConcurrent::run([database, window] {
        Outcome outcome;
        outcome.window = window;
        Result<AnalyticsReport> report = AnalyticsService(*database).report(window);
        outcome.ok = report.ok();
        if (report)
            outcome.report = std::move(report).value();
        else
            outcome.error = report.message();
        return outcome;
    }));
}

void AnalyticsPage::finished()
{
    show(m_watcher.result());
    if (m_dirty && isVisible())
        start();
}

void AnalyticsPage::show(const Outcome& outcome)
{
    if (!outcome.ok) {
        m_status->setText(outcome.error);
        return;
    }
    m_shown = outcome.report;
    m_shownWindow = outcome.window;
    // Weekly submissions within the range, one bar per week: weeks the service does not list (before the
    // first application) show as zero.
    QHash<QString, qint64> byWeek;
    for (const WeekRow& row : std::as_const(m_shown.weekly))
        byWeek.insert(row.week, row.count);
    m_shown.weekly.clear();
    const QDate last = std::min(outcome.window.to, outcome.window.asOf.toLocalTime().date());
    for (QDate day = outcome.window.from; day <= last || time::isoWeek(day) == time::isoWeek(last); day = day.addDays(7)) {
        const QString week = time::isoWeek(day);
        if (m_shown.weekly.isEmpty() || m_shown.weekly.last().week != week)
            m_shown.weekly.append({week, byWeek.value(week, 0)});
    }
    m_status->setText(tr("As of %1").arg(QLocale().toString(outcome.window.asOf.toLocalTime(), QLocale::ShortFormat)));
    m_notAppliedCount = 0;
    const ApplicationTableModel& applications = m_session.applications();
    for (int row = 0; row < applications.rowCount(); ++row)
        m_notAppliedCount += applications.rowAt(row).stage == Stage::Saved ? 1 : 0;
    m_notApplied->setText(tr("Not yet applied (saved, outside any period): %1").arg(m_notAppliedCount));
    fillFunnel(m_shown.funnel);
    fillSources(m_shown.sources);
    fillWeekly(m_shown.weekly);
    fillTimeInStage(m_shown.timeInStage);
    fillTable();
    for (QChartView* view : std::as_const(m_views))
        applyPalette(view->chart(), palette());
    emit reportShown();
}

void AnalyticsPage::fillFunnel(const QList<FunnelRow>& rows)
{
    QChart* c = chart(Chart::Funnel);
    clearChart(c);
    auto* set = new QBarSet(tr("Applications"));
    QStringList categories;
    qint64 most = 0;
    // Bottom to top in a horizontal chart: list the last stage first so "applied" sits on top. Saved
    // applications have no date, so no period holds them: they are counted apart, under the chart.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->stage == Stage::Saved)
            continue;
        *set << double(it->count);
        categories << stages::displayName(it->stage);
        most = std::max(most, it->count);
    }
    set->setColor(theme::stageColor(int(Stage::Applied)));
    set->setLabelColor(palette().color(QPalette::Text));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Each count sits past the end of its bar, where a short bar cannot cut it; the axis runs a third
    // beyond the longest bar so its count has room too (inside a bar, "775" came out as "75").
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    // A space between the bar's end and its count: touching the bar, an 8 read as a 3.
    series->setLabelsFormat(QStringLiteral("\u00a0@value"));
    c->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto* axisX = new QValueAxis;
    setCountRange(axisX, double(most) * 1.4);
    c->addAxis(axisY, Qt::AlignLeft);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    setEmpty(Chart::Funnel, most == 0, tr("No applications applied to in this period yet"));
    connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), tr("%1: %2").arg(categories.value(index)).arg(set->at(index)), this);
    });
}

void AnalyticsPage::fillSources(const QList<SourceRow>& rows)
{
    QChart* c = chart(Chart::Sources);
    clearChart(c);
    auto* set = new QBarSet(tr("Conversion %"));
    QStringList categories;
    QStringList tips;
    for (const SourceRow& row : rows) {
        *set << row.conversionPct;
        categories << row.source;
        tips << tr("%1: %2 of %3 reached a screen (%4%)")
                    .arg(row.source)
                    .arg(row.advanced)
                    .arg(row.total)
                    .arg(row.conversionPct, 0, 'f', 1);
    }
    set->setColor(theme::stageColor(int(Stage::Screen)));
    // The rates sit inside the bars: black or white, whichever reads on the bar's colour.
    set->setLabelColor(theme::textOn(set->color()));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    c->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d%%"));
    c->addAxis(axisY, Qt::AlignLeft);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    fitPercentTicks(axisX, c->plotArea());
    connect(c, &QChart::plotAreaChanged, axisX, [axisX](const QRectF& plot) { fitPercentTicks(axisX, plot); });
    setEmpty(Chart::Sources, rows.isEmpty(), tr("No applications applied to in this period yet"));
    connect(set, &QBarSet::hovered, this, [this, tips](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), tips.value(index), this);
    });
}

void AnalyticsPage::fillWeekly(const QList<WeekRow>& rows)
{
    QChart* c = chart(Chart::Weekly);
    clearChart(c);
    auto* set = new QBarSet(tr("Submitted"));
    QStringList categories;
    qint64 most = 1;
    for (const WeekRow& row : rows) {
        *set << double(row.count);
        categories << row.week;
        most = std::max(most, row.count);
    }
    set->setColor(theme::stageColor(int(Stage::Technical)));
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    c->addSeries(series);
    // Week labels under 9-pixel bars are cut to "W..." at any usual width: the axis names its first and
    // last week instead, and every week's value is in the tooltip and the table.
    auto* axisX = new QCategoryAxis;
    axisX->setRange(-0.5, std::max<double>(0.5, categories.size() - 0.5));
    axisX->setLabelsVisible(false);
    if (!rows.isEmpty())
        axisX->setTitleText(tr("%1 to %2").arg(weekLabel(rows.first().week), weekLabel(rows.last().week)));
    axisX->setTitleBrush(palette().color(QPalette::Text));
    axisX->setGridLineVisible(false);
    auto* axisY = new QValueAxis;
    setCountRange(axisY, double(most));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    QStringList weeks;
    qint64 total = 0;
    for (const WeekRow& row : rows) {
        weeks << weekLabel(row.week);
        total += row.count;
    }
    setEmpty(Chart::Weekly, total == 0, tr("No applications submitted in this period yet"));
    connect(set, &QBarSet::hovered, this, [this, set, weeks](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), tr("%1: %2 submitted").arg(weeks.value(index)).arg(set->at(index)), this);
    });
}

void AnalyticsPage::fillTimeInStage(const QList<StageTimeRow>& rows)
{
    QChart* c = chart(Chart::TimeInStage);
    clearChart(c);
    auto* median = new QBarSet(tr("Median"));
    auto* mean = new QBarSet(tr("Mean"));
    median->setColor(theme::stageColor(int(Stage::Final)));
    mean->setColor(theme::stageColor(int(Stage::Onsite)));
    QStringList categories;
    double most = 1;
    for (const StageTimeRow& row : rows) {
        *median << row.medianDays;
        *mean << row.meanDays;
        categories << stages::displayName(row.stage);
        most = std::max({most, row.medianDays, row.meanDays});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(median);
    series->append(mean);
    c->addSeries(series);
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignTop);
    c->legend()->setLabelColor(palette().color(QPalette::Text));
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, most);
    axisX->applyNiceNumbers();
    axisX->setTitleText(tr("days"));
    axisX->setTitleBrush(palette().color(QPalette::Text));
    c->addAxis(axisY, Qt::AlignLeft);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    setEmpty(Chart::TimeInStage, rows.isEmpty(),
             tr("No stage changes in this period yet: a stage's time counts once an application leaves it"));
    for (QBarSet* set : {median, mean}) {
        connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3 days").arg(categories.value(index), set->label(), days(set->at(index))),
                                   this);
        });
    }
}

void AnalyticsPage::fillTable()
{
    m_table->setRowCount(0);
    m_table->clearSpans();
    const auto group = [this](const QString& title) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* cell = new QTableWidgetItem(title);
        cell->setFont(theme::font(theme::Text::Title, m_table->font()));
        m_table->setItem(row, 0, cell);
        m_table->setSpan(row, 0, 1, 2);
    };
    const auto add = [this](const QString& item, const QString& value) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(item));
        auto* cell = new QTableWidgetItem(value);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, cell);
    };
    group(tr("Funnel"));
    for (const FunnelRow& row : m_shown.funnel) {
        if (row.stage != Stage::Saved)
            add(stages::displayName(row.stage), QString::number(row.count));
    }
    add(tr("Not yet applied (saved)"), QString::number(m_notAppliedCount));
    group(tr("Conversion by source"));
    for (const SourceRow& row : m_shown.sources)
        add(row.source, tr("%1/%2 (%3%)").arg(row.advanced).arg(row.total).arg(row.conversionPct, 0, 'f', 1));
    group(tr("Days in stage (median / mean)"));
    for (const StageTimeRow& row : m_shown.timeInStage)
        add(stages::displayName(row.stage), tr("%1 / %2").arg(days(row.medianDays), days(row.meanDays)));
    group(tr("Weekly submissions"));
    for (const WeekRow& row : m_shown.weekly)
        add(weekLabel(row.week), QString::number(row.count));
    m_table->resizeColumnsToContents();
    // The table keeps the width of its contents; the charts take the rest.
    const int width = m_table->horizontalHeader()->sectionSize(0) + m_table->horizontalHeader()->sectionSize(1)
                      + 2 * m_table->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                      + theme::space::S;
    m_table->setMinimumWidth(width);
}

} // namespace jobdeck
