// "Rank My Applications" in the core (issue 15): MatchService::rankAndStore stores every application's
// match index in one transaction, exactly the figure the index ranked it with; a cancel stores nothing;
// explanations come per application on demand and equal the matcher's; and the table model takes the
// stored scores in place (no reset, one dataChanged) with values a later sync() finds identical to the file.
#include "MockClock.h"
#include "TestDatabase.h"
#include "matching/MatchService.h"
#include "matching/Matcher.h"
#include "matching/RankedApplications.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace jobdeck;

namespace {

const QString kResume = QStringLiteral("Senior C++ engineer: Qt, CMake, Linux, Python, SQL and PostgreSQL.");

const QStringList kJds{
    QStringLiteral("We want a C++ engineer with Qt, CMake and multithreading on Linux."),
    QStringLiteral("Data engineer: SQL, Spark, Airflow, Python and data modelling."),
    QStringLiteral("Frontend developer: TypeScript, React, CSS and accessibility."),
    QStringLiteral("Backend engineer: Python, PostgreSQL, REST APIs and Docker."),
};

QList<qint64> seed(const Database& db, MockClock& clock, int count)
{
    PipelineService pipeline(db, clock);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        ApplicationDraft draft;
        draft.company = i == 0 ? QStringLiteral("Nimbus Cloud") : QStringLiteral("Company %1").arg(i);
        draft.title = QStringLiteral("Role %1").arg(i);
        draft.location = i == 0 ? QStringLiteral("Munich") : QString();
        draft.jobDescription = kJds.at(i % kJds.size()) + QStringLiteral(" Team %1.").arg(i);
        if (i == 0)
            draft.jobDescription += QStringLiteral(" Nimbus Cloud builds cloud platforms from Munich.");
        ids.append(*pipeline.create(draft));
    }
    // One without a job description: it is not ranked and keeps no score.
    ApplicationDraft bare;
    bare.company = QStringLiteral("Bare");
    bare.title = QStringLiteral("Engineer");
    ids.append(*pipeline.create(bare));
    return ids;
}

} // namespace

class TestRankAndStore : public QObject
{
    Q_OBJECT

private slots:
    void everyScoreIsStoredAsRankedAndExplainedOnDemand()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        const QList<qint64> ids = seed(test.db(), clock, 40);

        const Result<RankedApplications> ranking =
            MatchService::rankAndStore(test.db(), QStringLiteral("default"), kResume, clock.now());
        QVERIFY2(ranking.ok(), qPrintable(ranking.message()));
        QCOMPARE(ranking->size(), 40);

        // What the index ranks, computed apart from the service.
        const auto stored = MatchService::prepareStored(test.db(), QStringLiteral("default"), clock.now());
        QVERIFY(stored.ok() && stored->model);
        const SparseVector resume = stored->model->transform(kResume);
        const QList<RankedRow> expected = stored->index.rank(resume, 0);
        QCOMPARE(ranking->ranked().size(), expected.size());
        const Matcher matcher(stored->model, 0);
        const Matcher::PreparedResume prepared = matcher.prepare(resume, kResume);
        const ApplicationRepository applications(test.db());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const qint64 id = stored->applicationIds.at(expected.at(i).row);
            QCOMPARE(ranking->ranked().at(i).applicationId, id);
            const double score = Matcher::matchIndex(expected.at(i).cosine);
            QCOMPARE(ranking->ranked().at(i).matchIndex, score);
            QCOMPARE(applications.find(id)->matchScore, std::optional<double>(score));

