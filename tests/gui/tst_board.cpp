// The board's drag and drop, driven through the real drop path of a column's view, and its undo and redo.
#include "WindowFixture.h"
#include "board/BoardColumn.h"
#include "details/DetailsPanel.h"
#include "list/ApplicationListPage.h"
#include "storage/ApplicationFilterModel.h"
#include "board/BoardPage.h"
#include "board/CardDelegate.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QSet>
#include <QScrollBar>
#include <QTimer>
#include <QTableView>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace jobdeck;

// A helper's failed QCOMPARE returns from the helper only; this stops the test too.
#define VERIFY_SELECTED(...)                                                                                  \
    do {                                                                                                      \
        verifySelectedWhere(__VA_ARGS__);                                                                     \
        if (QTest::currentTestFailed())                                                                       \
            return;                                                                                           \
    } while (false)

class TestBoard : public QObject
{
    Q_OBJECT

    struct Fixture : WindowFixture
    {
        Fixture()
        {
            window->resize(1200, 800);
            window->show();
        }
        BoardColumn* column(Stage stage) const
        {
            return qobject_cast<BoardPage*>(window->page(QStringLiteral("board")))->column(stage);
        }
        QStringList history(qint64 id) const
        {
            QStringList stagesSeen;
            const auto events = session->pipeline().history(id);
            for (const StageEvent& e : events.value())
                stagesSeen.append(stages::id(e.current));
            return stagesSeen;
        }
        QStringList pendingTaskTypes(qint64 id) const
        {
            QStringList types;
            for (const FollowUpTask& t : TaskRepository(test.db()).forApplication(id).value()) {
                if (t.status == TaskStatus::Pending)
                    types.append(tasks::typeId(t.type));
            }
            types.sort();
            return types;
        }
    };

