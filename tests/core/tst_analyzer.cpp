#include "matching/Analyzer.h"
#include "matching/SkillTaxonomy.h"
#include "matching/SklearnAnalyzer.h"
#include "matching/TechAnalyzer.h"
#include "matching/WordList.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTest>

using namespace jobdeck;

namespace {

QStringList unigrams(const QString& text)
{
    QStringList out;
    for (QStringView token : TechAnalyzer().tokens(text).tokens)
        out.append(token.isEmpty() ? QStringLiteral("|") : token.toString());
    return out;
}

} // namespace

class TestAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void cppIsNotC()
    {
        QCOMPARE(unigrams(QStringLiteral("Senior C++ engineer")), (QStringList{QStringLiteral("senior"), QStringLiteral("c++"), QStringLiteral("engineer")}));
        QCOMPARE(unigrams(QStringLiteral("We use C and C++17, not C#.")),
                 (QStringList{QStringLiteral("c"), QStringLiteral("c++"), QStringLiteral("|"), QStringLiteral("c#")}));
        QCOMPARE(unigrams(QStringLiteral("F# fans")), (QStringList{QStringLiteral("f#"), QStringLiteral("fans")}));
    }
    void dotNetAndNodeJsStayWhole()
    {
        QCOMPARE(unigrams(QStringLiteral(".NET Core and Node.js.")),
                 (QStringList{QStringLiteral(".net"), QStringLiteral("node.js")}));
        QCOMPARE(unigrams(QStringLiteral("ASP.NET, nodejs")), (QStringList{QStringLiteral(".net"), QStringLiteral("|"), QStringLiteral("node.js")}));
    }
    void slashTermsStayWholeOnlyWhenShort()
    {
        QCOMPARE(unigrams(QStringLiteral("CI/CD over TCP/IP")),
                 (QStringList{QStringLiteral("ci/cd"), QStringLiteral("tcp/ip")}));
        QCOMPARE(unigrams(QStringLiteral("design/development")),
                 (QStringList{QStringLiteral("design"), QStringLiteral("|"), QStringLiteral("development")}));
    }
    void hyphenatedTermsStayWhole()
    {
        QCOMPARE(unigrams(QStringLiteral("state-of-the-art, cross-functional")),
                 (QStringList{QStringLiteral("state-of-the-art"), QStringLiteral("|"), QStringLiteral("cross-functional collaboration")}));
    }
    void python3IsPython()
    {
        QCOMPARE(unigrams(QStringLiteral("Python 3 and python3")), (QStringList{QStringLiteral("python"), QStringLiteral("python")}));
    }
    void acronymsAreNotStopWords()
    {
        // "IT" the field survives; "it" the pronoun is a stop word.
        QCOMPARE(unigrams(QStringLiteral("IT support: it matters")),
                 (QStringList{QStringLiteral("it"), QStringLiteral("support"), QStringLiteral("|"), QStringLiteral("matters")}));
        QCOMPARE(unigrams(QStringLiteral("AWS SDK")), (QStringList{QStringLiteral("aws"), QStringLiteral("sdk")}));
    }
    void aliasesFoldIntoOneSkill()
    {
        QCOMPARE(unigrams(QStringLiteral("k8s")), QStringList{QStringLiteral("kubernetes")});
        QCOMPARE(unigrams(QStringLiteral("JS")), QStringList{QStringLiteral("javascript")});
        QCOMPARE(unigrams(QStringLiteral("postgres")), QStringList{QStringLiteral("postgresql")});
        QCOMPARE(unigrams(QStringLiteral("ML")), QStringList{QStringLiteral("machine learning")});
        QCOMPARE(unigrams(QStringLiteral("Machine Learning")), QStringList{QStringLiteral("machine learning")});
        QCOMPARE(unigrams(QStringLiteral("Objectives and Key Results")), QStringList{QStringLiteral("okrs")});
    }
    void commonWordsAreSkillsOnlyWhenCapitalised()
    {
        QCOMPARE(unigrams(QStringLiteral("Go services")), (QStringList{QStringLiteral("go"), QStringLiteral("services")}));
        QCOMPARE(unigrams(QStringLiteral("ready to go")), QStringList{QStringLiteral("ready")});
        QCOMPARE(unigrams(QStringLiteral("a b R")), QStringList{QStringLiteral("r")});
    }
    void unicodeLettersAreWords()
    {
        QCOMPARE(unigrams(QStringLiteral("Ingénieur à Zürich, Größe")),
                 (QStringList{QStringLiteral("ingénieur"), QStringLiteral("zürich"), QStringLiteral("|"), QStringLiteral("größe")}));
        QCOMPARE(unigrams(QStringLiteral("Разработчик Python")), (QStringList{QStringLiteral("разработчик"), QStringLiteral("python")}));
        // A combining accent belongs to its letter.
        QCOMPARE(unigrams(QStringLiteral("cafe\u0301")), QStringList{QStringLiteral("cafe\u0301")});
    }
    void stopWordsFillerAndNumbersDrop()
    {
        QCOMPARE(unigrams(QStringLiteral("We are looking for 5+ years of experience with the team")), QStringList());
    }
    void possessivesAndPhraseBreaks()
    {
        QCOMPARE(unigrams(QStringLiteral("Company's Kafka cluster.\nTerraform")),
                 (QStringList{QStringLiteral("kafka"), QStringLiteral("cluster"), QStringLiteral("|"), QStringLiteral("terraform")}));
    }
    void bigramsFormAfterStopWordsButNotAcrossBreaks()
    {
        const QStringList terms = TechAnalyzer().terms(QStringLiteral("distributed and scalable systems, Kafka"));
        QVERIFY(terms.contains(QStringLiteral("distributed scalable")));
        QVERIFY(terms.contains(QStringLiteral("scalable systems")));
        QVERIFY(!terms.contains(QStringLiteral("systems kafka")));
    }
    void requirementLinesCountTwice()
    {
        QCOMPARE(unigrams(QStringLiteral("Requirements:\n- Kafka\nNice to have: Flink")),
                 (QStringList{QStringLiteral("kafka"), QStringLiteral("|"), QStringLiteral("kafka"), QStringLiteral("|"),
                              QStringLiteral("flink")}));
        QCOMPARE(unigrams(QStringLiteral("About us:\nKafka")), QStringList{QStringLiteral("kafka")});
    }
    void hardSkillsWeighMore()
    {
        const TechAnalyzer analyzer;
        QCOMPARE(analyzer.termBoost(u"kubernetes"), TechAnalyzer::kHardSkillBoost);
        QCOMPARE(analyzer.termBoost(u"communication"), TechAnalyzer::kSoftSkillBoost);
        QCOMPARE(analyzer.termBoost(u"cluster"), 1.0);
        QCOMPARE(SklearnAnalyzer().termBoost(u"kubernetes"), 1.0);
    }
    void skillListHasThreeHundredSkillsWithCategories()
    {
        const SkillTaxonomy& skills = SkillTaxonomy::builtIn();
        QVERIFY2(skills.size() >= 300, qPrintable(QString::number(skills.size())));
        QVERIFY(skills.find(u"kubernetes")->hard);
        QVERIFY(!skills.find(u"communication")->hard);
        QCOMPARE(skills.find(u"k8s")->term, QStringLiteral("kubernetes"));
    }
    void skillListParserSkipsBadLines()
    {
        int skipped = 0;
        const SkillTaxonomy parsed = SkillTaxonomy::parse(
            QStringLiteral("# c\nfoo | hard | f, ff\nbar | maybe | b\nbaz\n^qux | soft |\n"), &skipped);
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(skipped, 2);
        QVERIFY(parsed.needsCapital(u"qux"));
        QCOMPARE(parsed.find(u"ff")->term, QStringLiteral("foo"));
    }
    void sklearnAnalyzerMatchesScikitLearnOnTheParityCorpus()
    {
        QFile file(QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/golden.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject analyzed = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("analyzed")).toObject();
        QVERIFY(analyzed.size() >= 20);
        const SklearnAnalyzer analyzer;
        for (auto it = analyzed.constBegin(); it != analyzed.constEnd(); ++it) {
            QStringList expected;
            for (const QJsonValue& term : it.value().toArray())
                expected.append(term.toString());
            QCOMPARE(analyzer.terms(it.key()), expected);
        }
    }
    void sklearnTokenPatternEdgeCases()
    {
        const SklearnAnalyzer analyzer;
        QCOMPARE(analyzer.terms(QStringLiteral("C++ c# x-y- -z a_b")),
                 (QStringList{QStringLiteral("x-y"), QStringLiteral("a_b"), QStringLiteral("x-y a_b")}));
        QCOMPARE(WordList::sklearnStopWords().size(), 318);
    }
    void analyzerNames()
    {
        QCOMPARE(Analyzer::create(QStringLiteral("default"))->name(), QStringLiteral("default"));
        QCOMPARE(Analyzer::create(QStringLiteral("sklearn"))->name(), QStringLiteral("sklearn"));
        QVERIFY(!Analyzer::create(QStringLiteral("bm25")));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
