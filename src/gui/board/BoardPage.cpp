#include "board/BoardPage.h"

#include "Session.h"
#include "board/BoardColumn.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QScrollArea>
#include <QStyle>

namespace jobdeck {

BoardPage::BoardPage(Session& session, QWidget* parent) : Page(parent), m_session(session)
{
    auto* strip = new QWidget;
    auto* columns = new QHBoxLayout(strip);
    columns->setContentsMargins(4, 4, 4, 4);
    columns->setSpacing(6);
    for (Stage stage : stages::all()) {
        auto* column = new BoardColumn(stage, session.applications(), strip);
        m_columns.append(column);
        columns->addWidget(column, stages::isEnd(stage) ? 0 : 1);
        // Queued: the drop finishes (and the drag source returns) before the models change under it.
        connect(column->model(), &BoardColumnModel::moveRequested, &session, &Session::moveApplications,
                Qt::QueuedConnection);
        connect(column, &BoardColumn::currentApplicationChanged, &session, &Session::setCurrentApplicationId);
        connect(column, &BoardColumn::contextMenuRequested, this, &BoardPage::contextMenuRequested);
        connect(column->view(), &QListView::doubleClicked, this, [this](const QModelIndex& index) {
            emit editRequested(index.data(ApplicationTableModel::IdRole).toLongLong());
        });
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

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
    for (BoardColumn* column : std::as_const(m_columns)) {
        column->selectApplication(id);
        if (hadFocus && column->view()->currentIndex().isValid())
            column->view()->setFocus(Qt::OtherFocusReason);
    }
}

QIcon BoardPage::icon() const { return style()->standardIcon(QStyle::SP_FileDialogContentsView); }

BoardColumn* BoardPage::column(Stage stage) const
{
    for (BoardColumn* column : m_columns) {
        if (column->stage() == stage)
            return column;
    }
    return nullptr;
}

} // namespace jobdeck
