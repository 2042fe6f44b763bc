#include "matching/MatchIndex.h"
#include "matching/TfidfModel.h"

#include "JsonFixture.h"

#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace jobdeck;

namespace {

QJsonObject readJson(const QString& name) { return test::readJsonFixture(QStringLiteral("matching/") + name); }

QStringList strings(const QJsonValue& value) { return test::jsonStrings(value); }

// scikit-learn's reading of min_df / max_df: an int is a count, a float a share.
DfBound bound(const QJsonValue& value)
{
    const double number = value.toDouble();
    return number == std::floor(number) && number > 1 ? DfBound::count(static_cast<int>(number))
                                                      : DfBound::proportion(number);
}

TfidfOptions optionsFrom(const QJsonObject& json)
{
    TfidfOptions options;
    if (json.contains(QStringLiteral("min_df")))
        options.minDf = bound(json.value(QStringLiteral("min_df")));
    if (json.contains(QStringLiteral("max_df")))
        options.maxDf = bound(json.value(QStringLiteral("max_df")));
    options.maxFeatures = json.value(QStringLiteral("max_features")).toInt(0);
    options.sublinearTf = json.value(QStringLiteral("sublinear_tf")).toBool(true);
    return options;
}

std::shared_ptr<const Analyzer> sklearn() { return Analyzer::create(QStringLiteral("sklearn")); }

} // namespace

class TestTfidfModel : public QObject
{
    Q_OBJECT

private slots:
    void goldenValuesComeFromTheDebianScikitLearn()
    {
        QCOMPARE(readJson(QStringLiteral("golden.json")).value(QStringLiteral("sklearn_version")).toString(),
                 QStringLiteral("1.2.1"));
    }

    void cosinesEqualScikitLearnWithinOneMillionth_data()
    {
        QTest::addColumn<QJsonObject>("configuration");
        const QJsonObject golden = readJson(QStringLiteral("golden.json"));
        for (const QJsonValue& value : golden.value(QStringLiteral("configurations")).toArray()) {
            const QJsonObject configuration = value.toObject();
            QTest::newRow(qPrintable(configuration.value(QStringLiteral("name")).toString())) << configuration;
        }
    }
    void cosinesEqualScikitLearnWithinOneMillionth()
    {
        QFETCH(QJsonObject, configuration);
        const QJsonObject corpus = readJson(QStringLiteral("parity_corpus.json"));
        const QStringList jds = strings(corpus.value(QStringLiteral("jds")));
        const QStringList resumes = strings(corpus.value(QStringLiteral("resumes")));
        const auto fitted = TfidfModel::fit(jds, sklearn(), optionsFrom(configuration.value(QStringLiteral("options")).toObject()));
        QVERIFY2(fitted.ok(), qPrintable(fitted.message()));
        const TfidfModel& model = *fitted->model;

        QCOMPARE(model.terms(), strings(configuration.value(QStringLiteral("vocabulary"))));
        const QJsonObject idf = configuration.value(QStringLiteral("idf")).toObject();
        for (int i = 0; i < model.termCount(); ++i)
            QVERIFY(std::abs(model.idf(i) - idf.value(model.term(i)).toDouble()) < 1e-9);

        const MatchIndex index(fitted->rows);
        const QJsonArray cosines = configuration.value(QStringLiteral("cosines")).toArray();
        QCOMPARE(cosines.size(), resumes.size());
        for (qsizetype r = 0; r < resumes.size(); ++r) {
            const Eigen::VectorXd scores = index.scores(model.transform(resumes.at(r)));
            const QJsonArray expected = cosines.at(r).toArray();
            QCOMPARE(scores.size(), expected.size());
            for (qsizetype j = 0; j < expected.size(); ++j) {
                const double want = expected.at(j).toDouble();
                QVERIFY2(std::abs(scores(j) - want) < 1e-6,
                         qPrintable(QStringLiteral("resume %1, jd %2: %3 vs %4").arg(r).arg(j).arg(scores(j)).arg(want)));
            }
        }
    }

