// The details panel follows the current application: its timeline is the event log, and a task closed or
// snoozed there changes the task list and the application's next task.
#include "WindowFixture.h"
#include "details/DetailsPanel.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationTableModel.h"
#include "storage/EventTimelineModel.h"
#include "storage/TaskModel.h"

#include <QDateTimeEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTest>

using namespace jobdeck;

class TestDetails : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void timelineAndTasksFollowTheCurrentApplication()
    {
        WindowFixture f;
        const qint64 id = *f.session->addApplication(draftFor(QStringLiteral("Acme")), Stage::Applied);
        DetailsPanel* details = f.window->details();
        QCOMPARE(details->applicationId(), id);
        QCOMPARE(details->timeline()->rowCount(), 1);

        f.clock.advanceDays(1);
        f.session->moveApplications({id}, Stage::Screen);
        QCOMPARE(details->timeline()->rowCount(), 2);
        QCOMPARE(details->timeline()->index(1).data(EventTimelineModel::StageRole).toInt(), int(Stage::Screen));
        // follow-up (cancelled by the move), prep, thank-you
        QCOMPARE(details->tasks()->rowCount(), 3);

        const QString nextBefore =
            f.session->applications().indexOfId(id).data(ApplicationTableModel::NextTaskRole).toString();
        QVERIFY(nextBefore.startsWith(QStringLiteral("Prepare")));
        int prep = -1;
        for (int row = 0; row < details->tasks()->rowCount(); ++row) {
            if (details->tasks()->taskAt(row).type == TaskType::Prep)
                prep = row;
        }
        QVERIFY(prep >= 0);
        details->taskView()->setCurrentIndex(details->tasks()->index(prep));
        details->completeSelectedTask();
        QCOMPARE(f.session->applications().indexOfId(id).data(ApplicationTableModel::NextTaskRole).toString(),
                 QStringLiteral("Send a thank-you note to Acme"));
        bool done = false;
        for (int row = 0; row < details->tasks()->rowCount(); ++row)
            done = done || (details->tasks()->taskAt(row).type == TaskType::Prep
                            && details->tasks()->taskAt(row).status == TaskStatus::Done);
        QVERIFY(done);

        f.session->setCurrentApplicationId(0);
        QCOMPARE(details->timeline()->rowCount(), 0);
        QCOMPARE(details->tasks()->rowCount(), 0);
    }

    void interviewTimeSetInTheDetailsSchedulesTheRoundsTasks()
    {
        WindowFixture f;
        const qint64 id = *f.session->addApplication(draftFor(QStringLiteral("Acme")), Stage::Applied);
        DetailsPanel* details = f.window->details();
        QWidget* row = details->interviewEdit()->parentWidget();
        QVERIFY(!row->isVisibleTo(details));
        f.session->moveApplications({id}, Stage::Screen);
        QVERIFY(row->isVisibleTo(details));
        const QDateTime interview = f.clock.now().addDays(3);
        details->interviewEdit()->setDateTime(interview.toLocalTime());
        details->setInterview();
        QCOMPARE(f.session->pipeline().interviewAt(id).value(), std::optional<QDateTime>(interview));
        bool prepDue = false;
        for (int r = 0; r < details->tasks()->rowCount(); ++r) {
            const FollowUpTask task = details->tasks()->taskAt(r);
            if (task.type == TaskType::Prep && task.status == TaskStatus::Pending)
                prepDue = task.dueAt == interview.addDays(-1);
        }
        QVERIFY(prepDue);
        f.session->moveApplications({id}, Stage::Offer);
        QVERIFY(!row->isVisibleTo(details));
    }
};

QTEST_MAIN(TestDetails)
#include "tst_details.moc"
