#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cmath>

namespace {

using jobdeck::test::CliRun;

QString data(const QString& name) { return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/") + name; }

} // namespace

class TestCliMatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("jobdeck.sqlite")); }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    CliRun run(const QStringList& args, const QString& db = {})
    {
        return jobdeck::test::runCliOn(db.isEmpty() ? dbPath() : db, args);
    }

    // The parity corpus's job descriptions as --jds lines, with ids of both JSON types.
    QString parityJds()
    {
        QFile file(data(QStringLiteral("parity_corpus.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no parity corpus");
        const QJsonArray jds = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("jds")).toArray();
        QByteArray lines;
        for (qsizetype i = 0; i < jds.size(); ++i) {
            const QJsonValue id = i % 2 ? QJsonValue(QStringLiteral("jd-%1").arg(i)) : QJsonValue(i);
            lines += QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("text"), jds.at(i)}})
                         .toJson(QJsonDocument::Compact) + '\n';
        }
        return write(QStringLiteral("parity.jsonl"), lines);
    }

private slots:
    void rankWithTheSklearnAnalyzerEqualsScikitLearn()
    {
        QFile corpusFile(data(QStringLiteral("parity_corpus.json")));
        QVERIFY(corpusFile.open(QIODevice::ReadOnly));
        const QString resume = QJsonDocument::fromJson(corpusFile.readAll()).object().value(QStringLiteral("resumes"))
                                   .toArray().at(0).toString();
        QFile goldenFile(data(QStringLiteral("golden.json")));
        QVERIFY(goldenFile.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(goldenFile.readAll()).object().value(QStringLiteral("configurations"))
                                        .toArray().at(0).toObject().value(QStringLiteral("cosines")).toArray().at(0).toArray();

        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"),
                           write(QStringLiteral("resume0.txt"), resume.toUtf8()), QStringLiteral("--jds"), parityJds(),
                           QStringLiteral("--analyzer"), QStringLiteral("sklearn"), QStringLiteral("--top"), QStringLiteral("0")});
        QCOMPARE(r.code, 0);
        const QJsonArray results = r.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), expected.size());
        double previous = 2;
        for (const QJsonValue& value : results) {
            const QJsonObject result = value.toObject();
            const QJsonValue id = result.value(QStringLiteral("id"));
            const int row = id.isString() ? id.toString().mid(3).toInt() : id.toInt();
            QVERIFY2(id.isString() == (row % 2 == 1), "ids come back with the JSON type they were given");
            const double cosine = result.value(QStringLiteral("cosine")).toDouble();
            QVERIFY(std::abs(cosine - expected.at(row).toDouble()) < 1e-6);
            QCOMPARE(result.value(QStringLiteral("match_index")).toDouble(), std::round(cosine * 10000.0) / 100.0);
            QVERIFY(cosine <= previous);
            previous = cosine;
            QVERIFY(!result.contains(QStringLiteral("hint")));
        }
    }

    void rankDefaultsToTheTopTenAndExplainsOnRequest()
    {
        const QString resume = write(QStringLiteral("resume.md"), "Python, Django, Postgres and k8s");
        const CliRun r = run({QStringLiteral("rank"), QStringLiteral("--json"), QStringLiteral("--resume"), resume,
                           QStringLiteral("--jds"), parityJds(), QStringLiteral("--explain")});
        QCOMPARE(r.code, 0);
        const QJsonArray results = r.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 10);
        const QJsonObject best = results.at(0).toObject();
        QCOMPARE(best.value(QStringLiteral("id")).toString(), QStringLiteral("jd-1"));
        QVERIFY(best.value(QStringLiteral("aligned_terms")).isArray());
        QVERIFY(best.value(QStringLiteral("missing_terms")).isArray());
        QVERIFY(!best.value(QStringLiteral("hint")).toString().isEmpty());
        QCOMPARE(best.value(QStringLiteral("aligned_terms")).toArray().at(0).toObject().value(QStringLiteral("skill")).toString(),
                 QStringLiteral("hard"));
    }

    void rankReadsPdfAndDocxResumes()
    {
        for (const char* name : {"resume.pdf", "resume.docx"}) {
            const CliRun r = run({QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"),
                               data(QStringLiteral("documents/")) + QString::fromLatin1(name), QStringLiteral("--jds"), parityJds(),
                               QStringLiteral("--top"), QStringLiteral("1")});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.json().object().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("id")).toInt(-1), 0);
        }
    }

    void rankUsesStoredJobDescriptionsByApplicationId()
    {
        const QString db = m_dir.filePath(QStringLiteral("stored.sqlite"));
        const QString k8s = write(QStringLiteral("k8s.txt"), "Platform engineer: Kubernetes, Terraform, AWS");
        const QString design = write(QStringLiteral("design.txt"), "Product designer: Figma, user research");
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("A"), QStringLiteral("--title"),
                      QStringLiteral("T"), QStringLiteral("--jd-file"), design}, db).code, 0);
        const CliRun added = run({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("B"), QStringLiteral("--title"),
                               QStringLiteral("T"), QStringLiteral("--jd-file"), k8s}, db);
        QCOMPARE(added.code, 0);
        const qint64 k8sId = added.out.trimmed().toLongLong();
        const QString resume = write(QStringLiteral("ops.txt"), "k8s and terraform");
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"), resume}, db);
        QCOMPARE(r.code, 0);
        const QJsonArray results = r.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toInteger(), k8sId);
        QVERIFY(results.at(0).toObject().value(QStringLiteral("id")).isDouble());
        // Without --explain the exclusions are not found (nothing is explained): the ranking, cosines,
        // coverage and bands are what --explain prints beside its terms.
        const CliRun explained = run({QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"),
                                      resume, QStringLiteral("--explain")}, db);
        QCOMPARE(explained.code, 0);
        const QJsonArray withTerms = explained.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(withTerms.size(), results.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            QJsonObject trimmed = withTerms.at(i).toObject();
            for (const char* key : {"aligned_terms", "missing_terms", "hint"}) {
                QVERIFY2(trimmed.contains(QLatin1String(key)), key);
                trimmed.remove(QLatin1String(key));
            }
            QCOMPARE(trimmed, results.at(i).toObject());
        }

        const CliRun m = run({QStringLiteral("--json"), QStringLiteral("match"), QStringLiteral("--resume"), resume,
                           QStringLiteral("--jd"), k8s}, db);
        QCOMPARE(m.code, 0);
        QVERIFY(m.err.isEmpty());
        const QJsonObject match = m.json().object();
        for (const char* key : {"match_index", "cosine", "aligned_terms", "missing_terms", "hint"})
            QVERIFY2(match.contains(QLatin1String(key)), key);
        QVERIFY(std::abs(match.value(QStringLiteral("cosine")).toDouble()
                         - results.at(0).toObject().value(QStringLiteral("cosine")).toDouble()) < 1e-12);
    }

    // rank --explain over stored applications never lists a term of the application's own company name or
    // location (issue 15, item 2): "Nimbus Cloud" is no cloud computing a resume should add.
    void rankExplainLeavesOutTheCompanyAndLocation()
    {
        const QString db = m_dir.filePath(QStringLiteral("nimbus.sqlite"));
        const QString jd = write(QStringLiteral("nimbus.txt"),
                                 "Nimbus Cloud is hiring a Data Engineer (Munich).\nRequirements: SQL, Spark, Airflow, "
                                 "Python, data modelling, dbt. Our partner Swift Parcel ships the data.\n"
                                 "Nimbus Cloud is an equal opportunity employer.");
        const QString other = write(QStringLiteral("other.txt"), "Designer in Berlin: Figma, user research");
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Nimbus Cloud"), QStringLiteral("--title"),
                      QStringLiteral("Data Engineer"), QStringLiteral("--location"), QStringLiteral("Munich"),
                      QStringLiteral("--jd-file"), jd}, db).code, 0);
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Pixel"), QStringLiteral("--title"),
                      QStringLiteral("Designer"), QStringLiteral("--jd-file"), other}, db).code, 0);
        const QString resume = write(QStringLiteral("analyst.txt"), "Data analyst: SQL and Python, data modelling.");
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"), resume,
                           QStringLiteral("--explain")}, db);
        QCOMPARE(r.code, 0);
        const QJsonObject first = r.json().object().value(QStringLiteral("results")).toArray().at(0).toObject();
        QStringList terms;
        for (const char* list : {"aligned_terms", "missing_terms"}) {
            for (const QJsonValue& term : first.value(QLatin1String(list)).toArray())
                terms.append(term.toObject().value(QStringLiteral("term")).toString());
        }
        QVERIFY2(terms.contains(QStringLiteral("spark")), qPrintable(terms.join(QLatin1Char(','))));
        for (const QString& term : std::as_const(terms)) {
            for (const char* name : {"nimbus", "cloud", "munich", "swift"})
                QVERIFY2(!term.contains(QLatin1String(name)), qPrintable(terms.join(QLatin1Char(','))));
        }
    }

    // A --jds line names no company or location, but its text still says who hires, where, with whom, and
    // what it offers: none of that is listed either (issue 15, item 2).
    void rankExplainOfAFileLeavesOutNamesAndBoilerplate()
    {
        QByteArray lines;
        const char* const texts[] = {
            "Tenhulul Cloud is hiring in Miquin. You will work with partners such as Mibelmi Swift.\n"
            "Requirements: SQL, Spark, Airflow.\nWe offer health insurance and a gym membership.",
            "Designer in Berlin: Figma and user research. We offer health insurance.",
            "Support engineer: Linux, Bash, customer tickets."};
        for (int i = 0; i < 3; ++i) {
            lines += QJsonDocument(QJsonObject{{QStringLiteral("id"), i}, {QStringLiteral("text"), QString::fromUtf8(texts[i])}})
                         .toJson(QJsonDocument::Compact) + '\n';
        }
        const QString jds = write(QStringLiteral("named.jsonl"), lines);
        const QString resume = write(QStringLiteral("engineer.txt"), "Data engineer: SQL and Airflow.");
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"), resume,
                              QStringLiteral("--jds"), jds, QStringLiteral("--explain")});
        QCOMPARE(r.code, 0);
        const QJsonObject first = r.json().object().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 0);
        QStringList terms;
        for (const char* list : {"aligned_terms", "missing_terms"}) {
            for (const QJsonValue& term : first.value(QLatin1String(list)).toArray())
                terms.append(term.toObject().value(QStringLiteral("term")).toString());
        }
        QVERIFY2(terms.contains(QStringLiteral("spark")) && terms.contains(QStringLiteral("sql")),
                 qPrintable(terms.join(QLatin1Char(','))));
        for (const QString& term : std::as_const(terms)) {
            for (const char* name : {"tenhulul", "cloud", "miquin", "swift", "health", "gym"})
                QVERIFY2(!term.contains(QLatin1String(name)), qPrintable(terms.join(QLatin1Char(','))));
        }
    }

    void matchWithoutStoredJdsFitsOnTheTwoTextsAndWarns()
    {
        const QString resume = write(QStringLiteral("r.txt"), "Kubernetes and Terraform engineer");
        const QString jd = write(QStringLiteral("jd.txt"), "We need Kubernetes, Terraform and Go");
        const CliRun r = run({QStringLiteral("match"), QStringLiteral("--json"), QStringLiteral("--resume"), resume,
                           QStringLiteral("--jd"), jd}, m_dir.filePath(QStringLiteral("empty.sqlite")));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("warning") && r.err.contains("two given texts"), r.err.constData());
        const QJsonObject match = r.json().object();
        QVERIFY(match.value(QStringLiteral("cosine")).toDouble() > 0);
        QCOMPARE(match.value(QStringLiteral("missing_terms")).toArray().at(0).toObject().value(QStringLiteral("term")).toString(),
                 QStringLiteral("go"));
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString resume = write(QStringLiteral("u.txt"), "C++");
        QTest::newRow("rank without resume") << QStringList{QStringLiteral("rank")};
        QTest::newRow("match without jd") << QStringList{QStringLiteral("match"), QStringLiteral("--resume"), resume};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--fast")};
        QTest::newRow("bad top") << QStringList{QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--top"), QStringLiteral("-1")};
        QTest::newRow("words for top") << QStringList{QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--top"), QStringLiteral("ten")};
        QTest::newRow("unknown analyzer") << QStringList{QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--analyzer"), QStringLiteral("bm25")};
    }
    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, args);
        const QString db = m_dir.filePath(QStringLiteral("usage.sqlite"));
        const CliRun r = run(args, db);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(!QFile::exists(db), "a usage error touches no database");
    }

    void unreadableResumesFailWithOneLine_data()
    {
        QTest::addColumn<QString>("resume");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.txt")) << QStringLiteral("does not exist");
        QTest::newRow("empty") << write(QStringLiteral("blank.txt"), " \n") << QStringLiteral("holds no text");
        QTest::newRow("encrypted pdf") << data(QStringLiteral("documents/encrypted.pdf")) << QStringLiteral("encrypted");
    }
    void unreadableResumesFailWithOneLine()
    {
        QFETCH(QString, resume);
        QFETCH(QString, reason);
        const CliRun r = run({QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--jds"), parityJds()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    // Each of these once read until memory ran out (/dev/zero), waited for ever (a pipe) or read a whole
    // oversized file; each must now fail at once with one line naming the file and the reason.
    void hostileInputsFailFastWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        const QString resume = write(QStringLiteral("ok.txt"), "Senior C++ engineer");
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.txt"));
        if (!QFile::exists(fifo) && ::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0)
            qFatal("cannot make a FIFO");
        const QString big = write(QStringLiteral("big.txt"), QByteArray(5 * 1024 * 1024, 'a'));
        const QString zero = QStringLiteral("/dev/zero");
        const QString rank = QStringLiteral("rank");
        const QString add = QStringLiteral("add");
        const QStringList addArgs{add, QStringLiteral("--company"), QStringLiteral("C"), QStringLiteral("--title"),
                                  QStringLiteral("T"), QStringLiteral("--jd-file")};
        const QString notRegular = QStringLiteral("not a regular file");
        QTest::newRow("rank --resume /dev/zero")
            << QStringList{rank, QStringLiteral("--resume"), zero, QStringLiteral("--jds"), parityJds()} << notRegular;
        QTest::newRow("rank --resume FIFO")
            << QStringList{rank, QStringLiteral("--resume"), fifo, QStringLiteral("--jds"), parityJds()} << notRegular;
        QTest::newRow("rank --resume 5 MB")
            << QStringList{rank, QStringLiteral("--resume"), big, QStringLiteral("--jds"), parityJds()}
            << QStringLiteral("larger than 4 MB");
        QTest::newRow("rank --jds /dev/zero")
            << QStringList{rank, QStringLiteral("--resume"), resume, QStringLiteral("--jds"), zero} << notRegular;
        QTest::newRow("rank --jds FIFO")
            << QStringList{rank, QStringLiteral("--resume"), resume, QStringLiteral("--jds"), fifo} << notRegular;
        QTest::newRow("match --jd FIFO")
            << QStringList{QStringLiteral("match"), QStringLiteral("--resume"), resume, QStringLiteral("--jd"), fifo}
            << notRegular;
        QTest::newRow("add --jd-file /dev/zero") << (addArgs + QStringList{zero}) << notRegular;
        QTest::newRow("add --jd-file FIFO") << (addArgs + QStringList{fifo}) << notRegular;
        QTest::newRow("add --jd-file 5 MB") << (addArgs + QStringList{big}) << QStringLiteral("larger than 4 MB");
    }
    void hostileInputsFailFastWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const QString db = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        const CliRun r = run(args, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("list")}, db).out.trimmed(), QByteArray("[]"));
    }

    void malformedJdsFileFails()
    {
        const QString resume = write(QStringLiteral("m.txt"), "C++");
        const QString jds = write(QStringLiteral("bad.jsonl"), "{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2}\n");
        const CliRun r = run({QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--jds"), jds});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 2"), r.err.constData());
    }

    // The readable figure rides next to the raw ones in every JSON result; match_index and cosine keep
    // their meaning.
    void coverageAndBandAreInMatchAndRankJson()
    {
        const QString resume = write(QStringLiteral("cov.md"), "Python, SQL and data modelling");
        const QString jd = write(QStringLiteral("cov-jd.txt"), "Requirements: SQL, Spark, Airflow, Python, data modelling, dbt.");
        const QStringList bands{QStringLiteral("low"), QStringLiteral("fair"), QStringLiteral("good"), QStringLiteral("strong")};
        auto check = [&](const QJsonObject& object) {
            QVERIFY2(object.value(QStringLiteral("coverage")).isDouble(), QJsonDocument(object).toJson().constData());
            const double coverage = object.value(QStringLiteral("coverage")).toDouble();
            QVERIFY(coverage >= 0 && coverage <= 100);
            QCOMPARE(std::round(coverage * 10.0) / 10.0, coverage);
            QVERIFY(bands.contains(object.value(QStringLiteral("band")).toString()));
            QVERIFY(object.value(QStringLiteral("cosine")).isDouble());
            QVERIFY(object.value(QStringLiteral("match_index")).isDouble());
        };
        const CliRun match = run({QStringLiteral("--json"), QStringLiteral("match"), QStringLiteral("--resume"), resume,
                               QStringLiteral("--jd"), jd},
                              m_dir.filePath(QStringLiteral("coverage.sqlite")));
        QCOMPARE(match.code, 0);
        check(match.json().object());
        QCOMPARE(match.json().object().value(QStringLiteral("band")).toString(), QStringLiteral("fair"));
        for (const bool explain : {false, true}) {
            QStringList args{QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"), resume,
                             QStringLiteral("--jds"), parityJds(), QStringLiteral("--top"), QStringLiteral("0")};
            if (explain)
                args << QStringLiteral("--explain");
            const CliRun rank = run(args);
            QCOMPARE(rank.code, 0);
            const QJsonArray results = rank.json().object().value(QStringLiteral("results")).toArray();
            QVERIFY(!results.isEmpty());
            for (const QJsonValue& result : results) {
                check(result.toObject());
                QCOMPARE(result.toObject().contains(QStringLiteral("hint")), explain);
            }
        }
        const CliRun human = run({QStringLiteral("match"), QStringLiteral("--resume"), resume, QStringLiteral("--jd"), jd},
                              m_dir.filePath(QStringLiteral("coverage.sqlite")));
        QVERIFY2(human.out.contains("/ 100, Fair"), human.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMatch)
#include "tst_cli_match.moc"
