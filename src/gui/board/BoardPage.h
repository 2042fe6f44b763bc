#pragma once

#include "Page.h"
#include "pipeline/Stage.h"

#include <QList>

class QScrollArea;
class QBoxLayout;

namespace jobdeck {

class BoardColumn;
class Session;

// The kanban board: a column per stage sharing the width, the end stages collapsed in a "Closed" group. A card dropped on another column
// becomes an undoable move through the session; selecting a card makes it the current application.
class BoardPage : public Page
{
    Q_OBJECT

public:
    explicit BoardPage(Session& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("board"); }
    QString title() const override { return tr("Board"); }
    QIcon icon() const override;

    BoardColumn* column(Stage stage) const;

    // Which stages are collapsed (stage ids), to remember between sessions; unknown ids are ignored.
    QStringList collapsedStageIds() const;
    void setCollapsedStageIds(const QStringList& ids);

signals:
    // A double-click on a card.
    void editRequested(qint64 applicationId);
    void contextMenuRequested(const QPoint& globalPos);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void followCurrentApplication(qint64 id);
    // Headers of empty and closed stages on one line where the board has room, else on two (a laptop).
    void updateCompact();
    void fitClosedGroup(QWidget* closed, QBoxLayout* closedLayout);

    Session& m_session;
    QList<BoardColumn*> m_columns;
    QScrollArea* m_scroll = nullptr;
};

} // namespace jobdeck
