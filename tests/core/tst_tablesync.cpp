// ApplicationTableModel::sync(): catching up with another process's changes touches only the rows that
// differ (no model reset, which would drop views' selection and scroll position) and reports their ids.
#include "MockClock.h"
#include "TestDatabase.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/TaskRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace jobdeck;

class TestTableSync : public QObject
{
    Q_OBJECT

private slots:
    void syncAppliesOnlyTheDifferences()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        // The model's writer is "another device": a pipeline whose signals the model never hears.
        PipelineService pipeline(test.db(), clock);
        QList<qint64> ids;
        for (const char* company : {"Alpha", "Bravo", "Charlie", "Delta"}) {
            ApplicationDraft draft = draftFor(QString::fromLatin1(company));
            ids.append(*pipeline.create(draft));
        }
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 4);

        QVERIFY(pipeline.move(ids.at(1), Stage::Screen).ok());
        // Delta's follow-up done elsewhere: its card no longer shows a next task.
        const qint64 deltaTask = TaskRepository(test.db()).forApplication(ids.at(3))->first().id;
        QVERIFY(TaskRepository(test.db()).complete(deltaTask, clock.now()).ok());
        ApplicationDraft draft = draftFor(QStringLiteral("Echo"), QStringLiteral("Lead"));
        const qint64 echo = *pipeline.create(draft);

        QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const Result<QList<qint64>> touched = model.sync();
        QVERIFY(touched.ok());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(touched->contains(ids.at(1)));
        QVERIFY(touched->contains(echo));
        QVERIFY(touched->contains(ids.at(3)));
        QVERIFY(model.rowAt(model.rowOfId(ids.at(3))).nextTask.isEmpty());
        QVERIFY(!touched->contains(ids.at(0)));
        QVERIFY(!touched->contains(ids.at(2)));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowAt(model.rowOfId(ids.at(1))).stage, Stage::Screen);
        // Untouched rows keep their places.
        QCOMPARE(model.rowOfId(ids.at(0)), 0);
        QCOMPARE(model.rowOfId(ids.at(2)), 2);

        // Nothing new: nothing touched, no signal.
        changed.clear();
        const Result<QList<qint64>> again = model.sync();
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QCOMPARE(changed.size(), 0);
    }

    void syncDropsARowArchivedElsewhere()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft = draftFor(QStringLiteral("Alpha"));
        const qint64 alpha = *pipeline.create(draft);
        draft.company = QStringLiteral("Bravo");
        const qint64 bravo = *pipeline.create(draft);
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());
        QVERIFY(ApplicationRepository(test.db()).setArchived(alpha, true, clock.now()).ok());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const Result<QList<qint64>> touched = model.sync();
        QVERIFY(touched.ok());
        QCOMPARE(touched.value(), QList<qint64>{alpha});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(bravo), 0);
    }

    // The live refresh's path: the same differences, read on a worker thread and applied on this one.
    void aBackgroundSyncAppliesTheDifferencesOffThisThread()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft = draftFor(QStringLiteral("Alpha"));
        const qint64 alpha = *pipeline.create(draft);
        draft.company = QStringLiteral("Bravo");
        const qint64 bravo = *pipeline.create(draft);
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());
        QVERIFY(pipeline.move(bravo, Stage::Screen).ok());

        QSignalSpy synced(&model, &ApplicationTableModel::synced);
        QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
        model.syncInBackground();
        model.syncInBackground(); // while the first runs: one more read after it, not a second at once
        QVERIFY(model.isSyncing());
        // Nothing changes until the event loop hands over the rows.
        QCOMPARE(model.rowAt(model.rowOfId(bravo)).stage, Stage::Applied);
        QTRY_COMPARE(synced.size(), 2);
        QCOMPARE(synced.at(0).at(0).value<QList<qint64>>(), QList<qint64>{bravo});
        QVERIFY(synced.at(1).at(0).value<QList<qint64>>().isEmpty());
        QCOMPARE(model.rowAt(model.rowOfId(bravo)).stage, Stage::Screen);
        QCOMPARE(model.rowOfId(alpha), 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!model.isSyncing());
    }

    // A row this model re-read after the background read began is newer than that read: the read is done
    // again, never applied, so the row does not fall back to its older copy (a card jumping back a column).
    void aBackgroundReadOvertakenByALocalChangeIsReadAgain()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft = draftFor(QStringLiteral("Alpha"));
        const qint64 alpha = *pipeline.create(draft);
        draft.company = QStringLiteral("Bravo");
        const qint64 bravo = *pipeline.create(draft);
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());
        QVERIFY(pipeline.move(alpha, Stage::Screen).ok()); // elsewhere

        QSignalSpy synced(&model, &ApplicationTableModel::synced);
        model.syncInBackground();
        // The read finishes with Bravo still in Applied; its result waits for the event loop.
        model.waitForBackgroundRead();
        QVERIFY(model.isSyncing());
        // Here, meanwhile: Bravo moves and this model re-reads its row.
        QVERIFY(pipeline.move(bravo, Stage::Technical).ok());
        QVERIFY(model.refreshApplication(bravo).ok());
        QCOMPARE(model.rowAt(model.rowOfId(bravo)).stage, Stage::Technical);

        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(synced.at(0).at(0).value<QList<qint64>>(), QList<qint64>{alpha});
        QCOMPARE(model.rowAt(model.rowOfId(bravo)).stage, Stage::Technical);
        QCOMPARE(model.rowAt(model.rowOfId(alpha)).stage, Stage::Screen);
    }
};

QTEST_GUILESS_MAIN(TestTableSync)
#include "tst_tablesync.moc"
