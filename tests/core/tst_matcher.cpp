#include "matching/MatchService.h"
#include "matching/Matcher.h"

#include <QTest>

#include <cmath>

using namespace jobdeck;

namespace {

const QString kSharedOpening = QStringLiteral(
    "About us: we are a small product company that builds tools for people who run warehouses, shops and "
    "clinics. We care about careful engineering, calm deadlines and honest feedback. The role sits in the "
    "platform group, next to product and design, and reports to the head of engineering. You will pair "
    "with other engineers, review code, write documentation and help the on-call rotation. We offer a "
    "hybrid setup, a learning budget and a four-day week in summer. Our customers are small businesses in "
    "twelve countries, and most of them run their whole day on what we ship. What you will do and what you need: ");

QStringList corpus()
{
    return {
        kSharedOpening + QStringLiteral("Kubernetes, Terraform, Go microservices and PostgreSQL on AWS."),
        kSharedOpening + QStringLiteral("Figma, user research, usability testing and design systems."),
        QStringLiteral("Senior C++ engineer: low-latency trading, Linux, multithreading, CMake, CI/CD."),
        QStringLiteral("Recruiter: sourcing, interviewing, Workday, onboarding and employer branding."),
        QStringLiteral("Data analyst: SQL, Tableau, Excel, statistics, A/B testing and communication."),
        QStringLiteral("Accountant: GAAP, reconciliation, month-end close, SAP and budgeting."),
    };
}

std::shared_ptr<const TfidfModel> model()
{
    auto fitted = TfidfModel::fit(corpus(), Analyzer::create(QStringLiteral("default")));
    if (!fitted)
        qFatal("%s", qPrintable(fitted.message()));
    return fitted->model;
}

QStringList names(const QList<TermWeight>& terms)
{
    QStringList out;
    for (const TermWeight& t : terms)
        out.append(t.term);
    return out;
}

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void jdsSharingTheirFirst500CharactersGetDifferentResults()
    {
        const QStringList jds = corpus();
        QVERIFY(kSharedOpening.size() >= 500);
        QCOMPARE(jds.at(0).left(500), jds.at(1).left(500));
        const Matcher matcher(model());
        const QString resume = QStringLiteral("Platform engineer: Kubernetes (k8s), Terraform, Golang, Postgres, AWS.");
        const MatchResult infra = matcher.evaluate(resume, jds.at(0));
        const MatchResult design = matcher.evaluate(resume, jds.at(1));
        QCOMPARE(matcher.cachedCount(), 2);
        QVERIFY(infra.cosine > design.cosine + 0.2);
        QVERIFY(names(infra.alignedTerms).contains(QStringLiteral("kubernetes")));
        QVERIFY(names(design.missingTerms).contains(QStringLiteral("figma")));
    }

    void repeatedEvaluationComesFromTheCache()
    {
        const Matcher matcher(model());
        const QString resume = QStringLiteral("C++ developer on Linux");
        const MatchResult first = matcher.evaluate(resume, corpus().at(2));
        QCOMPARE(matcher.cachedCount(), 1);
        const MatchResult second = matcher.evaluate(resume, corpus().at(2));
        QCOMPARE(matcher.cachedCount(), 1);
        QCOMPARE(second.cosine, first.cosine);
        QCOMPARE(names(second.missingTerms), names(first.missingTerms));
    }

    void cacheSizeIsConfigurableAndEvictsTheLeastRecentlyUsed()
    {
        QCOMPARE(Matcher(model()).cacheSize(), 256);
        const Matcher matcher(model(), 2);
        const QStringList jds = corpus();
        matcher.evaluate(QStringLiteral("a"), jds.at(2));
        matcher.evaluate(QStringLiteral("a"), jds.at(3));
        matcher.evaluate(QStringLiteral("a"), jds.at(4));
        QCOMPARE(matcher.cachedCount(), 2);
        const Matcher uncached(model(), 0);
        uncached.evaluate(QStringLiteral("a"), jds.at(2));
        QCOMPARE(uncached.cachedCount(), 0);
    }

