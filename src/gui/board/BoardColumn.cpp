#include "board/BoardColumn.h"

#include <algorithm>

#include "KeyboardContextMenu.h"
#include "Theme.h"
#include "board/CardDelegate.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"

#include <QDragEnterEvent>
#include <QListView>
#include <QScrollBar>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QToolButton>
#include <QVariant>
#include <QVBoxLayout>

namespace jobdeck {
namespace {

// A column's title with its count, in the stage's colour: on one line where the column is wide enough, else
// broken after a space or a hyphen onto two ("Vor-Ort-" / "Gespräch (0)"), so eight stages and the Closed
// group fit side by side on a 1280-pixel screen in German and French too. Never inside a word: a break there
// reads as a typo ("Vorgesp-räch", "Préséle-ction"), so a header whose word is too long for the column is set
// a step smaller on the type scale (the caption's size and weight), the column is never narrower than that
// word in that font, and only a word too long even then (a narrow window) is elided; the tooltip always names
// the stage in full. Every header keeps two lines' height, so the columns' cards start
// on one line.
class ColumnHeader : public QToolButton
{
public:
    ColumnHeader(Stage stage, QWidget* parent) : QToolButton(parent), m_stage(stage)
    {
        setObjectName(QStringLiteral("columnHeader"));
    }

    void setFullText(const QString& text)
    {
        m_full = text;
        setToolTip(text + QLatin1Char('\n') + BoardColumn::tr("Click to collapse or expand this column"));
        setAccessibleName(text);
        fitText();
        updateGeometry();
    }
    QString fullText() const { return m_full; }

    QSize sizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(m_full) + 2 * kPadding, linesHeight(2)};
    }
    // Down to the widest line of the best break at a space or hyphen, and no wider than eight characters:
    // narrower than that, the header's font steps down rather than push the board off screen; but never so
    // narrow that a word would not fit even in that smaller font.
    QSize minimumSizeHint() const override
    {
        const int natural = widest(split(m_full, fontMetrics()), fontMetrics());
        const int longestWord = widest(words(m_full), QFontMetrics(smallerFont()));
        return {std::max(std::min(natural, 8 * fontMetrics().averageCharWidth()), longestWord) + 2 * kPadding + 1,
                linesHeight(2)};
    }
    // As wide as the best break at a space or a hyphen needs: where a collapsed column wants to be.
    int naturalWidth() const
    {
        return widest(split(m_full, fontMetrics()), fontMetrics()) + 2 * kPadding + 1; // 1 px for rounding
    }

protected:
    void changeEvent(QEvent* event) override
    {
        QToolButton::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            fitText();
    }
    void resizeEvent(QResizeEvent* event) override
    {
        QToolButton::resizeEvent(event);
        fitText();
    }
    // The text is drawn here, in the lines and the font fitText() chose: the style would elide it by its own
    // margins.
    void paintEvent(QPaintEvent*) override
    {
        QStylePainter painter(this);
        QStyleOptionToolButton option;
        initStyleOption(&option);
        option.text.clear();
        painter.drawComplexControl(QStyle::CC_ToolButton, option);
        painter.setPen(palette().color(foregroundRole()));
        painter.setFont(shownFont());
        painter.drawText(rect().adjusted(kPadding, kPadding, -kPadding, -kPadding - kStripe), Qt::AlignCenter, text());
        painter.fillRect(QRect(kPadding, height() - kStripe, width() - 2 * kPadding, kStripe),
                         theme::stageColor(static_cast<int>(m_stage)));
    }

private:
    static constexpr int kPadding = theme::space::XS;
    static constexpr int kStripe = 3 * theme::space::Hairline / 2;

    int linesHeight(int lines) const { return lines * fontMetrics().lineSpacing() + 2 * kPadding + kStripe; }

