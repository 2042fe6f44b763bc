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

namespace {

// Alpha and Bravo, both applied, written by a pipeline the model never hears (another device), and a model
// that has read them.
struct TwoApplications
{
    TestDatabase test;
    MockClock clock;
    PipelineService pipeline{test.db(), clock};
    qint64 alpha = 0;
    qint64 bravo = 0;
    ApplicationTableModel model{test.db(), clock};

    TwoApplications()
    {
        if (!test.ok())
            return;
        ApplicationDraft draft = draftFor(QStringLiteral("Alpha"));
        if (const Result<qint64> created = pipeline.create(draft))
            alpha = created.value();
        draft.company = QStringLiteral("Bravo");
        if (const Result<qint64> created = pipeline.create(draft))
            bravo = created.value();
        loaded = model.reload().ok();
    }
    bool ok() const { return loaded && alpha != 0 && bravo != 0; }

private:
    bool loaded = false;
};

} // namespace

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
        TwoApplications two;
        QVERIFY(two.ok());
        const qint64 alpha = two.alpha;
        const qint64 bravo = two.bravo;
        QVERIFY(ApplicationRepository(two.test.db()).setArchived(alpha, true, two.clock.now()).ok());
        QSignalSpy removed(&two.model, &QAbstractItemModel::rowsRemoved);
        const Result<QList<qint64>> touched = two.model.sync();
        QVERIFY(touched.ok());
        QCOMPARE(touched.value(), QList<qint64>{alpha});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(two.model.rowCount(), 1);
        QCOMPARE(two.model.rowOfId(bravo), 0);
    }

    // The live refresh's path: the same differences, read on a worker thread and applied on this one.
    void aBackgroundSyncAppliesTheDifferencesOffThisThread()
    {
        TwoApplications two;
        QVERIFY(two.ok());
        const qint64 alpha = two.alpha;
        const qint64 bravo = two.bravo;
        QVERIFY(two.pipeline.move(bravo, Stage::Screen).ok());

        QSignalSpy synced(&two.model, &ApplicationTableModel::synced);
        QSignalSpy reset(&two.model, &QAbstractItemModel::modelAboutToBeReset);
        two.model.syncInBackground();
        two.model.syncInBackground(); // while the first runs: one more read after it, not a second at once
        QVERIFY(two.model.isSyncing());
        // Nothing changes until the event loop hands over the rows.
        QCOMPARE(two.model.rowAt(two.model.rowOfId(bravo)).stage, Stage::Applied);
        QTRY_COMPARE(synced.size(), 2);
        QCOMPARE(synced.at(0).at(0).value<QList<qint64>>(), QList<qint64>{bravo});
        QVERIFY(synced.at(1).at(0).value<QList<qint64>>().isEmpty());
        QCOMPARE(two.model.rowAt(two.model.rowOfId(bravo)).stage, Stage::Screen);
        QCOMPARE(two.model.rowOfId(alpha), 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!two.model.isSyncing());
    }

    // A row this model re-read after the background read began is newer than that read: the read is done
    // again, never applied, so the row does not fall back to its older copy (a card jumping back a column).
    void aBackgroundReadOvertakenByALocalChangeIsReadAgain()
    {
        TwoApplications two;
        QVERIFY(two.ok());
        const qint64 alpha = two.alpha;
        const qint64 bravo = two.bravo;
        QVERIFY(two.pipeline.move(alpha, Stage::Screen).ok()); // elsewhere

        QSignalSpy synced(&two.model, &ApplicationTableModel::synced);
        two.model.syncInBackground();
        // The read finishes with Bravo still in Applied; its result waits for the event loop.
        two.model.waitForBackgroundRead();
        QVERIFY(two.model.isSyncing());
        // Here, meanwhile: Bravo moves and this model re-reads its row.
        QVERIFY(two.pipeline.move(bravo, Stage::Technical).ok());
        QVERIFY(two.model.refreshApplication(bravo).ok());
        QCOMPARE(two.model.rowAt(two.model.rowOfId(bravo)).stage, Stage::Technical);

        QTRY_COMPARE(synced.size(), 1);
        QCOMPARE(synced.at(0).at(0).value<QList<qint64>>(), QList<qint64>{alpha});
        QCOMPARE(two.model.rowAt(two.model.rowOfId(bravo)).stage, Stage::Technical);
        QCOMPARE(two.model.rowAt(two.model.rowOfId(alpha)).stage, Stage::Screen);
    }
};

QTEST_GUILESS_MAIN(TestTableSync)
#include "tst_tablesync.moc"