    void switchingResumesNeverReusesTheOtherResumesVector()
    {
        const auto m = model();
        const Matcher matcher(m, 0);
        const QString sql = QStringLiteral("SQL and Tableau");
        const QString cpp = QStringLiteral("C++ and CMake on Linux");
        for (const QString& jd : corpus()) {
            QCOMPARE(matcher.evaluate(sql, jd).cosine, m->transform(sql).dot(m->transform(jd)));
            QCOMPARE(matcher.evaluate(cpp, jd).cosine, m->transform(cpp).dot(m->transform(jd)));
        }
    }

    void cosineAndIndexAgreeWithTheVectors()
    {
        const auto m = model();
        const Matcher matcher(m);
        const QString resume = QStringLiteral("SQL and Tableau dashboards, Excel, statistics");
        const MatchResult result = matcher.evaluate(resume, corpus().at(4));
        const double dot = m->transform(resume).dot(m->transform(corpus().at(4)));
        QVERIFY(std::abs(result.cosine - dot) < 1e-12);
        QCOMPARE(result.matchIndex, std::round(dot * 10000.0) / 100.0);
        QVERIFY(result.cosine > 0 && result.cosine <= 1.0 + 1e-12);
    }

    void alignedTermsAreRankedByContribution()
    {
        const Matcher matcher(model());
        const MatchResult result = matcher.evaluate(QStringLiteral("SQL, Tableau, Excel"), corpus().at(4));
        QVERIFY(result.alignedTerms.size() >= 3);
        double sum = 0;
        for (qsizetype i = 0; i < result.alignedTerms.size(); ++i) {
            sum += result.alignedTerms.at(i).weight;
            if (i > 0)
                QVERIFY(result.alignedTerms.at(i - 1).weight >= result.alignedTerms.at(i).weight);
        }
        QVERIFY(std::abs(sum - result.cosine) < 1e-12);
    }

    void missingTermsPutHardSkillsFirstAndSkipFiller()
    {
        const Matcher matcher(model());
        const QString jd = corpus().at(0);
        const MatchResult result = matcher.evaluate(QStringLiteral("Golang developer"), jd);
        QVERIFY(!result.missingTerms.isEmpty());
        QVERIFY(result.missingTerms.size() <= Matcher::kMaxMissingTerms);
        bool softSeen = false;
        for (const TermWeight& term : result.missingTerms) {
            QVERIFY2(!QStringList({QStringLiteral("we"), QStringLiteral("the"), QStringLiteral("team"), QStringLiteral("role"),
                                   QStringLiteral("offer")}).contains(term.term), qPrintable(term.term));
            // A skill or a key phrase of two words, never a plain word.
            QVERIFY2(term.isSkill || term.term.count(QLatin1Char(' ')) == 1, qPrintable(term.term));
            if (!term.isHardSkill)
                softSeen = true;
            else
                QVERIFY2(!softSeen, "a hard skill came after a term that is not one");
        }
        QCOMPARE(result.missingTerms.first().isHardSkill, true);
        QVERIFY(!names(result.missingTerms).contains(QStringLiteral("go")));
    }

    void hintNamesTheTopMissingSkills()
    {
        const Matcher matcher(model());
        const MatchResult result = matcher.evaluate(QStringLiteral("Golang developer"), corpus().at(0));
        for (qsizetype i = 0; i < std::min<qsizetype>(3, result.missingTerms.size()); ++i) {
            if (result.missingTerms.at(i).isSkill)
                QVERIFY2(result.hint.contains(result.missingTerms.at(i).term), qPrintable(result.hint));
        }
        const MatchResult none = matcher.evaluate(QStringLiteral("gardening"), corpus().at(5));
        QCOMPARE(none.cosine, 0.0);
        QVERIFY(!none.hint.isEmpty());
    }