    // What a person's drop delivers: enter, move and drop events on the target column's viewport.
    static bool dropOn(BoardColumn* target, const QMimeData* data)
    {
        QWidget* viewport = target->view()->viewport();
        const QPoint pos(viewport->width() / 2, viewport->height() - 5);
        QDragEnterEvent enter(pos, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(pos, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(QPointF(pos), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        return true;
    }

    // Three cards in Applied, the middle one selected by a click on the board as a person would.
    struct ThreeCards : Fixture
    {
        ThreeCards()
        {
            a = add(QStringLiteral("Acme"));
            b = add(QStringLiteral("Beta"));
            c = add(QStringLiteral("Gamma"));
            BoardColumnModel* model = column(Stage::Applied)->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->idAt(row) == b)
                    column(Stage::Applied)->view()->setCurrentIndex(model->index(row, 0));
            }
        }
        qint64 a = 0;
        qint64 b = 0;
        qint64 c = 0;
    };

    // The application's card is the one selected on the board, in its own column only, and the details
    // panel shows it.
    static void verifySelectedWhere(const Fixture& f, qint64 id, Stage stage)
    {
        QCOMPARE(f.session->currentApplicationId(), id);
        QCOMPARE(f.window->details()->applicationId(), id);
        for (Stage each : stages::all()) {
            QListView* view = f.column(each)->view();
            const QModelIndexList selected = view->selectionModel()->selectedIndexes();
            if (each == stage) {
                QVERIFY2(!f.column(each)->isCollapsed(), qPrintable(stages::id(each)));
                QCOMPARE(selected.size(), 1);
                QCOMPARE(selected.first().data(ApplicationTableModel::IdRole).toLongLong(), id);
                QCOMPARE(view->currentIndex().data(ApplicationTableModel::IdRole).toLongLong(), id);
            } else {
                QVERIFY2(selected.isEmpty(), qPrintable(stages::id(each)));
            }
        }
    }

    QAction* actionWithShortcut(const Fixture& f, const QKeySequence& keys)
    {
        for (QAction* action : f.window->findChildren<QAction*>()) {
            if (action->shortcuts().contains(keys))
                return action;
        }
        return nullptr;
    }

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void droppingACardOnAnotherColumnMovesItThroughThePipeline()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        BoardColumn* applied = f.column(Stage::Applied);
        BoardColumn* screen = f.column(Stage::Screen);
        QCOMPARE(applied->model()->rowCount(), 1);
        std::unique_ptr<QMimeData> data(applied->model()->mimeData({applied->model()->index(0, 0)}));
        QVERIFY(dropOn(screen, data.get()));

        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), 1, 5000);
        QCOMPARE(applied->model()->rowCount(), 0);
        QCOMPARE(f.history(id), (QStringList{QStringLiteral("applied"), QStringLiteral("screen")}));
        QCOMPARE(f.pendingTaskTypes(id), (QStringList{QStringLiteral("prep"), QStringLiteral("thank_you")}));
        QCOMPARE(f.session->undoStack().count(), 1);
    }

    void undoIsACompensatingMoveAndRedoMovesAgain()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        std::unique_ptr<QMimeData> data(BoardColumnModel::encodeIds({id}));
        QVERIFY(dropOn(f.column(Stage::Technical), data.get()));
        QTRY_COMPARE_WITH_TIMEOUT(f.column(Stage::Technical)->model()->rowCount(), 1, 5000);

        auto* undo = f.window->findChild<QAction*>(QStringLiteral("undoAction"));
        auto* redo = f.window->findChild<QAction*>(QStringLiteral("redoAction"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        f.clock.advanceSecs(60);
        undo->trigger();
        QCOMPARE(f.column(Stage::Applied)->model()->rowCount(), 1);
        QCOMPARE(f.column(Stage::Technical)->model()->rowCount(), 0);
        // The log is never edited: the undo is a new event back to applied.
        QCOMPARE(f.history(id), (QStringList{QStringLiteral("applied"), QStringLiteral("technical"),
                                             QStringLiteral("applied")}));
        f.clock.advanceSecs(60);
        redo->trigger();
        QCOMPARE(f.column(Stage::Technical)->model()->rowCount(), 1);
        QCOMPARE(f.history(id).size(), 4);
        QCOMPARE(f.history(id).last(), QStringLiteral("technical"));
    }

    void droppingSeveralCardsIsOneUndoStep()
    {
        Fixture f;
        const qint64 a = f.add(QStringLiteral("Acme"));
        const qint64 b = f.add(QStringLiteral("Beta"));
        std::unique_ptr<QMimeData> data(BoardColumnModel::encodeIds({a, b}));
        QVERIFY(dropOn(f.column(Stage::Screen), data.get()));
        QTRY_COMPARE_WITH_TIMEOUT(f.column(Stage::Screen)->model()->rowCount(), 2, 5000);
        QCOMPARE(f.session->undoStack().count(), 1);
        f.session->undoStack().undo();
        QCOMPARE(f.column(Stage::Applied)->model()->rowCount(), 2);
    }

    void aDropOfUnknownIdsChangesNothing()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        std::unique_ptr<QMimeData> data(BoardColumnModel::encodeIds({id + 100}));
        QVERIFY(!dropOn(f.column(Stage::Screen), data.get()));
        QCoreApplication::processEvents();
        QCOMPARE(f.session->undoStack().count(), 0);
        QCOMPARE(f.history(id).size(), 1);
    }

    void dropOnACollapsedEndColumnMovesToThatEnd()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        BoardColumn* rejected = f.column(Stage::Rejected);
        QVERIFY(rejected->isCollapsed());
        std::unique_ptr<QMimeData> data(BoardColumnModel::encodeIds({id}));
        const QPoint pos(rejected->width() / 2, 5);
        QDragEnterEvent enter(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(rejected, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(rejected, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(rejected->model()->rowCount(), 1, 5000);
        QVERIFY(f.pendingTaskTypes(id).isEmpty()); // an end stage cancels pending tasks
    }

    void keyboardMoveToMenuAndNextStageShortcut()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        QCOMPARE(f.session->currentApplicationId(), id);
        f.window->findChild<QAction*>(QStringLiteral("moveTo_onsite"))->trigger();
        QCOMPARE(f.column(Stage::Onsite)->model()->rowCount(), 1);
        QList<QAction*> actions = f.window->findChildren<QAction*>();
        QAction* next = nullptr;
        for (QAction* action : actions) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_BracketRight))
                next = action;
        }
        QVERIFY(next);
        next->trigger();
        QCOMPARE(f.column(Stage::Final)->model()->rowCount(), 1);
        QCOMPARE(f.history(id).last(), QStringLiteral("final"));
        QCOMPARE(f.session->undoStack().count(), 2);
    }

    void nextStageTwiceMovesTheSameApplicationTwiceAndKeepsItSelected()
    {
        ThreeCards f;
        VERIFY_SELECTED(f, f.b, Stage::Applied);
        QAction* next = actionWithShortcut(f, QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
        QVERIFY(next);
        next->trigger();
        VERIFY_SELECTED(f, f.b, Stage::Screen);
        next->trigger();
        VERIFY_SELECTED(f, f.b, Stage::Technical);
        QCOMPARE(f.history(f.b).last(), QStringLiteral("technical"));
        QCOMPARE(f.history(f.a).size(), 1);
        QCOMPARE(f.history(f.c).size(), 1);
        // Undo brings it back, still the one selected.
        f.session->undoStack().undo();
        VERIFY_SELECTED(f, f.b, Stage::Screen);
    }

    void aDraggedCardStaysSelectedInItsNewColumn()
    {
        ThreeCards f;
        std::unique_ptr<QMimeData> data(BoardColumnModel::encodeIds({f.b}));
        QVERIFY(dropOn(f.column(Stage::Offer), data.get()));
        QTRY_COMPARE_WITH_TIMEOUT(f.column(Stage::Offer)->model()->rowCount(), 1, 5000);
        VERIFY_SELECTED(f, f.b, Stage::Offer);
    }

    void moveToAndADropOnACollapsedColumnKeepTheCardSelectedAndInSight()
    {
        ThreeCards f;
        f.window->findChild<QAction*>(QStringLiteral("moveTo_onsite"))->trigger();
        VERIFY_SELECTED(f, f.b, Stage::Onsite);
        BoardColumn* ghosted = f.column(Stage::Ghosted);
        QVERIFY(ghosted->isCollapsed());
        std::unique_ptr<QMimeData> data(BoardColumnModel::encodeIds({f.b}));
        const QPoint pos(ghosted->width() / 2, 5);
        QDragEnterEvent enter(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(ghosted, &enter);
        QDropEvent drop(QPointF(pos), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(ghosted, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(ghosted->model()->rowCount(), 1, 5000);
        VERIFY_SELECTED(f, f.b, Stage::Ghosted);
    }

    void aMoveKeepsTheListSelectionOnTheMovedApplicationEvenWhenFilteredOut()
    {
        ThreeCards f;
        f.window->showPage(QStringLiteral("list"));
        auto* list = qobject_cast<ApplicationListPage*>(f.window->page(QStringLiteral("list")));
        list->stageFilter()->setCurrentIndex(list->stageFilter()->findData(int(Stage::Applied)));
        QCOMPARE(list->proxy()->rowCount(), 3);
        f.window->findChild<QAction*>(QStringLiteral("moveTo_screen"))->trigger();
        QCOMPARE(list->proxy()->rowCount(), 2);
        QCOMPARE(f.session->currentApplicationId(), f.b);
        QVERIFY(list->view()->selectionModel()->selectedRows().isEmpty());
        list->stageFilter()->setCurrentIndex(0);
        f.session->undoStack().undo();
        QCOMPARE(f.session->currentApplicationId(), f.b);
        const QModelIndexList rows = list->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(ApplicationTableModel::IdRole).toLongLong(), f.b);
    }

    void theBoardScrollsToTheColumnTheCardMovedTo()
    {
        Fixture f;
        f.window->resize(900, 700);
        f.add(QStringLiteral("Acme"));
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto* scroll = f.window->page(QStringLiteral("board"))->findChild<QScrollArea*>();
        QVERIFY(scroll);
        const auto inSight = [&](Stage stage) {
            BoardColumn* column = f.column(stage);
            const QRect shown(column->mapTo(scroll->viewport(), QPoint(0, 0)), column->size());
            return scroll->viewport()->rect().contains(shown);
        };
        QVERIFY(!inSight(Stage::Offer)); // the window is too narrow for every column
        f.window->findChild<QAction*>(QStringLiteral("moveTo_offer"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(inSight(Stage::Offer), 2000);
        f.window->findChild<QAction*>(QStringLiteral("moveTo_saved"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(inSight(Stage::Saved), 2000);
    }

    void aNewColumnLeavesItsCardsUnmeasuredUntilItIsLaidOut()
    {
        // The model counts the rows whose card was measured (only the delegate reads a card's score badge): a
        // column built over 300 cards must not measure them all there and then, at the width of a column not
        // yet placed (setting the view's scroll mode after the model made it lay out every card at once:
        // 0.6 s of the start at 30,000 applications).
        struct CountingModel : ApplicationTableModel
        {
            using ApplicationTableModel::ApplicationTableModel;
            QVariant data(const QModelIndex& index, int role) const override
            {
                if (role == ApplicationTableModel::MatchScoreRole)
                    rows.insert(index.row());
                return ApplicationTableModel::data(index, role);
            }
            mutable QSet<int> rows;
        };
        WindowFixture f;
        for (int i = 0; i < 300; ++i)
            f.add(QStringLiteral("Company %1").arg(i), QStringLiteral("Engineer %1").arg(i));
        CountingModel applications(f.test.db(), f.clock);
        QVERIFY(applications.reload().ok());
        QCOMPARE(applications.rowCount(), 300);
        applications.rows.clear();
        {
            BoardColumn column(Stage::Applied, applications);
            QVERIFY2(applications.rows.size() < 50, qPrintable(QString::number(applications.rows.size())));
            // Shown, it lays the cards out in batches as the event loop runs, and every card gets measured.
            column.resize(300, 600);
            column.show();
            QTRY_VERIFY_WITH_TIMEOUT(applications.rows.size() == 300, 10000);
        }
    }

    // A card dragged toward a column off screen: near the board's right edge the board scrolls until the
    // column is in sight, the drop lands there; the drag leaving the edge (or the board) stops the scrolling.
    void aDragNearTheBoardsEdgeScrollsItToAColumnOffScreen()
    {
        Fixture f;
        f.window->resize(900, 700);
        const qint64 id = f.add(QStringLiteral("Acme"));
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto* scroll = f.window->page(QStringLiteral("board"))->findChild<QScrollArea*>();
        QScrollBar* bar = scroll->horizontalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(0);
        QWidget* viewport = scroll->viewport();
        const auto inSight = [&](Stage stage) {
            BoardColumn* column = f.column(stage);
            return viewport->rect().contains(QRect(column->mapTo(viewport, QPoint(0, 0)), column->size()));
        };
        QVERIFY(!inSight(Stage::Offer));
        // The drag events a person's drag delivers to the card list under the cursor, at board point `at`;
        // the leave goes where the drag last entered (the cards under a resting cursor move on as the board
        // scrolls).
        std::unique_ptr<QMimeData> data(BoardColumnModel::encodeIds({id}));
        QWidget* entered = nullptr;
        const auto dragAt = [&](QEvent::Type type, const QPoint& at) {
            for (Stage stage : stages::all()) {
                QWidget* cards = f.column(stage)->view()->viewport();
                const QPoint pos = cards->mapFromGlobal(viewport->mapToGlobal(at));
                if (!stages::isEnd(stage) && cards->isVisible() && cards->rect().contains(pos)) {
                    QDragMoveEvent move(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier, type);
                    QCoreApplication::sendEvent(cards, &move);
                    entered = cards;
                    return true;
                }
            }
            return false;
        };
        const auto leave = [&] {
            QDragLeaveEvent event;
            QCoreApplication::sendEvent(entered, &event);
        };
        // In the middle of the board nothing scrolls.
        const QPoint middle(viewport->width() / 2, viewport->height() / 2);
        QVERIFY(dragAt(QEvent::DragEnter, middle));
        QVERIFY(dragAt(QEvent::DragMove, middle));
        QTest::qWait(100);
        QCOMPARE(bar->value(), 0);
        leave();
        // The drag entering a card list within 30 px of the board's `right` or left edge (not the gap between
        // two columns): where it entered.
        const auto enterAtEdge = [&](bool right) {
            for (int x = 2; x < 30; x += 2) {
                const QPoint at(right ? viewport->width() - x : x, viewport->height() / 2);
                if (dragAt(QEvent::DragEnter, at))
                    return at;
            }
            return QPoint();
        };
        // At the right edge the board scrolls on by itself, while the cursor rests there.
        QPoint edge = enterAtEdge(true);
        QVERIFY(dragAt(QEvent::DragMove, edge));
        QTRY_VERIFY(bar->value() > 0);
        // Leaving the edge stops it.
        leave();
        const int stopped = bar->value();
        QTest::qWait(100);
        QCOMPARE(bar->value(), stopped);
        // Back at the edge, it scrolls until the board's end, where Offer is in sight and takes the drop.
        edge = enterAtEdge(true);
        QVERIFY(dragAt(QEvent::DragMove, edge));
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(inSight(Stage::Offer));
        leave();
        QVERIFY(dropOn(f.column(Stage::Offer), data.get()));
        QTRY_COMPARE_WITH_TIMEOUT(f.column(Stage::Offer)->model()->rowCount(), 1, 5000);
        // And the left edge scrolls back.
        const QPoint left = enterAtEdge(false);
        QVERIFY(dragAt(QEvent::DragMove, left));
        QTRY_COMPARE(bar->value(), 0);
        leave();
    }

    void moveToMarksTheCurrentStage()
    {
        Fixture f;
        f.add(QStringLiteral("Acme"));
        auto* applied = f.window->findChild<QAction*>(QStringLiteral("moveTo_applied"));
        auto* screen = f.window->findChild<QAction*>(QStringLiteral("moveTo_screen"));
        QVERIFY(applied->isChecked());
        QVERIFY(!applied->isEnabled());
        QVERIFY(!screen->isChecked());
        QVERIFY(screen->isEnabled());
        screen->trigger();
        QVERIFY(screen->isChecked());
        QVERIFY(!screen->isEnabled());
        QVERIFY(applied->isEnabled());
    }

    void doubleClickOnACardOpensEdit()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        QListView* view = f.column(Stage::Applied)->view();
        QString title;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &poll, [&title] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                title = dialog->windowTitle();
                dialog->reject();
            }
        });
        poll.start(20);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QRect card = view->visualRect(view->model()->index(0, 0));
        QVERIFY(card.isValid());
        const QPoint centre = card.center();
        // What a double-click delivers: a press and release, then the double-click event.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
        QCOMPARE(title, QStringLiteral("Edit application"));
        QCOMPARE(f.session->currentApplicationId(), id);
    }

    void shiftF10AndTheMenuKeyOpenTheCardsContextMenu()
    {
        Fixture f;
        f.add(QStringLiteral("Acme"));
        QListView* view = f.column(Stage::Applied)->view();
        for (const auto& [key, modifiers] : {std::pair{Qt::Key_F10, Qt::ShiftModifier},
                                             std::pair{Qt::Key_Menu, Qt::NoModifier}}) {
            QStringList items;
            QTimer::singleShot(50, [&items] {
                if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                    for (QAction* action : menu->actions())
                        items.append(action->text());
                    menu->close();
                }
            });
            QKeyEvent press(QEvent::KeyPress, key, modifiers);
            QCoreApplication::sendEvent(view, &press);
            QVERIFY2(items.contains(QStringLiteral("&Edit Application...")), qPrintable(items.join(u',')));
        }
    }

    void tabbingIntoAColumnShowsAFocusFrameOnItsCard()
    {
        Fixture f;
        f.add(QStringLiteral("Acme"));
        f.add(QStringLiteral("Beta"));
        f.window->findChild<QAction*>(QStringLiteral("moveTo_screen"))->trigger();
        // Beta (Screen) is current; tabbing into Applied makes its card current there.
        QListView* applied = f.column(Stage::Applied)->view();
        QVERIFY(!applied->currentIndex().isValid());
        QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
        QCoreApplication::sendEvent(applied, &focusIn);
        QVERIFY(applied->currentIndex().isValid());

        // The card painted with keyboard focus differs from the same card without it.
        CardDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(applied);
        option.rect = QRect(0, 0, 240, 90);
        option.state = QStyle::State_Enabled | QStyle::State_Selected;
        const QModelIndex index = applied->model()->index(0, 0);
        const auto render = [&](QStyle::State extra) {
            QImage image(240, 90, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            QStyleOptionViewItem each = option;
            each.state |= extra;
            delegate.paint(&painter, each, index);
            return image;
        };
        QVERIFY(render(QStyle::State_HasFocus) != render(QStyle::State_None));
    }

    void selectingACardSelectsItForTheDetails()
    {
        Fixture f;
        const qint64 a = f.add(QStringLiteral("Acme"));
        const qint64 b = f.add(QStringLiteral("Beta"));
        QCOMPARE(f.session->currentApplicationId(), b);
        QListView* view = f.column(Stage::Applied)->view();
        const QModelIndex first = f.column(Stage::Applied)->model()->index(
            f.column(Stage::Applied)->model()->idAt(0) == a ? 0 : 1, 0);
        view->setCurrentIndex(first);
        QCOMPARE(f.session->currentApplicationId(), a);
    }
};

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
