// The board's drag and drop, driven through the real drop path of a column's view, and its undo and redo.
#include "WindowFixture.h"
#include "board/BoardColumn.h"
#include "board/BoardPage.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace jobdeck;

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
