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

#include "JsonFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jobdeck;

namespace {

QJsonObject readJson(const QString& name)
{
    return test::readJsonFixture(QStringLiteral("matching/explanations/") + name);
}

QStringList strings(const QJsonValue& value) { return test::jsonStrings(value); }

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

// One labelled case explained on one path: "match" (`match`, the Match page's score: the two texts) or
// "rank" (`rank --explain`, "Rank My Applications": every stored row ranked, then explained from its own row
// with what ExplanationScope::rankScope found in its text, as RankedApplications::explain does).
Result<MatchResult> explainCase(const QJsonObject& labelled, const QString& path)
{
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
    if (!fitted)
        return fitted.error();
    if (path == QLatin1String("match"))
        return Matcher(fitted->model).evaluate(resume, jd, company, location);
    const int jdRow = int(texts.size()) - 1;
    const Matcher matcher(fitted->model, 0);
    const MatchIndex index = MatchService::indexFor(analyzer, fitted->rows);
    const SparseVector resumeVector = fitted->model->transform(resume);
    for (const RankedRow& row : index.rank(resumeVector, 0)) {
        if (row.row == jdRow) {
            return matcher.explain(matcher.prepare(resumeVector, resume), index.rows(), jdRow, row.cosine,
                                   ExplanationScope::rankScope(fitted->model->analyzer(), SkillTaxonomy::builtIn(), jd,
                                                               company, location, matcher.skillsWithoutColumn()));
        }
    }
    return failure(QStringLiteral("the job description was not ranked"));
}

QString listsOf(const MatchResult& result)
{
    return QStringLiteral("aligned: ") + names(result.alignedTerms).join(QStringLiteral(", "))
           + QStringLiteral("\nmissing: ") + names(result.missingTerms).join(QStringLiteral(", "));
}


} // namespace

class TestExplanations : public QObject
{
    Q_OBJECT

private slots:
    void labelled_data();
    void labelled();
    void rankAndMatchAgree_data();
    void rankAndMatchAgree();
    void pythonStaysInTheCorpusModelThoughCommon();
    void informativeTextLeavesOutNamesAndBoilerplate();
    void rankExclusionsKeepWordsTheRestOfTheTextUses();
    void rankScopeHoldsWhatRankExclusionsLists();
    void jobTitlesStayAndNamesEndingInARoleNounGo();
};

void TestExplanations::labelled_data()
{
    QTest::addColumn<QJsonObject>("labelled");
    QTest::addColumn<QString>("path");
    const QJsonArray cases = readJson(QStringLiteral("cases.json")).value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 12);
    for (const QJsonValue& value : cases) {
        const QJsonObject labelled = value.toObject();
        // Every case holds on both paths unless it names the one it is about.
        QStringList paths = strings(labelled.value(QStringLiteral("paths")));
        if (paths.isEmpty())
            paths = QStringList{QStringLiteral("match"), QStringLiteral("rank")};
        for (const QString& path : std::as_const(paths)) {
            const QString name = labelled.value(QStringLiteral("name")).toString() + QStringLiteral(" [") + path
                                 + QLatin1Char(']');
            QTest::newRow(qPrintable(name)) << labelled << path;
        }
    }
}

