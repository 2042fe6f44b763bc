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
    // cards may go narrower, its header then breaking inside a word.
    QSize minimumSizeHint() const override;
    // Compact (a narrow board): an empty or collapsed column asks for its header on two lines, not one.
    void setCompact(bool compact);
    // The width of this column with its header on one line.
    int oneLineWidth() const;

signals:
    void currentApplicationChanged(qint64 id);
    void contextMenuRequested(const QPoint& globalPos);
    void collapsedChanged(bool collapsed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateHeader();

    Stage m_stage;
    BoardColumnModel* m_model = nullptr;
    QToolButton* m_header = nullptr;
    QListView* m_view = nullptr;
    bool m_collapsed = false;
    bool m_compact = false;
    // True while the model removes rows (see the constructor).
    bool m_removingRows = false;
};

} // namespace jobdeck