    // The font the text is drawn in: the header's own, or the step smaller fitText() chose. Kept in a property
    // so the tests measure what is drawn.
    QFont shownFont() const
    {
        const QVariant shown = property("shownFont");
        return shown.isValid() ? shown.value<QFont>() : font();
    }
    // The caption's size and weight: the narrowest the type scale allows (bold alone adds a tenth).
    QFont smallerFont() const
    {
        QFont base = font();
        base.setBold(false);
        return theme::font(theme::Text::Caption, base);
    }

    // The pieces a header may break between: words, and a hyphenated word's parts with their hyphen
    // ("Vor-", "Ort-", "Gespräch").
    static QStringList words(const QString& text)
    {
        QStringList pieces;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            qsizetype from = 0;
            for (qsizetype hyphen = word.indexOf(QLatin1Char('-')); hyphen >= 0;
                 hyphen = word.indexOf(QLatin1Char('-'), from)) {
                pieces.append(word.mid(from, hyphen + 1 - from));
                from = hyphen + 1;
            }
            if (from < word.size())
                pieces.append(word.mid(from));
        }
        return pieces;
    }

    static int widest(const QStringList& lines, const QFontMetrics& metrics)
    {
        int widest = 0;
        for (const QString& line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    }

    // The two lines whose longer one is shortest, broken after a space or a hyphen; the whole text when there
    // is no such break.
    static QStringList split(const QString& text, const QFontMetrics& metrics)
    {
        QStringList best{text};
        int bestWidth = metrics.horizontalAdvance(text);
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar before = text.at(i - 1);
            if (before != QLatin1Char(' ') && before != QLatin1Char('-'))
                continue;
            const QStringList lines{text.left(i).trimmed(), text.mid(i).trimmed()};
            if (const int width = widest(lines, metrics); width < bestWidth) {
                best = lines;
                bestWidth = width;
            }
        }
        return best;
    }

    void fitText()
    {
        const int room = width() - 2 * kPadding;
        QFont shown = font();
        QString text = m_full;
        if (fontMetrics().horizontalAdvance(m_full) > room) {
            QStringList lines = split(m_full, fontMetrics());
            if (widest(lines, fontMetrics()) > room) {
                shown = smallerFont();
                const QFontMetrics smaller(shown);
                if (smaller.horizontalAdvance(m_full) <= room) {
                    lines = {m_full};
                } else {
                    lines = split(m_full, smaller);
                    // Only a line that does not fit even so is elided (elidedText measures a fraction wider
                    // than the advance); the tooltip names it in full.
                    for (QString& line : lines) {
                        if (smaller.horizontalAdvance(line) > room)
                            line = smaller.elidedText(line, Qt::ElideRight, room);
                    }
                }
            }
            text = lines.join(QLatin1Char('\n'));
        }
        if (shownFont() != shown) {
            setProperty("shownFont", shown);
            update();
        }
        if (QToolButton::text() != text)
            setText(text);
    }

    Stage m_stage;
    QString m_full;
};

} // namespace