    void countingOnSeveralThreadsGivesTheSameModel()
    {
        const QJsonObject corpus = readJson(QStringLiteral("parity_corpus.json"));
        const QStringList jds = strings(corpus.value(QStringLiteral("jds")));
        QStringList many;
        for (int copy = 0; copy < 9; ++copy) {
            for (const QString& jd : jds)
                many.append(jd + QStringLiteral(" copy%1 batch%2").arg(copy).arg(many.size() % 7));
        }
        for (const char* analyzer : {"sklearn", "default"}) {
            TfidfOptions serial;
            serial.threads = 1;
            TfidfOptions parallel = serial;
            parallel.threads = 4;
            const auto one = TfidfModel::fit(many, Analyzer::create(QString::fromLatin1(analyzer)), serial);
            const auto four = TfidfModel::fit(many, Analyzer::create(QString::fromLatin1(analyzer)), parallel);
            QVERIFY(one.ok() && four.ok());
            QCOMPARE(four->model->terms(), one->model->terms());
            for (int i = 0; i < one->model->termCount(); ++i)
                QCOMPARE(four->model->idf(i), one->model->idf(i));
            QVERIFY((Eigen::MatrixXd(four->rows) - Eigen::MatrixXd(one->rows)).norm() == 0);
        }
        // transformAll cuts big batches in ranges too: the rows must be the fitted ones, in order.
        QStringList batch;
        while (batch.size() < 2500)
            batch += many;
        const auto fitted = TfidfModel::fit(many, Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const SparseRows all = fitted->model->transformAll(batch);
        QCOMPARE(all.rows(), batch.size());
        for (qsizetype i = 0; i < batch.size(); i += 97) {
            const SparseVector expected = fitted->rows.row(i % many.size());
            QVERIFY((Eigen::VectorXd(SparseVector(all.row(i))) - Eigen::VectorXd(expected)).norm() < 1e-12);
        }
    }

    void transformOfAFittedDocumentEqualsItsRow()
    {
        const QStringList docs{QStringLiteral("kafka streams and kafka connect"), QStringLiteral("spark streams")};
        const auto fitted = TfidfModel::fit(docs, sklearn());
        QVERIFY(fitted.ok());
        const SparseVector again = fitted->model->transform(docs.at(0));
        const SparseVector row = fitted->rows.row(0);
        QVERIFY((Eigen::VectorXd(again) - Eigen::VectorXd(row)).norm() < 1e-12);
        QVERIFY(std::abs(Eigen::VectorXd(row).norm() - 1.0) < 1e-12);
    }

    void saveAndLoadRoundTrip()
    {
        const QJsonObject corpus = readJson(QStringLiteral("parity_corpus.json"));
        const QStringList jds = strings(corpus.value(QStringLiteral("jds")));
        TfidfOptions options;
        options.maxDf = DfBound::proportion(0.8);
        options.minDf = DfBound::count(1);
        const auto fitted = TfidfModel::fit(jds, Analyzer::create(QStringLiteral("default")), options);
        QVERIFY(fitted.ok());
        const auto loaded = TfidfModel::load(fitted->model->save());
        QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
        const TfidfModel& a = *fitted->model;
        const TfidfModel& b = *loaded.value();
        QCOMPARE(b.analyzer().name(), QStringLiteral("default"));
        QCOMPARE(b.options(), options);
        QCOMPARE(b.documentCount(), a.documentCount());
        QCOMPARE(b.terms(), a.terms());
        QCOMPARE(b.droppedAsCommon(), a.droppedAsCommon());
        QVERIFY(a.serial() != b.serial());
        const QString resume = strings(corpus.value(QStringLiteral("resumes"))).at(0);
        QVERIFY((Eigen::VectorXd(a.transform(resume)) - Eigen::VectorXd(b.transform(resume))).norm() == 0);
    }

    void termsInMoreDocumentsThanMaxDfAreRecordedAsDropped()
    {
        // max_df 0.5 of four texts: python and the bigram "python data" (in three) and data (in all four) are
        // dropped as too common and recorded, sorted; sql (in two) keeps its column; rare terms are not recorded.
        TfidfOptions options;
        options.maxDf = DfBound::proportion(0.5);
        const auto fitted = TfidfModel::fit({QStringLiteral("python data sql"), QStringLiteral("python data"),
                                             QStringLiteral("python data sql"), QStringLiteral("data excel")},
                                            sklearn(), options);
        QVERIFY(fitted.ok());
        QCOMPARE(fitted->model->droppedAsCommon(),
                 (QStringList{QStringLiteral("data"), QStringLiteral("python"), QStringLiteral("python data")}));
        QVERIFY(fitted->model->indexOf(QStringLiteral("sql")) >= 0);
        QCOMPARE(fitted->model->indexOf(QStringLiteral("python")), -1);
        const auto loaded = TfidfModel::load(fitted->model->save());
        QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
        QCOMPARE(loaded.value()->droppedAsCommon(), fitted->model->droppedAsCommon());
    }

    void loadRefusesAnotherFormatVersionAndDamage()
    {
        const auto fitted = TfidfModel::fit({QStringLiteral("alpha beta"), QStringLiteral("beta gamma")}, sklearn());
        QVERIFY(fitted.ok());
        QByteArray data = fitted->model->save();
        QByteArray newer = data;
        {
            QDataStream patch(&newer, QIODevice::ReadWrite);
            patch.device()->seek(4);
            patch << quint32(TfidfModel::kFormatVersion + 1);
        }
        const auto refused = TfidfModel::load(newer);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("format")));
        QVERIFY(!TfidfModel::load(data.left(data.size() - 3)).ok());
        QVERIFY(!TfidfModel::load(QByteArray("not a model")).ok());
    }

    void fitRefusesNothingToFitOn()
    {
        QVERIFY(!TfidfModel::fit({}, sklearn()).ok());
        QVERIFY(!TfidfModel::fit({QStringLiteral("the and of")}, sklearn()).ok());
        TfidfOptions options;
        options.minDf = DfBound::count(2);
        const auto pruned = TfidfModel::fit({QStringLiteral("alpha"), QStringLiteral("beta")}, sklearn(), options);
        QVERIFY(!pruned.ok());
        QVERIFY(pruned.message().contains(QStringLiteral("no terms remain")));
    }

    void unknownWordsAreIgnoredByTransform()
    {
        const auto fitted = TfidfModel::fit({QStringLiteral("rust tokio"), QStringLiteral("go gin")}, sklearn());
        QVERIFY(fitted.ok());
        QCOMPARE(fitted->model->transform(QStringLiteral("haskell cobol")).nonZeros(), 0);
    }

    void bigTermTablesFindEveryKeyAndSurviveACopy()
    {
        // 200,000 keys: the slots outgrow a megabyte and come from the huge-page allocator, through
        // several rehashes; a copy must be deep.
        QStringList keys;
        for (int i = 0; i < 200000; ++i)
            keys.append(QStringLiteral("term%1").arg(i));
        TermTable table;
        for (int i = 0; i < keys.size(); ++i)
            table.insert(keys.at(i), TermTable::hash(keys.at(i)), i);
        const TermTable copy = table;
        table = TermTable();
        QCOMPARE(copy.size(), size_t(keys.size()));
        for (int i = 0; i < keys.size(); ++i) {
            if (copy.find(keys.at(i)) != i)
                QFAIL(qPrintable(keys.at(i)));
        }
        QCOMPARE(copy.find(u"term200000"), -1);
    }

    void movingAFittedCorpusHandsOverItsRows()
    {
        auto fitted = TfidfModel::fit({QStringLiteral("rust tokio"), QStringLiteral("go gin"), QStringLiteral("rust gin")}, sklearn());
        QVERIFY(fitted.ok());
        FittedCorpus corpus = std::move(fitted).value();
        const SparseRows expected = corpus.rows;
        const FittedCorpus moved(std::move(corpus));
        QCOMPARE(moved.rows.rows(), 3);
        QCOMPARE(moved.rows.nonZeros(), expected.nonZeros());
        QVERIFY((moved.rows - expected).norm() == 0.0);
        const MatchIndex index(SparseRows(moved.rows));
        QCOMPARE(index.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTfidfModel)
#include "tst_tfidfmodel.moc"
