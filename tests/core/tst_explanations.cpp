// The labelled explanations of tests/data/matching/explanations: for each resume and job description
// (with the application's company and location when it has them), terms that must be aligned, must be
// missing, and must be listed nowhere.
#include "matching/Analyzer.h"
#include "matching/ExplanationScope.h"
#include "matching/MatchIndex.h"
#include "matching/MatchService.h"
#include "matching/Matcher.h"
#include "matching/SkillTaxonomy.h"
#include "matching/TfidfModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jobdeck;

namespace {

QJsonObject readJson(const QString& name)
{
    QFile file(QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/explanations/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

QStringList names(const QList<TermWeight>& terms)
{
    QStringList out;
    for (const TermWeight& term : terms)
        out.append(term.term);
    return out;
}

// Each word of every listed term, so "cloud computing" is also caught as "cloud".
bool listedAnywhere(const MatchResult& result, const QString& term)
{
    for (const QList<TermWeight>* list : {&result.alignedTerms, &result.missingTerms}) {
        for (const TermWeight& listed : *list) {
            if (listed.term == term || listed.term.split(QLatin1Char(' ')).contains(term))
                return true;
        }
    }
    return false;
}

} // namespace

class TestExplanations : public QObject
{
    Q_OBJECT

private slots:
    void labelled_data();
    void labelled();
    void pythonIsPrunedFromTheCorpusModel();
    void informativeTextLeavesOutNamesAndBoilerplate();
};

void TestExplanations::labelled_data()
{
    QTest::addColumn<QJsonObject>("labelled");
    const QJsonArray cases = readJson(QStringLiteral("cases.json")).value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 6);
    for (const QJsonValue& value : cases) {
        const QJsonObject labelled = value.toObject();
        QTest::newRow(qPrintable(labelled.value(QStringLiteral("name")).toString())) << labelled;
    }
}

void TestExplanations::labelled()
{
    QFETCH(QJsonObject, labelled);
    const QString resume = labelled.value(QStringLiteral("resume")).toString();
    const QString jd = labelled.value(QStringLiteral("jd")).toString();
    const QString company = labelled.value(QStringLiteral("company")).toString();
    const QString location = labelled.value(QStringLiteral("location")).toString();
    QStringList texts{resume, jd};
    if (labelled.value(QStringLiteral("fit")).toString() == QLatin1String("corpus")) {
        // The stored corpus, with the employer's other postings ("also_stored") before this one.
        texts = strings(readJson(QStringLiteral("corpus.json")).value(QStringLiteral("jds")))
                << strings(labelled.value(QStringLiteral("also_stored"))) << jd;
    }
    const QString analyzer = QStringLiteral("default");
    auto fitted = TfidfModel::fit(texts, Analyzer::create(analyzer), MatchService::optionsFor(analyzer, texts.size()));
    QVERIFY2(fitted, qPrintable(fitted.message()));
    MatchResult result;
    if (labelled.value(QStringLiteral("path")).toString() == QLatin1String("rank")) {
        // "Rank My Applications" and `rank`: every stored row ranked, then explained from its own row, with
        // only the application's company and location to go by (no text is tokenized again).
        const int jdRow = int(texts.size()) - 1;
        const Matcher matcher(fitted->model, 0);
        const MatchIndex index = MatchService::indexFor(analyzer, fitted->rows);
        const SparseVector resumeVector = fitted->model->transform(resume);
        double similarity = -1;
        for (const RankedRow& row : index.rank(resumeVector, 0)) {
            if (row.row == jdRow)
                similarity = row.cosine;
        }
        QVERIFY(similarity >= 0);
        result = matcher.explain(matcher.prepare(resumeVector), index.rows(), jdRow, similarity,
                                 Matcher::namesOf(fitted->model->analyzer(), company, location));
    } else {
        result = Matcher(fitted->model).evaluate(resume, jd, company, location);
    }
    const QStringList aligned = names(result.alignedTerms);
    const QStringList missing = names(result.missingTerms);
    const QString lists = QStringLiteral("aligned: ") + aligned.join(QStringLiteral(", "))
                          + QStringLiteral("\nmissing: ") + missing.join(QStringLiteral(", "));
    for (const QString& term : strings(labelled.value(QStringLiteral("aligned"))))
        QVERIFY2(aligned.contains(term), qPrintable(term + QStringLiteral(" not aligned\n") + lists));
    for (const QString& term : strings(labelled.value(QStringLiteral("missing"))))
        QVERIFY2(missing.contains(term), qPrintable(term + QStringLiteral(" not missing\n") + lists));
    for (const QString& term : strings(labelled.value(QStringLiteral("absent"))))
        QVERIFY2(!listedAnywhere(result, term), qPrintable(term + QStringLiteral(" listed\n") + lists));
    // Skills and key phrases only, hard skills first in both lists.
    const SkillTaxonomy& skills = SkillTaxonomy::builtIn();
    for (const QList<TermWeight>* list : {&result.alignedTerms, &result.missingTerms}) {
        int previous = 0;
        for (const TermWeight& term : *list) {
            const int order = term.isHardSkill ? 0 : term.isSkill ? 1 : 2;
            QVERIFY2(order >= previous, qPrintable(term.term + QStringLiteral(" out of order\n") + lists));
            previous = order;
            QCOMPARE(term.isSkill, skills.find(term.term) != nullptr);
            QVERIFY2(term.isSkill || term.term.contains(QLatin1Char(' ')),
                     qPrintable(term.term + QStringLiteral(" is a plain word\n") + lists));
        }
    }
}

void TestExplanations::pythonIsPrunedFromTheCorpusModel()
{
    // The labelled "python in both texts" case is worth its name only if the model drops python.
    QStringList texts = strings(readJson(QStringLiteral("corpus.json")).value(QStringLiteral("jds")));
    QVERIFY(texts.size() >= 20);
    texts << QStringLiteral("Backend developer: Python and Django.");
    const QString analyzer = QStringLiteral("default");
    auto fitted = TfidfModel::fit(texts, Analyzer::create(analyzer), MatchService::optionsFor(analyzer, texts.size()));
    QVERIFY(fitted);
    QCOMPARE(fitted->model->indexOf(QStringLiteral("python")), -1);
    QVERIFY(fitted->model->indexOf(QStringLiteral("django")) >= 0);
}

void TestExplanations::informativeTextLeavesOutNamesAndBoilerplate()
{
    const auto analyzer = Analyzer::create(QStringLiteral("default"));
    const QString text = ExplanationScope::informativeText(
        SkillTaxonomy::builtIn(), *analyzer,
        QStringLiteral("Acme Data is hiring a Go developer in Berlin. You will use Apache Airflow and Node.js with "
                       "partners at Swift Parcel, with CI/CD and .NET.\nWe offer a gym membership. Acme Data values Python."),
        QString(), QStringLiteral("Berlin"));
    const QStringList terms = analyzer->terms(text);
    for (const char* kept : {"go", "airflow", "node.js", "python", "ci/cd", ".net"})
        QVERIFY2(terms.contains(QLatin1String(kept)), kept);
    for (const char* gone : {"acme", "berlin", "swift", "parcel", "gym", "membership"})
        QVERIFY2(!terms.contains(QLatin1String(gone)), gone);
}

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
