#pragma once

#include "Page.h"
#include "pipeline/Stage.h"

#include <QList>
#include <QPointer>

class QScrollArea;
class QBoxLayout;
class QTimer;

namespace jobdeck {

class BoardColumn;
class Session;

// The kanban board: a column per stage sharing the width, the end stages collapsed in a "Closed" group. A column
// is never narrower than its cards' longest word: where the window is too narrow for that, the board scrolls
// sideways, keeps the current card in sight, and scrolls when a drag nears its left or right edge. A card
// dropped on another column becomes an undoable move through the session; selecting a card makes it the
// current application.
class BoardPage : public Page
{
    Q_OBJECT

public:
    explicit BoardPage(Session& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("board"); }
    QString title() const override { return tr("Board"); }
    QIcon icon() const override;
    // While a column is still placing its cards (thousands of them, in batches).
    bool isBusy() const override;

    BoardColumn* column(Stage stage) const;

    // Which stages are collapsed (stage ids), to remember between sessions; unknown ids are ignored.
    QStringList collapsedStageIds() const;
    void setCollapsedStageIds(const QStringList& ids);

signals:
    // A double-click on a card.
    void editRequested(qint64 applicationId);
    void contextMenuRequested(const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void followCurrentApplication(qint64 id);
    // Scrolls the board (and the card's column) to the current card, once the layout has settled.
    void keepCurrentInSight();
    // A drag at `x` in the board's viewport: within the edge zone the board scrolls that way until the drag
    // leaves it; elsewhere it stops.
    void dragAt(int x);
    void stopEdgeScroll();
    // Headers of empty and closed stages on one line where the board has room, else on two (a laptop).
    void updateCompact();
    void fitClosedGroup(QWidget* closed, QBoxLayout* closedLayout);

    Session& m_session;
    QList<BoardColumn*> m_columns;
    QScrollArea* m_scroll = nullptr;
    // The column of the current card, kept in sight through layout changes (a card arriving widens its
    // column) until the user scrolls the board away.
    QPointer<BoardColumn> m_follow;
    QTimer* m_edgeScroll = nullptr;
    int m_edgeStep = 0; // pixels per tick, negative to the left
};

} // namespace jobdeck
