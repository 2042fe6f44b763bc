#include "board/BoardPage.h"

#include "Icons.h"
#include "Session.h"
#include "Theme.h"
#include "board/BoardColumn.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"

#include <algorithm>

#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace jobdeck {
namespace {

// A drag this close to the board's left or right edge scrolls it, this far per tick: about 640 pixels a
// second, a German 1280-pixel board's overflow in half a second.
constexpr int kEdgeZone = 2 * theme::space::L;
constexpr int kEdgeStep = theme::space::L;
constexpr int kEdgeTickMs = 25;

} // namespace

BoardPage::BoardPage(Session& session, QWidget* parent) : Page(parent), m_session(session)
{
    auto* strip = new QWidget;
    auto* columns = new QHBoxLayout(strip);
    theme::setSpacing(columns, 0, theme::space::XS);
    columns->setContentsMargins(theme::space::XS, 0, theme::space::XS, 0);
    // The end stages stack in one narrow "Closed" group, pinned beside the scrolling open stages so every
    // stage is on screen at once; an end opened there takes the group's height and a column's width.
    auto* closed = new QWidget(this);
    closed->setObjectName(QStringLiteral("closedGroup"));
    auto* closedLayout = new QVBoxLayout(closed);
    theme::setSpacing(closedLayout, 0, theme::space::XS);
    auto* caption = new QLabel(tr("Closed"), closed);
    caption->setFont(theme::font(theme::Text::Caption, caption->font()));
    caption->setAlignment(Qt::AlignCenter);
    caption->setForegroundRole(QPalette::PlaceholderText);
    closedLayout->addWidget(caption);
    for (Stage stage : stages::all()) {
        auto* column = new BoardColumn(stage, session.applications(), strip);
        m_columns.append(column);
        if (stages::isEnd(stage)) {
            closedLayout->addWidget(column);
            connect(column, &BoardColumn::collapsedChanged, this,
                    [this, closed, closedLayout] { fitClosedGroup(closed, closedLayout); });
        } else {
            columns->addWidget(column, 1);
            // Drags over the column (its header) and over its cards, for the edge scrolling; the column's
            // moves and resizes, to keep the current card in sight.
            column->installEventFilter(this);
            column->view()->viewport()->installEventFilter(this);
            // An empty stage keeps only its header's width; the stages with cards share the rest.
            const auto fit = [this, columns, column] {
                columns->setStretchFactor(column, column->model()->rowCount() > 0 ? 1 : 0);
                updateCompact();
            };
            for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
                connect(column->model(), signal, this, fit);
            connect(column->model(), &QAbstractItemModel::modelReset, this, fit);
            connect(column->model(), &QAbstractItemModel::layoutChanged, this, fit);
            fit();
        }
        // Queued: the drop finishes (and the drag source returns) before the models change under it.
        connect(column->model(), &BoardColumnModel::moveRequested, &session, &Session::moveApplications,
                Qt::QueuedConnection);
        connect(column, &BoardColumn::currentApplicationChanged, &session, &Session::setCurrentApplicationId);
        connect(column, &BoardColumn::contextMenuRequested, this, &BoardPage::contextMenuRequested);
        connect(column->view(), &QListView::doubleClicked, this, [this](const QModelIndex& index) {
            emit editRequested(index.data(ApplicationTableModel::IdRole).toLongLong());
        });
    }
    closedLayout->addStretch(1);
    fitClosedGroup(closed, closedLayout);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, theme::space::XS, theme::space::XS, theme::space::XS);
    layout->setSpacing(theme::space::XS);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(closed);

    m_edgeScroll = new QTimer(this);
    m_edgeScroll->setInterval(kEdgeTickMs);
    connect(m_edgeScroll, &QTimer::timeout, this, [this] {
        QScrollBar* bar = m_scroll->horizontalScrollBar();
        bar->setValue(bar->value() + m_edgeStep);
        if (bar->value() == bar->minimum() || bar->value() == bar->maximum())
            stopEdgeScroll();
    });
    QScrollBar* sideways = m_scroll->horizontalScrollBar();
    // The board's width changed (a card arrived and widened its column, the window was resized): the current
    // card's column may have moved out of sight.
    connect(sideways, &QScrollBar::rangeChanged, this, [this] {
        if (m_follow)
            QTimer::singleShot(0, this, &BoardPage::keepCurrentInSight);
    });
    // The user scrolled the board: from now on that is where it stays, until another card becomes current.
    connect(sideways, &QScrollBar::actionTriggered, this, [this] { m_follow = nullptr; });

    connect(&session, &Session::currentApplicationChanged, this, &BoardPage::followCurrentApplication);
    // The current application may have changed column (a move, an undo): select it where it is now.
    connect(&session, &Session::applicationChanged, this, [this](qint64 id) {
        if (id == m_session.currentApplicationId())
            followCurrentApplication(id);
    });
    connect(&session, &Session::dataReset, this,
            [this] { followCurrentApplication(m_session.currentApplicationId()); });
}

