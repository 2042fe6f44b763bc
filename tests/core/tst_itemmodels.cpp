// The item models the GUI shows, checked with QAbstractItemModelTester while they load, refresh and filter.
#include "MockClock.h"
#include "TestDatabase.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"
#include "storage/EventTimelineModel.h"
#include "storage/TaskModel.h"
#include "storage/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace jobdeck;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    qint64 add(PipelineService& pipeline, const QString& company, const QString& title, const QString& notes = {})
    {
        ApplicationDraft draft;
        draft.company = company;
        draft.title = title;
        draft.notes = notes;
        draft.location = QStringLiteral("Berlin");
        const Result<qint64> id = pipeline.create(draft);
        return id ? *id : 0;
    }

private slots:
    void applicationTableModelPassesTheTesterThroughReloadRefreshAndArchive()
    {
        TestDatabase test;
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationTableModel model(test.db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 a = add(pipeline, QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = add(pipeline, QStringLiteral("Beta"), QStringLiteral("Designer"));
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowOfId(a), ApplicationTableModel::Company).data().toString(), QStringLiteral("Acme"));
        QCOMPARE(model.index(model.rowOfId(a), ApplicationTableModel::NextTask).data(ApplicationTableModel::NextTaskRole)
                     .toString(),
                 QStringLiteral("Follow up on the application at Acme"));

        clock.advanceDays(3);
        QVERIFY(pipeline.move(b, Stage::Screen).ok());
        QVERIFY(model.refreshApplication(b).ok());
        QCOMPARE(model.indexOfId(b).data(ApplicationTableModel::StageRole).toInt(), int(Stage::Screen));
        QCOMPARE(model.indexOfId(a).data(ApplicationTableModel::DaysInStageRole).toLongLong(), 3);
        QCOMPARE(model.indexOfId(b).data(ApplicationTableModel::DaysInStageRole).toLongLong(), 0);

        QVERIFY(ApplicationRepository(test.db()).setArchived(a, true, clock.now()).ok());
        QVERIFY(model.refreshApplication(a).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(a), -1);
        QCOMPARE(model.rowOfId(b), 0);
        const qint64 c = add(pipeline, QStringLiteral("Gamma"), QStringLiteral("Analyst"));
        QVERIFY(model.refreshApplication(c).ok());
        QCOMPARE(model.rowCount(), 2);
    }

    void filterMatchesEveryWordInCompanyTitleNotesOrLocation()
    {
        TestDatabase test;
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        add(pipeline, QStringLiteral("Acme"), QStringLiteral("C++ Engineer"), QStringLiteral("met at a meetup"));
        add(pipeline, QStringLiteral("Beta"), QStringLiteral("Designer"));
        const qint64 c = add(pipeline, QStringLiteral("Gamma"), QStringLiteral("Engineer"));
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());
        ApplicationFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterText(QStringLiteral("engineer"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterText(QStringLiteral("ENGINEER meetup"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QStringLiteral("berlin"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterText(QStringLiteral("nowhere"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText({});
        QVERIFY(pipeline.move(c, Stage::Screen).ok());
        QVERIFY(model.refreshApplication(c).ok());
        filter.setStageFilter(Stage::Screen);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.idAt(0), c);
    }

    void boardColumnFollowsStageChangesAndRevalidatesDroppedIds()
    {
        TestDatabase test;
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        const qint64 a = add(pipeline, QStringLiteral("Acme"), QStringLiteral("Engineer"));
        const qint64 b = add(pipeline, QStringLiteral("Beta"), QStringLiteral("Designer"));
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());
        BoardColumnModel applied(Stage::Applied);
        BoardColumnModel screen(Stage::Screen);
        QAbstractItemModelTester appliedTester(&applied, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester screenTester(&screen, QAbstractItemModelTester::FailureReportingMode::QtTest);
        applied.setSourceModel(&model);
        screen.setSourceModel(&model);
        QCOMPARE(applied.rowCount(), 2);
        QCOMPARE(screen.rowCount(), 0);

        std::unique_ptr<QMimeData> data(applied.mimeData({applied.index(0, 0), applied.index(1, 0)}));
        QVERIFY(data->hasFormat(BoardColumnModel::mimeType()));
        QCOMPARE(BoardColumnModel::decodeIds(data.get()).size(), 2);

        QSignalSpy requested(&screen, &BoardColumnModel::moveRequested);
        QVERIFY(screen.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QVERIFY(!applied.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {})); // already there
        screen.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).value<QList<qint64>>().size(), 2);
        // The drop itself changes nothing: only PipelineService does.
        QCOMPARE(screen.rowCount(), 0);

        QVERIFY(pipeline.move(a, Stage::Screen).ok());
        QVERIFY(model.refreshApplication(a).ok());
        QCOMPARE(applied.rowCount(), 1);
        QCOMPARE(screen.rowCount(), 1);
        QCOMPARE(screen.idAt(0), a);
        QCOMPARE(applied.idAt(0), b);
    }

    void dropOfUnknownOrMalformedIdsIsRefused()
    {
        TestDatabase test;
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        add(pipeline, QStringLiteral("Acme"), QStringLiteral("Engineer"));
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());
        BoardColumnModel screen(Stage::Screen);
        screen.setSourceModel(&model);
        QSignalSpy requested(&screen, &BoardColumnModel::moveRequested);
        for (const QByteArray& payload : {QByteArray("999"), QByteArray("1;DROP TABLE"), QByteArray("-1"),
                                          QByteArray("")}) {
            QMimeData data;
            data.setData(BoardColumnModel::mimeType(), payload);
            QVERIFY2(!screen.canDropMimeData(&data, Qt::MoveAction, -1, -1, {}), payload.constData());
            QVERIFY(!screen.dropMimeData(&data, Qt::MoveAction, -1, -1, {}));
        }
        QMimeData text;
        text.setText(QStringLiteral("1"));
        QVERIFY(!screen.canDropMimeData(&text, Qt::MoveAction, -1, -1, {}));
        QCOMPARE(requested.size(), 0);
    }

    void taskModelBucketsPendingTasksByTheClock()
    {
        TestDatabase test;
        MockClock clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::LocalTime).toUTC());
        PipelineService pipeline(test.db(), clock);
        const qint64 a = add(pipeline, QStringLiteral("Acme"), QStringLiteral("Engineer")); // follow-up in 7 days
        QVERIFY(pipeline.move(a, Stage::Screen).ok()); // prep now, thank-you tomorrow; follow-up cancelled
        TaskModel model(test.db(), clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.showPending().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(TaskModel::BucketRole).toInt(), int(TaskModel::Bucket::Today));
        QCOMPARE(model.index(1).data(TaskModel::BucketRole).toInt(), int(TaskModel::Bucket::Upcoming));
        clock.advanceDays(3);
        QCOMPARE(model.index(0).data(TaskModel::BucketRole).toInt(), int(TaskModel::Bucket::Overdue));
        QVERIFY(model.showApplication(a).ok());
        QCOMPARE(model.rowCount(), 3); // the cancelled follow-up too
    }

    void taskModelBucketsAtTheEdgesOfTheLocalDay()
    {
        TestDatabase test;
        const QDate day(2026, 3, 10);
        auto local = [](QDate date, QTime time) { return QDateTime(date, time, Qt::LocalTime).toUTC(); };
        MockClock clock(local(day, QTime(12, 0)));
        PipelineService pipeline(test.db(), clock);
        const qint64 a = add(pipeline, QStringLiteral("Acme"), QStringLiteral("Engineer")); // follow-up in 7 days
        const TaskRepository tasks(test.db());
        const QList<std::pair<QDateTime, TaskModel::Bucket>> cases{
            {local(day.addDays(-1), QTime(23, 59, 59)), TaskModel::Bucket::Overdue},
            {local(day, QTime(0, 0)), TaskModel::Bucket::Today},
            {local(day, QTime(23, 59, 59)), TaskModel::Bucket::Today},
            {local(day.addDays(1), QTime(0, 0)), TaskModel::Bucket::Upcoming},
        };
        for (const auto& [due, bucket] : cases)
            QVERIFY(tasks.addCustom(a, QStringLiteral("due %1").arg(due.toString(Qt::ISODate)), due, clock.now()).ok());
        TaskModel model(test.db(), clock);
        QVERIFY(model.showPending().ok());
        auto bucketOf = [&](const QDateTime& due) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.taskAt(row).dueAt == due && model.taskAt(row).type == TaskType::Custom)
                    return int(model.bucket(model.taskAt(row)));
            }
            return -1;
        };
        for (const auto& [due, bucket] : cases)
            QCOMPARE(bucketOf(due), int(bucket));
        // The day is worked out again when the clock leaves it, backwards as well as forwards.
        clock.advanceDays(-1);
        QCOMPARE(bucketOf(cases.at(0).first), int(TaskModel::Bucket::Today));
        QCOMPARE(bucketOf(cases.at(1).first), int(TaskModel::Bucket::Upcoming));
        clock.advanceDays(2);
        QCOMPARE(bucketOf(cases.at(2).first), int(TaskModel::Bucket::Overdue));
        QCOMPARE(bucketOf(cases.at(3).first), int(TaskModel::Bucket::Today));
    }

    void timelineShowsTheEventLogOldestFirst()
    {
        TestDatabase test;
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        const qint64 a = add(pipeline, QStringLiteral("Acme"), QStringLiteral("Engineer"));
        clock.advanceDays(2);
        QVERIFY(pipeline.move(a, Stage::Screen).ok());
        clock.advanceDays(2);
        QVERIFY(pipeline.move(a, Stage::Rejected).ok());
        EventTimelineModel model(pipeline);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.showApplication(a).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(EventTimelineModel::StageRole).toInt(), int(Stage::Applied));
        QVERIFY(!model.index(0).data(EventTimelineModel::PreviousRole).isValid());
        QCOMPARE(model.index(2).data(EventTimelineModel::PreviousRole).toInt(), int(Stage::Screen));
        QCOMPARE(model.index(2).data(EventTimelineModel::StageRole).toInt(), int(Stage::Rejected));
        QVERIFY(!model.showApplication(4242).ok());
    }

    // An application given only the date it was sent (the dialog's "Applied", an import's date column) has
    // its first event at midnight UTC. The timeline showed that as a time ("00:00:00", or the evening before
    // in a zone west of Greenwich); it reads as the date. A move made at a time keeps its time.
    void timelineShowsADateOnlyEventAsItsDate()
    {
        TestDatabase test;
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft;
        draft.company = QStringLiteral("Acme");
        draft.title = QStringLiteral("Engineer");
        const QDate applied(2026, 1, 2);
        draft.appliedOn = applied;
        const Result<qint64> a = pipeline.create(draft);
        QVERIFY(a.ok());
        clock.advanceSecs(3 * 3600 + 17 * 60);
        QVERIFY(pipeline.move(*a, Stage::Screen).ok());
        EventTimelineModel model(pipeline);
        QVERIFY(model.showApplication(*a).ok());
        QCOMPARE(model.rowCount(), 2);
        const QLocale locale;
        QCOMPARE(model.index(0).data().toString(),
                 QStringLiteral("%1  %2").arg(locale.toString(applied, QLocale::ShortFormat),
                                              stages::displayName(Stage::Applied)));
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), locale.toString(applied, QLocale::LongFormat));
        const QDateTime movedAt = model.index(1).data(EventTimelineModel::AtRole).toDateTime();
        QVERIFY(movedAt.toUTC().time() != QTime(0, 0));
        const QString movedWhen = locale.toString(movedAt.toLocalTime(), QLocale::ShortFormat);
        QVERIFY(model.index(1).data().toString().startsWith(movedWhen));
    }

    void timelineKeepsAnUndonePairAndMarksIt()
    {
        TestDatabase test;
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        const qint64 a = add(pipeline, QStringLiteral("Acme"), QStringLiteral("Engineer"));
        clock.advanceDays(1);
        const auto moved = pipeline.move(a, Stage::Offer);
        QVERIFY(moved.ok());
        clock.advanceSecs(5);
        QVERIFY(pipeline.revert(moved->eventId).ok());
        EventTimelineModel model(pipeline);
        QVERIFY(model.showApplication(a).ok());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.index(0).data(EventTimelineModel::UndoneRole).toBool());
        QVERIFY(model.index(1).data(EventTimelineModel::UndoneRole).toBool());
        QVERIFY(model.index(2).data(EventTimelineModel::UndoneRole).toBool());
        QCOMPARE(model.index(1).data(EventTimelineModel::EventIdRole).toLongLong(), moved->eventId);
        QVERIFY(model.index(2).data().toString().endsWith(QStringLiteral("(undo)")));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
