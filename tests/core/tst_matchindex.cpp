#include "matching/JsonLines.h"
#include "matching/MatchIndex.h"
#include "matching/Matcher.h"
#include "matching/MatchService.h"
#include "matching/ModelStore.h"
#include "matching/ModelRefresher.h"
#include "matching/SkillTaxonomy.h"
#include "matching/TfidfOptions.h"

#include "TestDatabase.h"
#include "pipeline/PipelineService.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace jobdeck;

namespace {

QStringList jds()
{
    return {QStringLiteral("Kubernetes and Terraform on AWS"), QStringLiteral("Figma and user research"),
            QStringLiteral("Kubernetes operators in Go"), QStringLiteral("Payroll and Workday"),
            QStringLiteral("Figma and user research")};
}

FittedCorpus fitted()
{
    auto result = TfidfModel::fit(jds(), Analyzer::create(QStringLiteral("default")));
    if (!result)
        qFatal("%s", qPrintable(result.message()));
    return std::move(result).value();
}

qint64 addApplication(Database& db, const QString& company, const QString& jd)
{
    ApplicationDraft draft;
    draft.company = company;
    draft.title = QStringLiteral("Engineer");
    draft.jobDescription = jd;
    const auto id = PipelineService(db, SystemClock::instance()).create(draft, Stage::Applied, std::nullopt);
    if (!id)
        qFatal("%s", qPrintable(id.message()));
    return id.value();
}

} // namespace