void TestExplanations::labelled()
{
    QFETCH(QJsonObject, labelled);
    QFETCH(QString, path);
    const auto explained = explainCase(labelled, path);
    QVERIFY2(explained, qPrintable(explained.message()));
    const MatchResult& result = explained.value();
    const QStringList aligned = names(result.alignedTerms);
    const QStringList missing = names(result.missingTerms);
    const QString lists = listsOf(result);
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

void TestExplanations::rankAndMatchAgree_data()
{
    QTest::addColumn<QJsonObject>("labelled");
    const QJsonArray cases = readJson(QStringLiteral("cases.json")).value(QStringLiteral("cases")).toArray();
    for (const QJsonValue& value : cases) {
        const QJsonObject labelled = value.toObject();
        QTest::newRow(qPrintable(labelled.value(QStringLiteral("name")).toString())) << labelled;
    }
}

void TestExplanations::rankAndMatchAgree()
{
    // The same pair, ranked or matched, lists the same terms in the same order: those the model has columns
    // for, then (with no weight) the skills it dropped as too common.
    QFETCH(QJsonObject, labelled);
    const auto matched = explainCase(labelled, QStringLiteral("match"));
    const auto ranked = explainCase(labelled, QStringLiteral("rank"));
    QVERIFY2(matched && ranked, qPrintable(matched.message() + ranked.message()));
    const QString lists = QStringLiteral("match:\n") + listsOf(matched.value()) + QStringLiteral("\nrank:\n")
                          + listsOf(ranked.value());
    QVERIFY2(names(matched->alignedTerms) == names(ranked->alignedTerms), qPrintable(lists));
    QVERIFY2(names(matched->missingTerms) == names(ranked->missingTerms), qPrintable(lists));
}

void TestExplanations::pythonStaysInTheCorpusModelThoughCommon()
{
    // max_df prunes words in more than a quarter of the stored texts. Python is in more of corpus.json's than
    // that, but a skill stays (Analyzer::keepsCommonTerm): a job naming it must count it in its coverage.
    QStringList texts = strings(readJson(QStringLiteral("corpus.json")).value(QStringLiteral("jds")));
    QVERIFY(texts.size() >= 20);
    texts << QStringLiteral("Backend developer: Python and Django.");
    const QString analyzer = QStringLiteral("default");
    const TfidfOptions options = MatchService::optionsFor(analyzer, texts.size());
    auto fitted = TfidfModel::fit(texts, Analyzer::create(analyzer), options);
    QVERIFY(fitted);
    qsizetype withPython = 0;
    for (const QString& text : texts)
        withPython += text.contains(QLatin1String("python"), Qt::CaseInsensitive) ? 1 : 0;
    QVERIFY2(double(withPython) > options.maxDf.documents(texts.size()), qPrintable(QString::number(withPython)));
    QVERIFY(fitted->model->indexOf(QStringLiteral("python")) >= 0);
    QVERIFY(fitted->model->indexOf(QStringLiteral("django")) >= 0);
    QVERIFY(!fitted->model->droppedAsCommon().isEmpty()); // plain words are still pruned
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

void TestExplanations::rankExclusionsKeepWordsTheRestOfTheTextUses()
{
    // "Cloud" in the employer's name is left out, but the job's own "cloud" skills stay; "Munich" and the
    // partner's name are used nowhere else, so every term they make is left out.
    const auto analyzer = Analyzer::create(QStringLiteral("default"));
    const QStringList excluded = ExplanationScope::rankExclusions(
        *analyzer, SkillTaxonomy::builtIn(),
        QStringLiteral("Nimbus Cloud is hiring in Munich. You will work with Swift Parcel on cloud migrations. "
                       "We offer a gym membership."));
    QVERIFY(std::is_sorted(excluded.cbegin(), excluded.cend()));
    for (const char* gone : {"nimbus", "munich", "swift", "parcel", "gym", "membership"})
        QVERIFY2(excluded.contains(QLatin1String(gone)), qPrintable(excluded.join(QLatin1Char(' '))));
    for (const char* kept : {"cloud computing", "cloud", "migrations", "work"})
        QVERIFY2(!excluded.contains(QLatin1String(kept)), qPrintable(excluded.join(QLatin1Char(' '))));
    // Every form of the announcement, as informativeText() reads it: "are now hiring", "'re hiring".
    const QStringList announced = ExplanationScope::rankExclusions(
        *analyzer, SkillTaxonomy::builtIn(),
        QStringLiteral("Swift Parcel are now hiring drivers. Depot staff at Harbour Yard, we\u2019re hiring too: "
                       "forklift and pallet jack work."));
    for (const char* gone : {"swift", "parcel", "harbour", "yard"})
        QVERIFY2(announced.contains(QLatin1String(gone)), qPrintable(announced.join(QLatin1Char(' '))));
    for (const char* kept : {"forklift", "pallet jack"})
        QVERIFY2(!announced.contains(QLatin1String(kept)), qPrintable(announced.join(QLatin1Char(' '))));
}

void TestExplanations::rankScopeHoldsWhatRankExclusionsLists()
{
    // The rank paths read a row's exclusions as hashes (rankScope), the tests and the GUI's exclusionsFor
    // as text (rankExclusions): one finding, two forms, which must hold the same terms and no other.
    const auto analyzer = Analyzer::create(QStringLiteral("default"));
    const QString jd = QStringLiteral("Nimbus Cloud is hiring in Munich. You will work with Swift Parcel on cloud "
                                      "migrations, Python and SQL. We offer a gym membership and dental cover.");
    const QStringList excluded = ExplanationScope::rankExclusions(*analyzer, SkillTaxonomy::builtIn(), jd,
                                                                  QStringLiteral("Nimbus Cloud GmbH"),
                                                                  QStringLiteral("Munich, Germany"));
    const RowScope scope = ExplanationScope::rankScope(*analyzer, SkillTaxonomy::builtIn(), jd,
                                                       QStringLiteral("Nimbus Cloud GmbH"),
                                                       QStringLiteral("Munich, Germany"), {});
    QVERIFY(excluded.size() > 8);
    QCOMPARE(scope.excluded.size(), excluded.size());
    for (const QString& term : excluded)
        QVERIFY2(scope.excluded.contains(term), qPrintable(term));
    for (const char* term : {"nimbus", "gmbh", "munich", "germany", "gym", "membership", "dental"})
        QVERIFY2(scope.excluded.contains(QString::fromLatin1(term)), term);
    for (const char* term : {"python", "sql", "migrations", "work", "cloud computing"})
        QVERIFY2(!scope.excluded.contains(QString::fromLatin1(term)), term);
}

void TestExplanations::jobTitlesStayAndNamesEndingInARoleNounGo()
{
    // A capitalised title mid-sentence is what the job is; a name with a role noun at its end is a name.
    // Both paths read it alike: informativeText (match) keeps the title's terms, rankExclusions (rank)
    // does not exclude them.
    const auto analyzer = Analyzer::create(QStringLiteral("default"));
    const QString jd = QStringLiteral(
        "Our Machine Learning Engineer pairs with a Senior Data Engineer II and a Registered Nurse. You will train "
        "with the Brennan Toolmakers and the Quality Inspector. Reports go to Halvorsen Field Technicians.");
    const QStringList terms = analyzer->terms(ExplanationScope::informativeText(SkillTaxonomy::builtIn(), *analyzer, jd,
                                                                                QString(), QString()));
    const QStringList excluded = ExplanationScope::rankExclusions(*analyzer, SkillTaxonomy::builtIn(), jd);
    for (const char* kept : {"machine learning", "data engineer", "registered nurse", "quality inspector"}) {
        QVERIFY2(terms.contains(QLatin1String(kept)), qPrintable(terms.join(QLatin1Char(','))));
        QVERIFY2(!excluded.contains(QLatin1String(kept)), qPrintable(excluded.join(QLatin1Char(','))));
    }
    for (const char* gone : {"brennan", "halvorsen"}) {
        QVERIFY2(!terms.contains(QLatin1String(gone)), qPrintable(terms.join(QLatin1Char(','))));
        QVERIFY2(excluded.contains(QLatin1String(gone)), qPrintable(excluded.join(QLatin1Char(','))));
    }
}

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
