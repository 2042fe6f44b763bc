// PipelineService: each move is one transaction of cache + event + reminder rules.
#include "MockClock.h"
#include "TestDatabase.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/TaskRepository.h"
#include "util/Time.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace jobdeck;

namespace {

ApplicationDraft draft(const QString& company = QStringLiteral("Acme"))
{
    ApplicationDraft d;
    d.company = company;
    d.title = QStringLiteral("Backend Engineer");
    d.source = QStringLiteral("LinkedIn");
    return d;
}

QList<FollowUpTask> pendingTasks(const Database& db, qint64 appId)
{
    QList<FollowUpTask> result;
    for (const FollowUpTask& t : TaskRepository(db).forApplication(appId).value()) {
        if (t.status == TaskStatus::Pending)
            result.append(t);
    }
    return result;
}

const FollowUpTask* findTask(const QList<FollowUpTask>& tasks, TaskType type)
{
    for (const FollowUpTask& t : tasks) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<PipelineService> m_pipeline;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_db->ok());
        m_clock = std::make_unique<MockClock>();
        m_pipeline = std::make_unique<PipelineService>(m_db->db(), *m_clock);
    }

    void createRecordsFirstEventAndFollowUp()
    {
        const auto id = m_pipeline->create(draft());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        const auto history = m_pipeline->history(*id);
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->first().previous.has_value());
        QCOMPARE(history->first().current, Stage::Applied);
        QCOMPARE(history->first().at, m_clock->now());

        const auto tasks = pendingTasks(m_db->db(), *id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().type, TaskType::FollowUp);
        QCOMPARE(tasks.first().dueAt, m_clock->now().addDays(7));

        const auto app = ApplicationRepository(m_db->db()).find(*id);
        QCOMPARE(app->appliedOn, m_clock->now().date());
    }

    void createSavedMakesNoTasksAndNoAppliedDate()
    {
        const auto id = m_pipeline->create(draft(), Stage::Saved);
        QVERIFY(id.ok());
        QVERIFY(pendingTasks(m_db->db(), *id).isEmpty());
        QVERIFY(!ApplicationRepository(m_db->db()).find(*id)->appliedOn.has_value());
    }

    void createRefusesEmptyCompanyOrTitleAndWritesNothing()
    {
        ApplicationDraft d = draft(QStringLiteral("   "));
        QCOMPARE(m_pipeline->create(d).error().kind, Error::Kind::BadInput);
        d = draft();
        d.title.clear();
        QVERIFY(!m_pipeline->create(d).ok());
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 0);
    }

    void discardDeletesTheApplicationWithItsEventsAndTasks()
    {
        const qint64 kept = *m_pipeline->create(draft(QStringLiteral("Kept")));
        const qint64 id = *m_pipeline->create(draft());
        QVERIFY(m_pipeline->move(id, Stage::Screen).ok());
        QSignalSpy discarded(m_pipeline.get(), &PipelineService::applicationDiscarded);

        const Status removed = m_pipeline->discard(id);
        QVERIFY2(removed.ok(), qPrintable(removed.message()));
        QCOMPARE(discarded.size(), 1);
        QCOMPARE(discarded.first().first().toLongLong(), id);
        QCOMPARE(ApplicationRepository(m_db->db()).find(id).error().kind, Error::Kind::NotFound);
        const QString perApplication = QStringLiteral("SELECT count(*) FROM %1 WHERE application_id = %2");
        QCOMPARE(scalar(m_db->db(), perApplication.arg(QStringLiteral("stage_events")).arg(id)).toInt(), 0);
        QCOMPARE(scalar(m_db->db(), perApplication.arg(QStringLiteral("follow_up_tasks")).arg(id)).toInt(), 0);
        // The other application is untouched.
        QCOMPARE(m_pipeline->history(kept)->size(), 1);
        QCOMPARE(pendingTasks(m_db->db(), kept).size(), 1);
        QCOMPARE(m_pipeline->discard(id).error().kind, Error::Kind::NotFound);
    }

    void createWithTheIdDiscardFreedBringsBackTheSameApplication()
    {
        ApplicationDraft d = draft();
        d.notes = QStringLiteral("met them at a meetup");
        const qint64 id = *m_pipeline->create(d);
        const Application before = *ApplicationRepository(m_db->db()).find(id);
        // A later id exists, so SQLite would not hand the freed one out again by itself.
        QVERIFY(*m_pipeline->create(draft(QStringLiteral("Later"))) > id);
        QVERIFY(m_pipeline->discard(id).ok());

        const Result<qint64> again = m_pipeline->create(before, before.stage, before.stageEnteredAt, id);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(*again, id);
        const Application after = *ApplicationRepository(m_db->db()).find(id);
        QCOMPARE(after.company, before.company);
        QCOMPARE(after.notes, before.notes);
        QCOMPARE(after.appliedOn, before.appliedOn);
        QCOMPARE(after.stage, before.stage);
        QCOMPARE(after.stageEnteredAt, before.stageEnteredAt);
        QCOMPARE(m_pipeline->history(id)->size(), 1);
        QCOMPARE(pendingTasks(m_db->db(), id).size(), 1);
    }

    void createWithAnIdInUseIsRefusedAndWritesNothing()
    {
        const qint64 id = *m_pipeline->create(draft());
        const Result<qint64> again = m_pipeline->create(draft(QStringLiteral("Other")), Stage::Applied, {}, id);
        QCOMPARE(again.error().kind, Error::Kind::BadInput);
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->company, QStringLiteral("Acme"));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 1);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 1);
    }

    void moveToInterviewStageCreatesPrepAndThankYou_data()
    {
        QTest::addColumn<Stage>("stage");
        QTest::newRow("screen") << Stage::Screen;
        QTest::newRow("technical") << Stage::Technical;
        QTest::newRow("onsite") << Stage::Onsite;
        QTest::newRow("final") << Stage::Final;
    }
    void moveToInterviewStageCreatesPrepAndThankYou()
    {
        QFETCH(Stage, stage);
        const qint64 id = m_pipeline->create(draft()).value();
        m_clock->advanceDays(3);
        const QDateTime movedAt = m_clock->now();
        const auto moved = m_pipeline->move(id, stage);
        QVERIFY2(moved.ok(), qPrintable(moved.message()));
        QVERIFY(moved->changed);
        QCOMPARE(moved->previous, Stage::Applied);

        const auto tasks = pendingTasks(m_db->db(), id);
        QCOMPARE(tasks.size(), 2); // the follow-up from applying is cancelled
        const FollowUpTask* prep = findTask(tasks, TaskType::Prep);
        const FollowUpTask* thanks = findTask(tasks, TaskType::ThankYou);
        QVERIFY(prep && thanks);
        QCOMPARE(prep->dueAt, movedAt);
        QCOMPARE(thanks->dueAt, movedAt.addDays(1));
        QVERIFY(!findTask(tasks, TaskType::FollowUp));

        const auto app = ApplicationRepository(m_db->db()).find(id).value();
        QCOMPARE(app.stage, stage);
        QCOMPARE(app.stageEnteredAt, movedAt);
        QCOMPARE(app.furthestRank, stages::rank(stage));
    }

    void enteringAppliedFromSavedCreatesFollowUpAWeekLater()
    {
        const qint64 id = m_pipeline->create(draft(), Stage::Saved).value();
        m_clock->advanceDays(2);
        QVERIFY(m_pipeline->move(id, Stage::Applied).ok());
        const auto tasks = pendingTasks(m_db->db(), id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().type, TaskType::FollowUp);
        QCOMPARE(tasks.first().dueAt, m_clock->now().addDays(7));
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->appliedOn, m_clock->now().date());
    }

    void movingOnFromAnInterviewCancelsThatRoundsPrepButNotItsThankYou()
    {
        // Issue 13: screen -> technical left "Prepare for the Screen round" pending.
        const qint64 id = m_pipeline->create(draft()).value();
        QVERIFY(m_pipeline->move(id, Stage::Screen).ok());
        const qint64 screenPrep = findTask(pendingTasks(m_db->db(), id), TaskType::Prep)->id;
        m_clock->advanceDays(2);
        const auto toTechnical = m_pipeline->move(id, Stage::Technical);
        QVERIFY(toTechnical.ok());
        const auto tasks = pendingTasks(m_db->db(), id);
        QCOMPARE(tasks.size(), 3); // the screen's thank-you, the technical round's prep and thank-you
        QCOMPARE(std::count_if(tasks.cbegin(), tasks.cend(), [](const FollowUpTask& t) { return t.type == TaskType::ThankYou; }), 2);
        const FollowUpTask* prep = findTask(tasks, TaskType::Prep);
        QVERIFY(prep && prep->id != screenPrep);
        QVERIFY(prep->title.contains(stages::displayName(Stage::Technical)));
        QCOMPARE(TaskRepository(m_db->db()).find(screenPrep)->status, TaskStatus::Cancelled);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE status = 'cancelled' "
                                                   "AND type = 'follow_up'")).toInt(), 1);

        // Undoing that move brings the screen's prep back.
        QVERIFY(m_pipeline->revert(toTechnical->eventId).ok());
        QCOMPARE(TaskRepository(m_db->db()).find(screenPrep)->status, TaskStatus::Pending);
        QCOMPARE(pendingTasks(m_db->db(), id).size(), 2);

        // Leaving an interview for a stage that is not one (an offer) cancels the prep too.
        QVERIFY(m_pipeline->move(id, Stage::Offer).ok());
        QCOMPARE(TaskRepository(m_db->db()).find(screenPrep)->status, TaskStatus::Cancelled);
        QCOMPARE(pendingTasks(m_db->db(), id).size(), 1);
        QCOMPARE(pendingTasks(m_db->db(), id).first().type, TaskType::ThankYou);
    }

    void revertMakesTheMoveCountForNothing()
    {
        const QDateTime created = m_clock->now();
        const qint64 id = m_pipeline->create(draft()).value();
        m_clock->advanceDays(4);
        const auto toOffer = m_pipeline->move(id, Stage::Offer);
        QVERIFY(toOffer.ok());
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->furthestRank, stages::rank(Stage::Offer));
        m_clock->advanceSecs(90);
        const auto undo = m_pipeline->revert(toOffer->eventId);
        QVERIFY2(undo.ok(), qPrintable(undo.message()));
        QCOMPARE(undo->previous, Stage::Offer);
        QCOMPARE(undo->current, Stage::Applied);

        const auto app = ApplicationRepository(m_db->db()).find(id).value();
        QCOMPARE(app.stage, Stage::Applied);
        QCOMPARE(app.stageEnteredAt, created); // days in stage as if it never left
        QCOMPARE(app.furthestRank, stages::rank(Stage::Applied));
        const auto history = m_pipeline->history(id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(1).revertedBy, undo->eventId);
        QCOMPARE(history.at(2).reverts, toOffer->eventId);
        QCOMPARE(history.at(0).revertedBy, 0);
        // The undo records no stay (the stay in offer never happened); the next move's stay runs from the
        // original entry.
        QVERIFY(scalar(m_db->db(), QStringLiteral("SELECT stay_seconds FROM stage_events WHERE id = %1").arg(undo->eventId)).isNull());
        m_clock->advanceDays(1);
        const auto toScreen = m_pipeline->move(id, Stage::Screen);
        QVERIFY(toScreen.ok());
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT stay_seconds FROM stage_events WHERE id = %1").arg(toScreen->eventId)).toLongLong(),
                 created.secsTo(m_clock->now()));
    }

    void revertIsRefusedForUndosUndoneMovesFirstEventsAndOlderMoves()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        const qint64 first = m_pipeline->history(id)->first().id;
        m_clock->advanceSecs(10);
        const auto toScreen = m_pipeline->move(id, Stage::Screen);
        m_clock->advanceSecs(10);
        const auto toTechnical = m_pipeline->move(id, Stage::Technical);
        QVERIFY(toScreen.ok() && toTechnical.ok());
        QCOMPARE(m_pipeline->revert(first).error().kind, Error::Kind::BadInput);
        QCOMPARE(m_pipeline->revert(toScreen->eventId).error().kind, Error::Kind::BadInput); // moved on since
        QCOMPARE(m_pipeline->revert(99999).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_pipeline->lastRevertibleMove(id).value(), toTechnical->eventId);
        const auto undo = m_pipeline->revert(toTechnical->eventId);
        QVERIFY(undo.ok());
        QCOMPARE(m_pipeline->revert(toTechnical->eventId).error().kind, Error::Kind::BadInput); // already undone
        QCOMPARE(m_pipeline->revert(undo->eventId).error().kind, Error::Kind::BadInput);        // an undo
        // Undo again walks back to the move before.
        QCOMPARE(m_pipeline->lastRevertibleMove(id).value(), toScreen->eventId);
        QVERIFY(m_pipeline->revert(toScreen->eventId).ok());
        QCOMPARE(m_pipeline->lastRevertibleMove(id).error().kind, Error::Kind::NotFound);
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->stage, Stage::Applied);
        QCOMPARE(m_pipeline->history(id)->size(), 5);
        // A move still cannot be dated before the log's last event (the undo), though the stage is older.
        QCOMPARE(m_pipeline->move(id, Stage::Screen, m_clock->now().addSecs(-5)).error().kind, Error::Kind::BadInput);
    }

    void moveWithAnInterviewTimeSchedulesPrepTheDayBeforeAndThankYouTheDayAfter()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        const QDateTime interview = m_clock->now().addDays(5).addSecs(5 * 3600);
        const auto moved = m_pipeline->move(id, Stage::Technical, std::nullopt, interview);
        QVERIFY2(moved.ok(), qPrintable(moved.message()));
        const auto tasks = pendingTasks(m_db->db(), id);
        QCOMPARE(findTask(tasks, TaskType::Prep)->dueAt, interview.addDays(-1));
        QCOMPARE(findTask(tasks, TaskType::ThankYou)->dueAt, interview.addDays(1));
        QCOMPARE(m_pipeline->interviewAt(id).value(), std::optional<QDateTime>(interview));

        // Rescheduled from the details panel: the pending tasks follow.
        const QDateTime later = interview.addDays(2);
        QVERIFY(m_pipeline->setInterviewAt(id, later).ok());
        const auto moved2 = pendingTasks(m_db->db(), id);
        QCOMPARE(findTask(moved2, TaskType::Prep)->dueAt, later.addDays(-1));
        QCOMPARE(findTask(moved2, TaskType::ThankYou)->dueAt, later.addDays(1));
        QCOMPARE(m_pipeline->interviewAt(id).value(), std::optional<QDateTime>(later));
        // Cleared: today's rules again.
        QVERIFY(m_pipeline->setInterviewAt(id, std::nullopt).ok());
        QCOMPARE(findTask(pendingTasks(m_db->db(), id), TaskType::Prep)->dueAt, moved->at);
        QVERIFY(!m_pipeline->interviewAt(id)->has_value());
    }

    void anInterviewWithinADayMakesPrepDueAtTheMove()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        const QDateTime interview = m_clock->now().addSecs(3 * 3600);
        QVERIFY(m_pipeline->move(id, Stage::Screen, std::nullopt, interview).ok());
        const auto tasks = pendingTasks(m_db->db(), id);
        QCOMPARE(findTask(tasks, TaskType::Prep)->dueAt, m_clock->now());
        QCOMPARE(findTask(tasks, TaskType::ThankYou)->dueAt, interview.addDays(1));
    }

    void anInterviewTimeOutsideAnInterviewStageIsRefused()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        QCOMPARE(m_pipeline->move(id, Stage::Offer, std::nullopt, m_clock->now().addDays(1)).error().kind,
                 Error::Kind::BadInput);
        QCOMPARE(m_pipeline->history(id)->size(), 1);
        QCOMPARE(m_pipeline->setInterviewAt(id, m_clock->now().addDays(1)).error().kind, Error::Kind::BadInput);
        QVERIFY(!m_pipeline->interviewAt(id)->has_value());
    }

    void endStageCancelsAllPendingTasks_data()
    {
        QTest::addColumn<Stage>("end");
        QTest::newRow("rejected") << Stage::Rejected;
        QTest::newRow("withdrawn") << Stage::Withdrawn;
        QTest::newRow("ghosted") << Stage::Ghosted;
    }
    void endStageCancelsAllPendingTasks()
    {
        QFETCH(Stage, end);
        const qint64 id = m_pipeline->create(draft()).value();
        QVERIFY(m_pipeline->move(id, Stage::Onsite).ok());
        QCOMPARE(pendingTasks(m_db->db(), id).size(), 2);
        QVERIFY(m_pipeline->move(id, end).ok());
        QVERIFY(pendingTasks(m_db->db(), id).isEmpty());
        // an end stage creates nothing new
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks")).toInt(), 3);
    }

    void endStageLeavesOtherApplicationsTasksAlone()
    {
        const qint64 a = m_pipeline->create(draft(QStringLiteral("A"))).value();
        const qint64 b = m_pipeline->create(draft(QStringLiteral("B"))).value();
        QVERIFY(m_pipeline->move(a, Stage::Rejected).ok());
        QVERIFY(pendingTasks(m_db->db(), a).isEmpty());
        QCOMPARE(pendingTasks(m_db->db(), b).size(), 1);
    }

    void moveToSameStageIsANoOp()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        QSignalSpy moved(m_pipeline.get(), &PipelineService::applicationMoved);
        m_clock->advanceDays(1);
        const auto outcome = m_pipeline->move(id, Stage::Applied);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->changed);
        QCOMPARE(m_pipeline->history(id)->size(), 1);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks")).toInt(), 1);
        QCOMPARE(pendingTasks(m_db->db(), id).size(), 1);
        QCOMPARE(moved.count(), 0);
    }

    void moveOfUnknownIdIsNotFoundAndWritesNothing()
    {
        const auto outcome = m_pipeline->move(4242, Stage::Screen);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, Error::Kind::NotFound);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 0);
    }

    void moveDatedBeforeLastEventIsRefused()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        const auto outcome = m_pipeline->move(id, Stage::Screen, m_clock->now().addDays(-1));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, Error::Kind::BadInput);
        QCOMPARE(m_pipeline->history(id)->size(), 1);
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->stage, Stage::Applied);
    }

    void stageCacheFollowsLastEventAndFurthestSurvivesRejection()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        for (Stage s : {Stage::Screen, Stage::Onsite, Stage::Rejected}) {
            m_clock->advanceDays(2);
            QVERIFY(m_pipeline->move(id, s).ok());
        }
        const auto app = ApplicationRepository(m_db->db()).find(id).value();
        QCOMPARE(app.stage, Stage::Rejected);
        QCOMPARE(app.furthestRank, stages::rank(Stage::Onsite));
        const auto history = m_pipeline->history(id).value();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.last().previous, Stage::Onsite);
        QCOMPARE(history.last().current, app.stage);
    }

    void undoIsACompensatingMoveThatAppendsToTheLog()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        QVERIFY(m_pipeline->move(id, Stage::Screen).ok());
        QVERIFY(m_pipeline->move(id, Stage::Applied).ok());
        const auto history = m_pipeline->history(id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(2).previous, Stage::Screen);
        QCOMPARE(history.at(2).current, Stage::Applied);
    }

    void revertOfInterviewMoveCancelsItsTasksAndRestoresTheFollowUp()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        const qint64 followUp = pendingTasks(m_db->db(), id).first().id;
        m_clock->advanceDays(1);
        const auto moved = m_pipeline->move(id, Stage::Screen);
        QVERIFY(moved.ok());
        m_clock->advanceSecs(30);
        const auto reverted = m_pipeline->revert(id, moved.value());
        QVERIFY2(reverted.ok(), qPrintable(reverted.message()));
        QVERIFY(reverted->changed);

        const auto history = m_pipeline->history(id).value();
        QCOMPARE(history.size(), 3); // the log only grows: applied, screen, applied again
        QCOMPARE(history.last().previous, Stage::Screen);
        QCOMPARE(history.last().current, Stage::Applied);
        QCOMPARE(history.last().at, m_clock->now());
        const auto tasks = pendingTasks(m_db->db(), id);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().id, followUp);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE status = 'cancelled' "
                                                   "AND type IN ('prep', 'thank_you')")).toInt(), 2);
    }

    void revertOfEndStageBringsBackTheTasksItCancelled()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        QVERIFY(m_pipeline->move(id, Stage::Onsite).ok());
        const auto before = pendingTasks(m_db->db(), id);
        QCOMPARE(before.size(), 2);
        m_clock->advanceSecs(60);
        const auto rejected = m_pipeline->move(id, Stage::Rejected);
        QVERIFY(pendingTasks(m_db->db(), id).isEmpty());
        m_clock->advanceSecs(5);
        QVERIFY(m_pipeline->revert(id, rejected.value()).ok());
        const auto after = pendingTasks(m_db->db(), id);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.first().id, before.first().id);
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->stage, Stage::Onsite);
    }

    void revertOfTheSecondOfTwoMovesInOneSecondLeavesTheFirstMovesTasksOpen()
    {
        // Both moves and the undo share a second: only the events tell the moves' tasks apart.
        const qint64 id = m_pipeline->create(draft()).value();
        m_clock->advanceDays(1);
        const auto toScreen = m_pipeline->move(id, Stage::Screen);
        QVERIFY(toScreen.ok());
        const auto screenTasks = pendingTasks(m_db->db(), id);
        QCOMPARE(screenTasks.size(), 2); // prep and thank-you; the follow-up is cancelled
        const auto toTechnical = m_pipeline->move(id, Stage::Technical);
        QVERIFY(toTechnical.ok());
        QCOMPARE(toTechnical->at, toScreen->at);
        QVERIFY(toTechnical->eventId > toScreen->eventId);
        QCOMPARE(pendingTasks(m_db->db(), id).size(), 3); // the screen's prep is moot

        const auto reverted = m_pipeline->revert(id, toTechnical.value());
        QVERIFY2(reverted.ok(), qPrintable(reverted.message()));
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->stage, Stage::Screen);
        const auto after = pendingTasks(m_db->db(), id);
        QCOMPARE(after.size(), 2);
        for (const FollowUpTask& task : screenTasks)
            QVERIFY(std::any_of(after.cbegin(), after.cend(), [&](const FollowUpTask& t) { return t.id == task.id; }));
        // The follow-up the first move cancelled stays cancelled; the technical round's tasks were cancelled
        // by the undo's own event.
        QVERIFY(!findTask(after, TaskType::FollowUp));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE status = 'cancelled' "
                                                   "AND created_by_event = %1 AND cancelled_by_event = %2")
                                        .arg(toTechnical->eventId)
                                        .arg(reverted->eventId))
                     .toInt(),
                 2);
    }

    void revertOfTheFirstOfTwoMovesInOneSecondRestoresOnlyWhatItCancelled()
    {
        // Undo, then undo again (the undo stack's order), all within one second.
        const qint64 id = m_pipeline->create(draft()).value();
        const qint64 followUp = pendingTasks(m_db->db(), id).first().id;
        m_clock->advanceDays(1);
        const auto toScreen = m_pipeline->move(id, Stage::Screen);
        const auto rejected = m_pipeline->move(id, Stage::Rejected);
        QVERIFY(toScreen.ok() && rejected.ok());
        QVERIFY(pendingTasks(m_db->db(), id).isEmpty());

        QVERIFY(m_pipeline->revert(id, rejected.value()).ok());
        auto pending = pendingTasks(m_db->db(), id);
        QCOMPARE(pending.size(), 2); // the screen's prep and thank-you, not the follow-up
        QVERIFY(!findTask(pending, TaskType::FollowUp));

        QVERIFY(m_pipeline->revert(id, toScreen.value()).ok());
        pending = pendingTasks(m_db->db(), id);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, followUp);
    }

    void tasksWithoutAnEventFallBackToTheMovesSecond()
    {
        // Rows from before schema 2 name no event: an undo still finds them by the undone move's time.
        const qint64 id = m_pipeline->create(draft()).value();
        m_clock->advanceDays(1);
        const auto moved = m_pipeline->move(id, Stage::Screen);
        QVERIFY(moved.ok());
        QSqlQuery query(m_db->db().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE follow_up_tasks SET created_by_event = NULL, cancelled_by_event = NULL")));
        m_clock->advanceSecs(30);
        QVERIFY(m_pipeline->revert(id, moved.value()).ok());
        const auto pending = pendingTasks(m_db->db(), id);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().type, TaskType::FollowUp);
    }

    void revertIsRefusedOnceTheApplicationMovedOn()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        m_clock->advanceSecs(10);
        const auto toScreen = m_pipeline->move(id, Stage::Screen);
        m_clock->advanceSecs(10);
        QVERIFY(m_pipeline->move(id, Stage::Technical).ok());
        const auto reverted = m_pipeline->revert(id, toScreen.value());
        QVERIFY(!reverted.ok());
        // A person's undo refused because the application changed since: a conflict, not a wrong input.
        QCOMPARE(reverted.error().kind, Error::Kind::Conflict);
        QCOMPARE(m_pipeline->history(id)->size(), 3);
        QCOMPARE(ApplicationRepository(m_db->db()).find(id)->stage, Stage::Technical);
    }

    void eventLogRefusesUpdates()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        QVERIFY(m_pipeline->move(id, Stage::Screen).ok());
        QSqlQuery query(m_db->db().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE stage_events SET current = 'offer'")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM stage_events WHERE current = 'offer'")).toInt(), 0);
    }

    void delaysAreConfigurable()
    {
        ReminderRules rules;
        rules.thankYouDelaySecs = 3 * 3600;
        rules.followUpDelaySecs = 10 * 24 * 3600;
        m_pipeline->setRules(rules);
        const qint64 id = m_pipeline->create(draft()).value();
        QCOMPARE(pendingTasks(m_db->db(), id).first().dueAt, m_clock->now().addDays(10));
        QVERIFY(m_pipeline->move(id, Stage::Screen).ok());
        const auto tasks = pendingTasks(m_db->db(), id);
        QCOMPARE(findTask(tasks, TaskType::ThankYou)->dueAt, m_clock->now().addSecs(3 * 3600));
    }

    void moveEmitsSignalForViews()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        QSignalSpy moved(m_pipeline.get(), &PipelineService::applicationMoved);
        QVERIFY(m_pipeline->move(id, Stage::Offer).ok());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(0).toLongLong(), id);
    }

    void tasksCanBeClosedAndSnoozedOnce()
    {
        const qint64 id = m_pipeline->create(draft()).value();
        const TaskRepository tasks(m_db->db());
        const qint64 taskId = pendingTasks(m_db->db(), id).first().id;
        const QDateTime later = m_clock->now().addDays(9);
        QVERIFY(tasks.markNotified(taskId, m_clock->now()).ok());
        QVERIFY(tasks.snooze(taskId, later).ok());
        QCOMPARE(tasks.find(taskId)->dueAt, later);
        QVERIFY(!tasks.find(taskId)->notifiedAt.has_value());
        QVERIFY(tasks.complete(taskId, m_clock->now()).ok());
        QCOMPARE(tasks.find(taskId)->status, TaskStatus::Done);
        QVERIFY(!tasks.complete(taskId, m_clock->now()).ok());
        QVERIFY(!tasks.snooze(taskId, later).ok());
        QCOMPARE(tasks.find(999).error().kind, Error::Kind::NotFound);
    }

    void countDueCountsPendingTasksDueByThen()
    {
        const qint64 id = m_pipeline->create(draft()).value(); // a follow-up due in 7 days
        const TaskRepository tasks(m_db->db());
        const QDateTime now = m_clock->now();
        QVERIFY(tasks.addCustom(id, QStringLiteral("now"), now, now).ok());
        QVERIFY(tasks.addCustom(id, QStringLiteral("in a day"), now.addDays(1), now).ok());
        const qint64 done = tasks.addCustom(id, QStringLiteral("done"), now.addSecs(-60), now).value();
        QVERIFY(tasks.complete(done, now).ok());
        // The count agrees with reading every pending task and comparing, at each edge.
        for (const QDateTime& asOf : {now.addSecs(-1), now, now.addDays(1).addSecs(-1), now.addDays(1), now.addDays(30)}) {
            int expected = 0;
            for (const FollowUpTask& task : tasks.list().value())
                expected += task.dueAt <= asOf ? 1 : 0;
            QCOMPARE(tasks.countDue(asOf).value(), expected);
        }
        QCOMPARE(tasks.countDue(now).value(), 1);
        QCOMPARE(tasks.countDue(now.addDays(30)).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