class TestMatchIndex : public QObject
{
    Q_OBJECT

private slots:
    void rankingEqualsEveryCosineSortedBestFirst()
    {
        const FittedCorpus corpus = fitted();
        const MatchIndex index(corpus.rows);
        const SparseVector resume = corpus.model->transform(QStringLiteral("Kubernetes and Terraform on AWS"));
        const QList<RankedRow> all = index.rank(resume, 0);
        QCOMPARE(all.size(), 5);
        for (const RankedRow& row : all)
            QVERIFY(std::abs(row.cosine - resume.dot(SparseVector(corpus.rows.row(row.row)))) < 1e-12);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).cosine >= all.at(i).cosine);
        QCOMPARE(all.first().row, 0);
        QCOMPARE(all.at(1).row, 2);
    }

    void topNKeepsTheBestAndTiesKeepRowOrder()
    {
        const FittedCorpus corpus = fitted();
        const MatchIndex index(corpus.rows);
        const SparseVector resume = corpus.model->transform(QStringLiteral("Figma"));
        const QList<RankedRow> top = index.rank(resume, 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0).row, 1); // rows 1 and 4 are the same text: the earlier first
        QCOMPARE(top.at(1).row, 4);
        QCOMPARE(index.rank(resume, 50).size(), 5);
    }

    void jsonLinesReadEscapesIdsOfBothTypesAndNestedObjects()
    {
        const QByteArray bytes("{\"id\": 7, \"text\": \"C++ \\\"quoted\\\"\\n\\u00e9\\ud83d\\ude80 \\/ tab\\t\"}\n"
                               "{\"text\": \"second\", \"id\": \"x-1\"}\n"
                               "\n"
                               "{\"id\": 3.5, \"text\": \"float id\", \"extra\": {\"nested\": [1, 2]}}\n"
                               "  {\"id\":12345678901234,\"text\":\"big\"}\n");
        const auto lines = JsonLines::parse(bytes, QStringLiteral("t.jsonl"));
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QCOMPARE(lines->count(), 4);
        QCOMPARE(lines->id(0).toInteger(), 7);
        QCOMPARE(lines->text(0), QStringLiteral("C++ \"quoted\"\n\u00e9\U0001F680 / tab\t"));
        QVERIFY(lines->id(1).isString());
        QCOMPARE(lines->id(1).toString(), QStringLiteral("x-1"));
        QCOMPARE(lines->id(2).toDouble(), 3.5);
        QCOMPARE(lines->text(2), QStringLiteral("float id"));
        QCOMPARE(lines->id(3).toInteger(), Q_INT64_C(12345678901234));
    }
    void jsonLinesRefuseBadLinesByNumber()
    {
        const auto badId = JsonLines::parse(QByteArray("{\"id\": 1, \"text\": \"a\"}\n{\"id\": true, \"text\": \"b\"}\n"),
                                            QStringLiteral("f"));
        QVERIFY(!badId.ok());
        QVERIFY2(badId.message().contains(QStringLiteral("line 2")), qPrintable(badId.message()));
        QVERIFY(!JsonLines::parse(QByteArray("{\"id\": 1}"), QStringLiteral("f")).ok());
        QVERIFY(!JsonLines::parse(QByteArray("[1]"), QStringLiteral("f")).ok());
        QVERIFY(!JsonLines::parse(QByteArray("{\"id\": 1, \"text\": \"unterminated}"), QStringLiteral("f")).ok());
        const auto empty = JsonLines::parse(QByteArray("\n  \n"), QStringLiteral("f"));
        QVERIFY(!empty.ok());
        QVERIFY(empty.message().contains(QStringLiteral("no job descriptions")));
    }
    void jsonLinesBigFilesAreReadInSlicesInOrder()
    {
        // Over a few megabytes the file is cut at line ends and read side by side: every line must
        // come back once and in order, and a bad line late in the file keeps its own number.
        QByteArray bytes;
        const int count = 30000;
        for (int i = 1; i <= count; ++i) {
            bytes += "{\"id\": " + QByteArray::number(i) + ", \"text\": \"line " + QByteArray::number(i)
                     + " \\u00e9 " + QByteArray(60, 'x') + "\"}\n";
            if (i % 1000 == 0)
                bytes += "\n";
        }
        QVERIFY(bytes.size() > 2 * 1024 * 1024);
        const auto lines = JsonLines::parse(bytes, QStringLiteral("big.jsonl"));
        QVERIFY2(lines.ok(), qPrintable(lines.message()));
        QCOMPARE(lines->count(), count);
        for (int i = 0; i < count; ++i) {
            if (lines->id(i).toInteger() != i + 1 || !lines->text(i).startsWith(QStringLiteral("line %1 ").arg(i + 1)))
                QFAIL(qPrintable(QStringLiteral("line %1 holds id %2").arg(i + 1).arg(lines->id(i).toInteger())));
        }
        QCOMPARE(lines->text(count - 1), QStringLiteral("line 30000 \u00e9 ") + QString(60, QLatin1Char('x')));

        // 30,000 object lines and 30 blank ones come before the bad line.
        const auto bad = JsonLines::parse(bytes + "{\"id\": 1, \"text\": 2}\n", QStringLiteral("big.jsonl"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().contains(QStringLiteral("line 30031")), qPrintable(bad.message()));
    }

    void lsaBlendIsOnlyForTheDefaultAnalyzerOnCorporaItSuits()
    {
        QStringList texts;
        for (int i = 0; i < 40; ++i)
            texts.append(jds().at(i % jds().size()) + QStringLiteral(" team%1").arg(i));
        const auto fittedDefault = TfidfModel::fit(texts, Analyzer::create(QStringLiteral("default")));
        QVERIFY(fittedDefault.ok());
        QVERIFY(MatchService::indexFor(QStringLiteral("default"), fittedDefault->rows).hasLsa());
        QVERIFY(!MatchService::indexFor(QStringLiteral("sklearn"), fittedDefault->rows).hasLsa());
        QVERIFY(!MatchService::indexFor(QStringLiteral("default"), fitted().rows).hasLsa()); // 5 documents: too few
    }

    void rankAndMatchGiveTheSameScoreWithLsa()
    {
        QStringList texts;
        for (int i = 0; i < 45; ++i)
            texts.append(jds().at(i % jds().size()) + QStringLiteral(" group%1 site%2").arg(i % 9).arg(i % 4));
        auto fitted = TfidfModel::fit(texts, Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const MatchIndex index = MatchService::indexFor(QStringLiteral("default"), fitted->rows);
        QVERIFY(index.hasLsa());
        const QString resume = QStringLiteral("Kubernetes and Terraform, some Figma, group3");
        const QList<RankedRow> ranked = index.rank(fitted->model->transform(resume), 0);
        QCOMPARE(ranked.size(), texts.size());
        const Matcher matcher(fitted->model, index);
        for (const RankedRow& row : ranked) {
            const MatchResult result = matcher.evaluate(resume, texts.at(row.row));
            QVERIFY2(std::abs(result.cosine - row.cosine) < 1e-9,
                     qPrintable(QStringLiteral("row %1: %2 vs %3").arg(row.row).arg(result.cosine).arg(row.cosine)));
            QVERIFY(row.cosine >= 0 && row.cosine <= 1.0 + 1e-9);
        }
        QVERIFY(ranked.first().cosine > ranked.last().cosine);
    }

    // The LSA's products run in AVX2 + FMA where the processor has them and through Eigen elsewhere;
    // both must give the same space to single precision (45 documents: padded rows, two threads).
    void lsaGivesTheSameScoresOnEitherProductPath()
    {
        QStringList texts;
        for (int i = 0; i < 45; ++i)
            texts.append(jds().at(i % jds().size()) + QStringLiteral(" group%1 site%2 team%3").arg(i % 9).arg(i % 4).arg(i % 7));
        auto fitted = TfidfModel::fit(texts, Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const SparseVector resume = fitted->model->transform(QStringLiteral("Kubernetes and Terraform, some Figma, group3 team2"));
        const MatchIndex fast = MatchService::indexFor(QStringLiteral("default"), fitted->rows);
        qputenv("JOBDECK_LSA_PORTABLE", "1");
        const MatchIndex portable = MatchService::indexFor(QStringLiteral("default"), fitted->rows);
        qunsetenv("JOBDECK_LSA_PORTABLE");
        QVERIFY(fast.hasLsa() && portable.hasLsa());
        const Eigen::VectorXd a = fast.scores(resume);
        const Eigen::VectorXd b = portable.scores(resume);
        QCOMPARE(a.size(), texts.size());
        QVERIFY2((a - b).cwiseAbs().maxCoeff() < 1e-5, qPrintable(QString::number((a - b).cwiseAbs().maxCoeff())));
        // and the blend is not the plain cosine: LSA is really in both
        QVERIFY((a - fast.cosines(resume)).cwiseAbs().maxCoeff() > 1e-3);
    }

    void anEmptyIndexRanksNothing()
    {
        QVERIFY(MatchIndex().rank(SparseVector(3), 10).isEmpty());
    }

    void storedModelIsReusedUntilAJobDescriptionChanges()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto empty = MatchService::prepareStored(test.db(), QStringLiteral("default"), now);
        QVERIFY(empty.ok());
        QVERIFY(!empty->model);

        const qint64 first = addApplication(test.db(), QStringLiteral("Acme"), jds().at(0));
        const qint64 second = addApplication(test.db(), QStringLiteral("Beta"), jds().at(1));
        addApplication(test.db(), QStringLiteral("NoJd"), QString());
        const auto fittedOnce = MatchService::prepareStored(test.db(), QStringLiteral("default"), now);
        QVERIFY2(fittedOnce.ok(), qPrintable(fittedOnce.message()));
        QVERIFY(fittedOnce->refitted);
        QCOMPARE(fittedOnce->applicationIds, (QList<qint64>{first, second}));
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM matcher_models")).toInt(), 1);

        const auto reused = MatchService::prepareStored(test.db(), QStringLiteral("default"), now);
        QVERIFY(reused.ok());
        QVERIFY(!reused->refitted);
        QCOMPARE(reused->model->terms(), fittedOnce->model->terms());
        QCOMPARE(reused->index.size(), 2);

        addApplication(test.db(), QStringLiteral("Gamma"), jds().at(3));
        const auto refitted = MatchService::prepareStored(test.db(), QStringLiteral("default"), now);
        QVERIFY(refitted.ok());
        QVERIFY(refitted->refitted);
        QCOMPARE(refitted->index.size(), 3);
    }

    // A model saved before the skill taxonomy changed has another vocabulary than the analyzer now reads:
    // it is refitted, not reused (the taxonomy's fingerprint is part of the corpus hash).
    void modelSavedWithAnotherTaxonomyIsRefitted()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 first = addApplication(test.db(), QStringLiteral("Acme"), jds().at(0));
        const qint64 second = addApplication(test.db(), QStringLiteral("Beta"), jds().at(1));
        const QString analyzer = QStringLiteral("default");
        QVERIFY(MatchService::prepareStored(test.db(), analyzer, now).ok());
        QVERIFY(!MatchService::prepareStored(test.db(), analyzer, now)->refitted);

        // The hash as it was computed before the taxonomy was part of it: options and texts only.
        const TfidfOptions options = MatchService::optionsFor(analyzer, 2);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(analyzer.toUtf8());
        const double bounds[] = {options.minDf.value, double(options.minDf.isProportion), options.maxDf.value,
                                 double(options.maxDf.isProportion), double(options.maxFeatures),
                                 double(options.sublinearTf)};
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(bounds), sizeof bounds));
        for (const auto& [id, text] : {std::pair{first, jds().at(0)}, std::pair{second, jds().at(1)}}) {
            const qint64 header[] = {id, text.size()};
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(header), sizeof header));
            hash.addData(QByteArrayView(reinterpret_cast<const char*>(text.constData()), text.size() * 2));
        }
        const QString oldHash = QString::fromLatin1(hash.result().toHex());
        QSqlQuery update(test.db().connection());
        QVERIFY(update.prepare(QStringLiteral("UPDATE matcher_models SET corpus_hash = ?")));
        update.addBindValue(oldHash);
        QVERIFY(update.exec());

        const auto again = MatchService::prepareStored(test.db(), analyzer, now);
        QVERIFY(again.ok());
        QVERIFY(again->refitted);
        QVERIFY(SkillTaxonomy::builtIn().fingerprint().size() == 40);
    }

    void modelStoreRoundTripsThroughTheTable()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        const ModelStore store(test.db());
        const FittedCorpus corpus = fitted();
        const QDateTime at(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        QVERIFY(store.save(*corpus.model, QStringLiteral("abc"), at).ok());
        const auto loaded = store.load(QStringLiteral("default"));
        QVERIFY(loaded.ok());
        QVERIFY(loaded->has_value());
        QCOMPARE(loaded->value().corpusHash, QStringLiteral("abc"));
        QCOMPARE(loaded->value().fittedAt, at);
        QCOMPARE(loaded->value().model->terms(), corpus.model->terms());
        const auto none = store.load(QStringLiteral("sklearn"));
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
    }

    void refresherDebouncesAndFitsOffTheCallingThread()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        addApplication(test.db(), QStringLiteral("Acme"), jds().at(0));
        addApplication(test.db(), QStringLiteral("Beta"), jds().at(2));
        ModelRefresher refresher(test.db(), QStringLiteral("default"));
        refresher.setDebounceInterval(20);
        QSignalSpy ready(&refresher, &ModelRefresher::corpusReady);
        refresher.scheduleRefresh();
        refresher.scheduleRefresh();
        refresher.scheduleRefresh();
        QVERIFY(ready.wait(5000));
        QTest::qWait(100);
        QCOMPARE(ready.size(), 1);
        const auto corpus = ready.first().first().value<std::shared_ptr<const RankingCorpus>>();
        QVERIFY(corpus && corpus->model);
        QCOMPARE(corpus->index.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMatchIndex)
#include "tst_matchindex.moc"
