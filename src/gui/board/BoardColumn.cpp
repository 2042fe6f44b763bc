#include "board/BoardColumn.h"

#include "KeyboardContextMenu.h"
#include "board/CardDelegate.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"

#include <QDragEnterEvent>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace jobdeck {
namespace {

// A column's title: as narrow as its text (a tool button keeps wide margins), so eight stages and the
// Closed group fit side by side on a 1280-pixel screen.
class ColumnHeader : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        QSize hint = QToolButton::sizeHint();
        hint.setWidth(fontMetrics().horizontalAdvance(text()) + 2 * fontMetrics().averageCharWidth());
        return hint;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace

BoardColumn::BoardColumn(Stage stage, ApplicationTableModel& applications, QWidget* parent)
    : QFrame(parent),
      m_stage(stage),
      m_model(new BoardColumnModel(stage, this)),
      m_header(new ColumnHeader(this)),
      m_view(new QListView(this))
{
    setObjectName(QStringLiteral("column_") + stages::id(stage));
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    m_model->setSourceModel(&applications);

    m_header->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setToolTip(tr("Click to collapse or expand this column"));

    // Connected before the view gets the model, so these run before its selection model reacts: when the
    // current card leaves this column (a move, an archive), the selection model makes the neighbour current,
    // and that must not read as the user picking the neighbour (issue 13: selection drift).
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_removingRows = false; });
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CardDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QPalette palette = m_view->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_view->setPalette(palette);

    // Cards are as tall as their wrapped text: the view measures each one, and again when the column's
    // width changes (a list view re-measures on a width change only when it wraps text).
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_header, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BoardColumn::updateHeader);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BoardColumn::updateHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardColumn::updateHeader);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BoardColumn::updateHeader);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid() && !m_removingRows)
            emit currentApplicationChanged(current.data(ApplicationTableModel::IdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);
    new KeyboardContextMenu(m_view, [this](const QPoint& globalPos) { emit contextMenuRequested(globalPos); });
    setCollapsed(stages::isEnd(stage));
}

void BoardColumn::setCollapsed(bool collapsed)
{
    const bool changed = collapsed != m_collapsed;
    m_collapsed = collapsed;
    m_view->setVisible(!collapsed);
    // Open columns share the board's width down to their header's, so eight of them fit beside the closed
    // group on a 1280-pixel screen; a collapsed one is as wide as its header asks.
    setMaximumWidth(collapsed ? QWIDGETSIZE_MAX : fontMetrics().averageCharWidth() * 48);
    setSizePolicy(QSizePolicy::Preferred, collapsed ? QSizePolicy::Maximum : QSizePolicy::Expanding);
    updateHeader();
    if (changed)
        emit collapsedChanged(collapsed);
}

QSize BoardColumn::sizeHint() const
{
    return {minimumSizeHint().width(), QFrame::sizeHint().height()};
}

void BoardColumn::updateHeader()
{
    m_header->setText(tr("%1 (%2)").arg(stages::displayName(m_stage)).arg(m_model->rowCount()));
    m_header->setArrowType(Qt::NoArrow);
}

void BoardColumn::selectApplication(qint64 id)
{
    const auto* table = qobject_cast<const ApplicationTableModel*>(m_model->sourceModel());
    const QModelIndex index = table ? m_model->mapFromSource(table->indexOfId(id)) : QModelIndex();
    if (!index.isValid()) {
        m_view->selectionModel()->clear();
        return;
    }
    // A card that arrives in a collapsed column (a drop on its header, Move To) opens it: the current
    // application stays in sight.
    if (m_collapsed)
        setCollapsed(false);
    if (m_view->currentIndex() != index || !m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

bool BoardColumn::eventFilter(QObject* watched, QEvent* event)
{
    // Tabbing into a column with no current card makes its first card current, so the focus frame shows
    // where the keyboard is (the view does this itself only the first time).
    if (watched == m_view && event->type() == QEvent::FocusIn) {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if ((reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) && !m_view->currentIndex().isValid()
            && m_model->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect);
    }
    return QFrame::eventFilter(watched, event);
}

void BoardColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {})) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    }
}

void BoardColumn::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {})) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void BoardColumn::dropEvent(QDropEvent* event)
{
    // Drops outside the list (the header of a collapsed column) reach the model the same way.
    m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {});
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

} // namespace jobdeck