            const std::optional<MatchResult> explained = ranking->explain(id);
            QVERIFY(explained.has_value());
            const MatchResult direct = matcher.explain(prepared, stored->index.rows(), expected.at(i).row,
                                                       expected.at(i).cosine,
                                                       stored->scopeFor(expected.at(i).row,
                                                                        matcher.skillsWithoutColumn()));
            QCOMPARE(explained->matchIndex, score);
            QCOMPARE(explained->coverage, direct.coverage);
            QCOMPARE(explained->hint, direct.hint);
            QCOMPARE(explained->alignedTerms.size(), direct.alignedTerms.size());
            QCOMPARE(explained->missingTerms.size(), direct.missingTerms.size());
            for (qsizetype t = 0; t < direct.missingTerms.size(); ++t)
                QCOMPARE(explained->missingTerms.at(t).term, direct.missingTerms.at(t).term);
        }
        // Best first.
        for (qsizetype i = 1; i < ranking->ranked().size(); ++i)
            QVERIFY(ranking->ranked().at(i - 1).cosine >= ranking->ranked().at(i).cosine);
        // The employer's name and town are never terms to explain with.
        const std::optional<MatchResult> nimbus = ranking->explain(ids.first());
        QVERIFY(nimbus.has_value());
        for (const TermWeight& term : nimbus->alignedTerms + nimbus->missingTerms) {
            QVERIFY2(!term.term.contains(QStringLiteral("nimbus")), qPrintable(term.term));
            QVERIFY2(!term.term.contains(QStringLiteral("munich")), qPrintable(term.term));
        }
        // No description: not ranked, no score, nothing to explain.
        QVERIFY(!applications.find(ids.last())->matchScore.has_value());
        QVERIFY(!ranking->explain(ids.last()).has_value());
    }

    void aCancelledRankingStoresNothing()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        const QList<qint64> ids = seed(test.db(), clock, 12);
        QVERIFY(ApplicationRepository(test.db()).setMatchScore(ids.first(), 12.5).ok());
        // Cancelled after every step but the last: the one inside the transaction, after the writes.
        int asked = 0;
        const Result<RankedApplications> ranking = MatchService::rankAndStore(
            test.db(), QStringLiteral("default"), kResume, clock.now(), [&asked] { return ++asked >= 3; });
        QVERIFY(!ranking.ok());
        QCOMPARE(asked, 3);
        const ApplicationRepository applications(test.db());
        QCOMPARE(applications.find(ids.first())->matchScore, std::optional<double>(12.5));
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY(!applications.find(ids.at(i))->matchScore.has_value());
    }

    void nothingToRankSaysSo()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        const Result<RankedApplications> ranking =
            MatchService::rankAndStore(test.db(), QStringLiteral("default"), kResume, clock.now());
        QVERIFY(!ranking.ok());
        QCOMPARE(ranking.error().kind, Error::Kind::NotFound);
    }

    // The page keeps its last corpus: handed back as it is while the stored descriptions, employers and
    // locations are unchanged, built afresh as soon as one of them changes.
    void aPreparedCorpusIsReusedOnlyWhileNothingItCameFromChanged()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        const QList<qint64> ids = seed(test.db(), clock, 12);
        const QString analyzer = QStringLiteral("default");
        const auto first = MatchService::prepareStored(test.db(), analyzer, clock.now(), nullptr);
        QVERIFY(first.ok() && first.value()->model);
        const auto again = MatchService::prepareStored(test.db(), analyzer, clock.now(), first.value());
        QVERIFY(again.ok());
        QCOMPARE(again.value().get(), first.value().get());

        // A ranking through the kept corpus equals one built afresh.
        const auto reused = MatchService::rankAndStore(test.db(), analyzer, kResume, clock.now(), {}, first.value());
        const auto fresh = MatchService::rankAndStore(test.db(), analyzer, kResume, clock.now());
        QVERIFY(reused.ok() && fresh.ok());
        QCOMPARE(reused->corpus().get(), first.value().get());
        QCOMPARE(reused->size(), fresh->size());
        for (qsizetype i = 0; i < fresh->size(); ++i) {
            QCOMPARE(reused->ranked().at(i).applicationId, fresh->ranked().at(i).applicationId);
            QCOMPARE(reused->ranked().at(i).matchIndex, fresh->ranked().at(i).matchIndex);
        }

        // Another town: the same descriptions, but the words its explanations leave out differ.
        const ApplicationRepository applications(test.db());
        Application moved = *applications.find(ids.at(2));
        ApplicationDraft draft = moved;
        draft.location = QStringLiteral("Lisbon");
        QVERIFY(applications.update(moved.id, draft, clock.now()).ok());
        const auto afterMove = MatchService::prepareStored(test.db(), analyzer, clock.now(), first.value());
        QVERIFY(afterMove.ok());
        QVERIFY(afterMove.value().get() != first.value().get());
        QVERIFY(afterMove.value()->exclusionsFor(2).contains(QStringLiteral("lisbon")));

        // An edited description: built afresh, and reused in turn.
        draft.jobDescription += QStringLiteral(" Kubernetes too.");
        QVERIFY(applications.update(moved.id, draft, clock.now()).ok());
        const auto afterEdit = MatchService::prepareStored(test.db(), analyzer, clock.now(), afterMove.value());
        QVERIFY(afterEdit.ok());
        QVERIFY(afterEdit.value().get() != afterMove.value().get());
        QVERIFY(afterEdit.value()->corpusHash != afterMove.value()->corpusHash);
        const auto kept = MatchService::prepareStored(test.db(), analyzer, clock.now(), afterEdit.value());
        QCOMPARE(kept.value().get(), afterEdit.value().get());
    }

    void theTableTakesStoredScoresInPlace()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        const QList<qint64> ids = seed(test.db(), clock, 20);
        ApplicationTableModel model(test.db(), clock);
        QVERIFY(model.reload().ok());

        const Result<RankedApplications> ranking =
            MatchService::rankAndStore(test.db(), QStringLiteral("default"), kResume, clock.now());
        QVERIFY(ranking.ok());
        QHash<qint64, double> scores;
        for (const RankedApplication& ranked : ranking->ranked())
            scores.insert(ranked.applicationId, ranked.matchIndex);
        scores.insert(999999, 50); // not in the table: ignored

        QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<qint64> touched = model.setMatchScores(scores);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 2); // the score column for tables, column 0's score role for cards
        QCOMPARE(touched.size(), 20);
        QVERIFY(!touched.contains(ids.last()));
        for (const RankedApplication& ranked : ranking->ranked())
            QCOMPARE(model.rowAt(model.rowOfId(ranked.applicationId)).matchScore,
                     std::optional<double>(ranked.matchIndex));
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(ApplicationTableModel::MatchScore));
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(ApplicationTableModel::MatchScore));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 19);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ApplicationTableModel::SortRole));
        QCOMPARE(changed.at(1).at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int>{ApplicationTableModel::MatchScoreRole});

        // The same scores again change nothing, and the rows equal the file to the bit: a sync after the
        // worker's commit (the change feed sees it) finds nothing to do.
        changed.clear();
        QVERIFY(model.setMatchScores(scores).isEmpty());
        QCOMPARE(changed.size(), 0);
        const Result<QList<qint64>> synced = model.sync();
        QVERIFY(synced.ok());
        QVERIFY2(synced->isEmpty(), qPrintable(QString::number(synced->size())));
    }
};

QTEST_GUILESS_MAIN(TestRankAndStore)
#include "tst_rankandstore.moc"
