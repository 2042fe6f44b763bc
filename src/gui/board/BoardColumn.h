#pragma once

#include "pipeline/Stage.h"

#include <QFrame>

class QListView;
class QToolButton;

namespace jobdeck {

class ApplicationTableModel;
class BoardColumnModel;

// One stage on the board: a header with the count (click to collapse, as end stages start) and a list view
// of cards. A collapsed column is its header alone, still a drop target; the board stacks the collapsed end
// stages in a compact "Closed" group.
class BoardColumn : public QFrame
{
    Q_OBJECT

public:
    BoardColumn(Stage stage, ApplicationTableModel& applications, QWidget* parent = nullptr);

    Stage stage() const { return m_stage; }
    BoardColumnModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    // Makes the card of `id` current (or clears the selection when the column does not hold it).
    void selectApplication(qint64 id);
    // As wide as its header at least: the board shares whatever is left between the columns evenly.
    QSize sizeHint() const override;
    // A collapsed or empty column keeps its header's words whole ("Sans" / "réponse (8)"); a column with
    // cards is never narrower than its cards' longest word at the caption's size (CardDelegate::
    // wholeWordsWidth()), so a card breaks no word: the board scrolls sideways rather than squeeze it.
    QSize minimumSizeHint() const override;
    // Compact (a narrow board): an empty or collapsed column asks for its header on two lines, not one.
    void setCompact(bool compact);
    // The width of this column with its header on one line.
    int oneLineWidth() const;
    // True while the open column is still measuring its cards (in batches, so the window keeps answering):
    // until the last card is placed the view draws none of them, so a picture taken now shows it empty.
    bool isLayingOut() const;

signals:
    void currentApplicationChanged(qint64 id);
    void contextMenuRequested(const QPoint& globalPos);
    void collapsedChanged(bool collapsed);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateHeader();
    // The cards changed (added, removed, edited) or the words they are drawn in: measure them again, once,
    // at the next layout.
    void cardsChanged();
    // The width the cards ask of the column: their longest word plus the view's frame and scroll bar.
    int cardsWidth() const;

    Stage m_stage;
    BoardColumnModel* m_model = nullptr;
    QToolButton* m_header = nullptr;
    QListView* m_view = nullptr;
    bool m_collapsed = false;
    bool m_compact = false;
    // True while the model removes rows (see the constructor).
    bool m_removingRows = false;
    // cardsWidth()'s measure, kept until the cards change (-1: to be measured); a layout asks for it often.
    mutable int m_cardsWidth = -1;
};

} // namespace jobdeck