    void employerNameIsNeverListedAsMissing()
    {
        const QString jd = QStringLiteral("Orbit Space is hiring. Orbit Space builds satellites with Kubernetes and "
                                          "Terraform; onboarding and budgeting.");
        auto fitted = TfidfModel::fit(corpus() << jd, Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const Matcher matcher(fitted->model);
        const QString resume = QStringLiteral("Recruiter with onboarding experience.");
        // Even unnamed, "Orbit Space is hiring" says who the employer is.
        const QStringList plain = names(matcher.evaluate(resume, jd).missingTerms);
        QVERIFY2(!plain.contains(QStringLiteral("orbit")), qPrintable(plain.join(QLatin1Char(','))));
        QVERIFY(plain.contains(QStringLiteral("kubernetes")));
        const MatchResult named = matcher.evaluate(resume, jd, QStringLiteral("Orbit Space"));
        const QStringList filtered = names(named.missingTerms);
        QVERIFY(!filtered.contains(QStringLiteral("orbit")));
        QVERIFY(!filtered.contains(QStringLiteral("space")));
        QVERIFY(filtered.contains(QStringLiteral("kubernetes")));
        QVERIFY(!named.hint.contains(QStringLiteral("orbit")));
    }

    void cppResumeDoesNotMatchACJob()
    {
        const QStringList jds{QStringLiteral("Embedded C developer: ANSI C firmware"), QStringLiteral("C++ developer: modern C++"),
                              QStringLiteral("Recruiter")};
        const auto fitted = TfidfModel::fit(jds, Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const Matcher matcher(fitted->model);
        const QString resume = QStringLiteral("C++ developer");
        QVERIFY(matcher.evaluate(resume, jds.at(1)).cosine > matcher.evaluate(resume, jds.at(0)).cosine);
        QVERIFY(!names(matcher.evaluate(resume, jds.at(0)).alignedTerms).contains(QStringLiteral("c")));
    }

    // Six hard skills, each once, and nothing else in the other job descriptions: equal weights, so the
    // coverage is the share of them the resume shows.
    void coverageIsTheWeightedShareOfTheJobsSkills()
    {
        const QString jd = QStringLiteral("Requirements: SQL, Spark, Airflow, Python, data modelling, dbt.");
        auto fitted = TfidfModel::fit(corpus() << jd, Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const Matcher matcher(fitted->model);
        const MatchResult half = matcher.evaluate(QStringLiteral("Python, SQL and data modelling."), jd);
        QVERIFY2(std::abs(half.coverage - 50.0) <= 5.0, qPrintable(QString::number(half.coverage)));
        QCOMPARE(half.band, MatchBand::Fair);
        QVERIFY2(half.hint.contains(QStringLiteral("spark")) && half.hint.contains(QStringLiteral("airflow")), qPrintable(half.hint));

        const MatchResult all = matcher.evaluate(QStringLiteral("SQL, Spark, Airflow, Python, dbt and data modeling."), jd);
        QCOMPARE(all.coverage, 100.0);
        QCOMPARE(all.band, MatchBand::Strong);
        QCOMPARE(matcher.evaluate(QStringLiteral("Gardening."), jd).coverage, 0.0);
    }

    // 24 data jobs, every one naming SQL and Python: max_df (a quarter of the jobs, as MatchService fits
    // stored corpora of 20 or more) once dropped both from the model, so a resume without them still read
    // "Match 100 / 100" with SQL and Python listed as missing. A skill stays in the model however common
    // it is (with its low idf); a plain word that common is still dropped, and so is a skill under the
    // scikit-learn analyzer, which keeps scikit-learn's pruning.
    void aSkillEveryJobNamesStillCountsInTheCoverage()
    {
        const QStringList others{QStringLiteral("Spark"), QStringLiteral("Airflow"), QStringLiteral("Kafka"), QStringLiteral("dbt"),
                                 QStringLiteral("Snowflake"), QStringLiteral("Terraform"), QStringLiteral("Docker"), QStringLiteral("Tableau")};
        QStringList jobs;
        for (int i = 0; i < 24; ++i) {
            jobs.append(QStringLiteral("Our team is hiring. Requirements: SQL, Python, %1 and %2.")
                            .arg(others.at(i % others.size()), others.at((i + 3) % others.size())));
        }
        const TfidfOptions options = MatchService::optionsFor(QStringLiteral("default"), jobs.size());
        QVERIFY(options.maxDf.isProportion && options.maxDf.value < 1.0);
        auto fitted = TfidfModel::fit(jobs, Analyzer::create(QStringLiteral("default")), options);
        QVERIFY(fitted.ok());
        const auto& m = fitted->model;
        QVERIFY(m->indexOf(u"sql") >= 0);
        QVERIFY(m->indexOf(u"python") >= 0);
        QCOMPARE(m->indexOf(u"team"), -1); // in every job, and no skill

        const Matcher matcher(m);
        const QString& jd = jobs.at(0); // SQL, Python, Spark and dbt
        const MatchResult without = matcher.evaluate(QStringLiteral("Spark and dbt."), jd);
        QVERIFY2(without.coverage > 20.0 && without.coverage < 90.0, qPrintable(QString::number(without.coverage)));
        QCOMPARE(names(without.missingTerms), (QStringList{QStringLiteral("python"), QStringLiteral("sql")}));
        for (const TermWeight& missing : without.missingTerms)
            QVERIFY(missing.weight > 0);
        QVERIFY2(without.hint.contains(QStringLiteral("python and sql")), qPrintable(without.hint));
        const MatchResult all = matcher.evaluate(QStringLiteral("SQL, Python, Spark and dbt."), jd);
        QCOMPARE(all.coverage, 100.0);

        auto sklearn = TfidfModel::fit(jobs, Analyzer::create(QStringLiteral("sklearn")), options);
        QVERIFY(sklearn.ok());
        QCOMPARE(sklearn->model->indexOf(u"sql"), -1);
    }

    // A job description from elsewhere (`match --jd`, or one edited since the fit) may name a skill none of
    // the stored ones do: it has no column. Missing, it must still lower the match, as the heaviest of the
    // job's terms (the rarest there is); shown, it must count as covered.
    void aSkillTheModelHasNotSeenCountsInTheCoverage()
    {
        const auto m = model();
        QCOMPARE(m->indexOf(u"ansible"), -1);
        QVERIFY(m->indexOf(u"kubernetes") >= 0);
        const Matcher matcher(m);
        const QString jd = QStringLiteral("Requirements: Kubernetes and Ansible.");
        const MatchResult without = matcher.evaluate(QStringLiteral("Kubernetes."), jd);
        QCOMPARE(names(without.missingTerms), QStringList{QStringLiteral("ansible")});
        QCOMPARE(without.coverage, 50.0);
        QVERIFY(without.missingTerms.first().weight > 0);
        QCOMPARE(matcher.evaluate(QStringLiteral("Kubernetes and Ansible."), jd).coverage, 100.0);
        QCOMPARE(matcher.evaluate(QStringLiteral("Ansible."), jd).coverage, 50.0);
        // With no other term to weigh against, the unseen skills share the coverage alone.
        QCOMPARE(matcher.evaluate(QStringLiteral("Ansible."), QStringLiteral("Ansible and Puppet.")).coverage, 50.0);
    }

    void bandsChangeAtTheirThresholds()
    {
        QCOMPARE(Matcher::bandFor(0), MatchBand::Low);
        QCOMPARE(Matcher::bandFor(39.9), MatchBand::Low);
        QCOMPARE(Matcher::bandFor(40.0), MatchBand::Fair);
        QCOMPARE(Matcher::bandFor(59.9), MatchBand::Fair);
        QCOMPARE(Matcher::bandFor(60.0), MatchBand::Good);
        QCOMPARE(Matcher::bandFor(79.9), MatchBand::Good);
        QCOMPARE(Matcher::bandFor(80.0), MatchBand::Strong);
        QCOMPARE(Matcher::bandFor(100.0), MatchBand::Strong);
        QCOMPARE(Matcher::bandKey(MatchBand::Good), QStringLiteral("good"));
        MatchResult shown;
        shown.coverage = 72.04;
        shown.band = Matcher::bandFor(shown.coverage);
        QCOMPARE(Matcher::coverageText(shown), QStringLiteral("Match 72 / 100 \u00b7 Good"));
    }

    // The hint said "covers every term" next to a score of 44: "every" now needs a full coverage.
    void theHintSaysEveryOnlyAtAFullCoverage()
    {
        const auto m = model();
        const Matcher matcher(m);
        const QStringList resumes{QStringLiteral("Kubernetes, Terraform, Go, PostgreSQL, AWS"), QStringLiteral("SQL, Tableau"),
                                  QStringLiteral("Figma and user research"), QStringLiteral("GAAP, SAP, budgeting")};
        for (const QString& resume : resumes) {
            for (const QString& jd : corpus()) {
                const MatchResult result = matcher.evaluate(resume, jd);
                if (result.hint.contains(QStringLiteral("every skill and key phrase"))) {
                    QCOMPARE(result.coverage, 100.0);
                }
                QVERIFY(!result.hint.contains(QStringLiteral("every term")));
            }
        }
        const QString exact = corpus().at(2);
        const MatchResult same = matcher.evaluate(exact, exact);
        QCOMPARE(same.coverage, 100.0);
        QVERIFY2(same.hint.contains(QStringLiteral("every skill and key phrase")), qPrintable(same.hint));
    }

    // Ranking with explanations takes the index's row and the ranked similarity: the same terms, coverage
    // and hint as explaining the two vectors, and no second scoring.
    void explainingARankedRowMatchesExplainingItsVector()
    {
        auto fitted = TfidfModel::fit(corpus(), Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const auto m = fitted->model;
        const MatchIndex index(fitted->rows);
        const Matcher matcher(m, 0);
        const SparseVector resume = m->transform(QStringLiteral("Kubernetes, Terraform and SQL on AWS; Excel, statistics"));
        const Matcher::PreparedResume prepared = matcher.prepare(resume);
        const QList<RankedRow> ranked = index.rank(resume, 0);
        QCOMPARE(ranked.size(), corpus().size());
        for (const RankedRow& row : ranked) {
            const MatchResult fast = matcher.explain(prepared, index.rows(), row.row, row.cosine);
            const MatchResult slow = matcher.explain(resume, index.row(row.row));
            QCOMPARE(fast.cosine, row.cosine);
            QCOMPARE(names(fast.alignedTerms), names(slow.alignedTerms));
            QCOMPARE(names(fast.missingTerms), names(slow.missingTerms));
            QCOMPARE(fast.coverage, slow.coverage);
            QCOMPARE(fast.hint, slow.hint);
            QCOMPARE(matcher.coverage(prepared, index.rows(), row.row), fast.coverage);
        }
    }

    // A key phrase is two content words that more than one job description uses: "release planning"
    // counts, the "engineer munich" of one ad does not.
    void keyPhrasesAreTheOnesJobDescriptionsShare()
    {
        const QString jd = QStringLiteral("Python and release planning. Engineer Munich.");
        auto fitted = TfidfModel::fit(corpus() << jd << QStringLiteral("Release planning for the mobile team."),
                                      Analyzer::create(QStringLiteral("default")));
        QVERIFY(fitted.ok());
        const Matcher matcher(fitted->model);
        QCOMPARE(matcher.evaluate(QStringLiteral("Python, release planning"), jd).coverage, 100.0);
        const double skillOnly = matcher.evaluate(QStringLiteral("Python"), jd).coverage;
        QVERIFY2(skillOnly > 0 && skillOnly < 100, qPrintable(QString::number(skillOnly)));
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