void BoardPage::followCurrentApplication(qint64 id)
{
    // Keyboard focus follows the card from column to column, so arrow keys and Shift+F10 act on it.
    bool hadFocus = false;
    for (BoardColumn* column : std::as_const(m_columns))
        hadFocus = hadFocus || column->view()->hasFocus();
    m_follow = nullptr;
    for (BoardColumn* column : std::as_const(m_columns)) {
        column->selectApplication(id);
        if (!column->view()->currentIndex().isValid())
            continue;
        if (hadFocus)
            column->view()->setFocus(Qt::OtherFocusReason);
        m_follow = column;
    }
    // The board is wider than a laptop's window: bring the card into sight once laid out (a column that has
    // just opened or widened gets its width in the next layout pass, and then moves or resizes: see
    // eventFilter()).
    if (m_follow)
        QTimer::singleShot(0, this, &BoardPage::keepCurrentInSight);
}

void BoardPage::keepCurrentInSight()
{
    if (!m_follow || !isVisible())
        return;
    m_scroll->ensureWidgetVisible(m_follow, 0, 0);
    if (const QModelIndex current = m_follow->view()->currentIndex(); current.isValid())
        m_follow->view()->scrollTo(current);
}

bool BoardPage::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        const QPoint at = static_cast<QDropEvent*>(event)->position().toPoint();
        dragAt(static_cast<QWidget*>(watched)->mapTo(m_scroll->viewport(), at).x());
        break;
    }
    case QEvent::DragLeave:
    case QEvent::Drop:
        stopEdgeScroll();
        break;
    case QEvent::Move:
    case QEvent::Resize:
        if (watched == m_follow)
            QTimer::singleShot(0, this, &BoardPage::keepCurrentInSight);
        break;
    default:
        break;
    }
    return Page::eventFilter(watched, event);
}

void BoardPage::dragAt(int x)
{
    const QScrollBar* bar = m_scroll->horizontalScrollBar();
    int step = 0;
    if (x < kEdgeZone && bar->value() > bar->minimum())
        step = -kEdgeStep;
    else if (x >= m_scroll->viewport()->width() - kEdgeZone && bar->value() < bar->maximum())
        step = kEdgeStep;
    if (step == 0) {
        stopEdgeScroll();
        return;
    }
    m_edgeStep = step;
    // The board goes where the drag takes it, not back to the current card.
    m_follow = nullptr;
    if (!m_edgeScroll->isActive())
        m_edgeScroll->start();
}

void BoardPage::stopEdgeScroll()
{
    m_edgeScroll->stop();
    m_edgeStep = 0;
}

void BoardPage::fitClosedGroup(QWidget* closed, QBoxLayout* closedLayout)
{
    bool anyOpen = false;
    for (BoardColumn* column : std::as_const(m_columns)) {
        if (!stages::isEnd(column->stage()))
            continue;
        closedLayout->setStretchFactor(column, column->isCollapsed() ? 0 : 1);
        anyOpen = anyOpen || !column->isCollapsed();
    }
    // The trailing stretch keeps collapsed headers at the top until an end opens.
    if (QLayoutItem* stretch = closedLayout->itemAt(closedLayout->count() - 1); stretch && stretch->spacerItem())
        closedLayout->setStretch(closedLayout->count() - 1, anyOpen ? 0 : 1);
    // An open end is as wide as an open stage would be at its comfortable width.
    closed->setMinimumWidth(anyOpen ? fontMetrics().averageCharWidth() * 22 : 0);
}

void BoardPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    updateCompact();
}

void BoardPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // The current application may have changed on another page, while the board had no geometry to scroll.
    if (m_follow)
        QTimer::singleShot(0, this, &BoardPage::keepCurrentInSight);
}

void BoardPage::updateCompact()
{
    // What the board takes with every header on one line and each stage with cards at a comfortable width
    // (sixteen characters, or its cards' longest word); narrower than that, the empty and closed stages'
    // headers go onto two lines.
    const int comfortable = 16 * fontMetrics().averageCharWidth();
    int open = 0;
    int closed = 0;
    for (const BoardColumn* column : std::as_const(m_columns)) {
        const int oneLine = column->oneLineWidth();
        const int withCards = std::max(comfortable, column->minimumSizeHint().width());
        if (stages::isEnd(column->stage()))
            closed = std::max(closed, column->isCollapsed() ? oneLine : withCards);
        else
            open += column->model()->rowCount() > 0 ? withCards : oneLine;
    }
    const int spacing = theme::space::XS * int(m_columns.size() + 2);
    const bool compact = width() < open + closed + spacing;
    for (BoardColumn* column : std::as_const(m_columns))
        column->setCompact(compact);
}

QStringList BoardPage::collapsedStageIds() const
{
    QStringList ids;
    for (const BoardColumn* column : m_columns) {
        if (column->isCollapsed())
            ids.append(stages::id(column->stage()));
    }
    return ids;
}

void BoardPage::setCollapsedStageIds(const QStringList& ids)
{
    for (BoardColumn* column : std::as_const(m_columns))
        column->setCollapsed(ids.contains(stages::id(column->stage())));
}

QIcon BoardPage::icon() const { return Icons::icon(QStringLiteral("board")); }

bool BoardPage::isBusy() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(),
                       [](const BoardColumn* column) { return column->isLayingOut(); });
}

BoardColumn* BoardPage::column(Stage stage) const
{
    for (BoardColumn* column : m_columns) {
        if (column->stage() == stage)
            return column;
    }
    return nullptr;
}

} // namespace jobdeck
