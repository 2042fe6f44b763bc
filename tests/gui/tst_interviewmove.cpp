// Moving into an interview round with the interview's time, from the Application menu: one undo step whose
// prep and thank-you fall due around the interview (issue 13, item 5: "in the move").
#include "WindowFixture.h"
#include "dialogs/InterviewMoveDialog.h"
#include "storage/ApplicationRepository.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace jobdeck;

namespace {

// The pending task of this type, or an invalid time.
QDateTime pendingDue(const Database& db, qint64 id, TaskType type)
{
    const Result<QList<FollowUpTask>> tasks = TaskRepository(db).forApplication(id);
    if (!tasks)
        return {};
    for (const FollowUpTask& task : tasks.value()) {
        if (task.type == type && task.status == TaskStatus::Pending)
            return task.dueAt;
    }
    return {};
}

Stage stageOf(const Database& db, qint64 id)
{
    const Result<Application> found = ApplicationRepository(db).find(id);
    return found ? found->stage : Stage::Saved;
}

} // namespace

class TestInterviewMove : public QObject
{
    Q_OBJECT

private slots:
    void moveToInterviewRoundSchedulesPrepAndThankYouAroundIt()
    {
        WindowFixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        auto* action = f.window->findChild<QAction*>(QStringLiteral("moveToInterview"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        const QDateTime interview(QDate(2026, 1, 12), QTime(14, 0), Qt::UTC);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<InterviewMoveDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // Applied: the round proposed is the screen.
            answered = dialog->stage() == Stage::Screen;
            dialog->setStage(Stage::Technical);
            dialog->setInterviewAt(interview);
            dialog->accept();
        });
        action->trigger();
        QVERIFY(answered);

        QCOMPARE(stageOf(f.test.db(), id), Stage::Technical);
        QCOMPARE(pendingDue(f.test.db(), id, TaskType::Prep), interview.addDays(-1));
        QCOMPARE(pendingDue(f.test.db(), id, TaskType::ThankYou), interview.addDays(1));
        QCOMPARE(f.session->undoStack().count(), 1);

        f.session->undoStack().undo();
        QCOMPARE(stageOf(f.test.db(), id), Stage::Applied);
        QVERIFY(!pendingDue(f.test.db(), id, TaskType::Prep).isValid());
    }

    void cancellingTheDialogMovesNothing()
    {
        WindowFixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        QTimer::singleShot(0, this, [] {
            if (auto* dialog = qobject_cast<InterviewMoveDialog*>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        f.window->moveToInterview(id);
        QCOMPARE(stageOf(f.test.db(), id), Stage::Applied);
        QCOMPARE(f.session->undoStack().count(), 0);
    }
};

QTEST_MAIN(TestInterviewMove)
#include "tst_interviewmove.moc"