BoardColumn::BoardColumn(Stage stage, ApplicationTableModel& applications, QWidget* parent)
    : QFrame(parent),
      m_stage(stage),
      m_model(new BoardColumnModel(stage, this)),
      m_header(new ColumnHeader(stage, this)),
      m_view(new QListView(this))
{
    setObjectName(QStringLiteral("column_") + stages::id(stage));
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    m_model->setSourceModel(&applications);

    m_header->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_header->setFont(theme::font(theme::Text::Title, m_header->font()));

    // Connected before the view gets the model, so these run before its selection model reacts: when the
    // current card leaves this column (a move, an archive), the selection model makes the neighbour current,
    // and that must not read as the user picking the neighbour (issue 13: selection drift).
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_removingRows = false; });
    m_view->setItemDelegate(new CardDelegate(m_view));
    // Cards are as tall as their wrapped text: the view measures each one, and again when the column's
    // width changes (a list view re-measures on a width change only when it wraps text).
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    // A column of thousands of cards is measured again at each new width: in batches, between which the
    // window keeps answering (a narrow laptop board wraps more, and measures more).
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(200);
    // Before the view has the model: with one, a change of scroll mode lays out every card at once, at the
    // width of a column not yet placed (0.6 s of the start at 30,000 applications, all measured again later).
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setModel(m_model);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // The column's ground is the window's, by role rather than a copied colour, so a switch to dark mode
    // while Jobdeck runs reaches it (and the cards, which the theme lifts off that ground).
    m_view->viewport()->setBackgroundRole(QPalette::Window);


    auto* layout = new QVBoxLayout(this);
    theme::setSpacing(layout, 0, theme::space::Hairline);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_header, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BoardColumn::updateHeader);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BoardColumn::updateHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardColumn::updateHeader);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &BoardColumn::updateHeader);
    // Rows moving in or out reach cardsChanged() through updateHeader(); an edit only through this. A card is
    // drawn from column 0's roles; a ranking changes only the scores of every card (10,000 of them), which
    // leaves every word as it was: nothing to measure again.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex&, const QList<int>& roles) {
                const bool scoresOnly = !roles.isEmpty() && std::all_of(roles.cbegin(), roles.cend(), [](int role) {
                    return role == ApplicationTableModel::MatchScoreRole;
                });
                if (topLeft.column() == 0 && !scoresOnly)
                    cardsChanged();
            });
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

bool BoardColumn::isLayingOut() const
{
    const int rows = m_model->rowCount();
    // A list view has no rectangle for a card it has not placed yet; the last is placed last.
    return !m_collapsed && m_view->isVisible() && rows > 0
           && !m_view->visualRect(m_model->index(rows - 1, 0)).isValid();
}

QSize BoardColumn::sizeHint() const
{
    // An open column with cards takes its share of the board from its minimum up; an empty or collapsed one
    // keeps its header on one line unless the board is short of room.
    const bool headerOnly = m_collapsed || m_model->rowCount() == 0;
    const int width = headerOnly && !m_compact ? oneLineWidth() : minimumSizeHint().width();
    return {width, QFrame::sizeHint().height()};
}

int BoardColumn::oneLineWidth() const { return m_header->sizeHint().width() + 2 * frameWidth() + 1; }

void BoardColumn::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    updateGeometry();
}

QSize BoardColumn::minimumSizeHint() const
{
    QSize size = QFrame::minimumSizeHint();
    if (m_collapsed || m_model->rowCount() == 0)
        size.setWidth(std::max(size.width(),
                               static_cast<const ColumnHeader*>(m_header)->naturalWidth() + 2 * frameWidth()));
    else
        size.setWidth(std::max(size.width(), cardsWidth()));
    return size;
}

int BoardColumn::cardsWidth() const
{
    if (m_cardsWidth < 0) {
        // The scroll bar's room is kept whether it shows or not: a column that widened when its cards grew
        // taller than the window would lay the board out again under the user's eyes.
        const QMargins margins = layout()->contentsMargins();
        m_cardsWidth = CardDelegate::wholeWordsWidth(*m_model, m_view->font()) + 2 * m_view->frameWidth() +
                       m_view->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right() +
                       2 * frameWidth();
    }
    return m_cardsWidth;
}

void BoardColumn::cardsChanged()
{
    m_cardsWidth = -1;
    updateGeometry();
}

void BoardColumn::updateHeader()
{
    static_cast<ColumnHeader*>(m_header)->setFullText(
        tr("%1 (%2)").arg(stages::displayName(m_stage)).arg(m_model->rowCount()));
    m_header->setArrowType(Qt::NoArrow);
    // Emptied or filled, the column's minimum changes with it.
    cardsChanged();
}

void BoardColumn::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // The cards' words are measured in the view's font, and their footers ("3 Tage") are translated.
    if (event->type() == QEvent::FontChange)
        cardsChanged();
    else if (event->type() == QEvent::LanguageChange)
        updateHeader();
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
