// The skill taxonomy reduced at build time from the hand-written lists and O*NET (issue 15, item 4):
// it loads, the tables built into the program are the ones parse() makes of its text, it covers every
// trade the issue names, aliases and phrases fold into one canonical term, and the default analyzer reads
// a trade posting with it.
#include "matching/SkillTaxonomy.h"
#include "matching/TechAnalyzer.h"
#include "matching/TermTable.h"

#include <QFile>
#include <QSet>
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

// The reduced text in the build folder, which the built-in tables were generated from.
QString builtInText()
{
    QFile file(QStringLiteral(JOBDECK_TAXONOMY_TEXT));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

qsizetype indexOf(const SkillTaxonomy& taxonomy, const Skill* skill)
{
    return skill ? skill - taxonomy.skills().constData() : -1;
}

QString canonical(const QString& text)
{
    const QStringList tokens = unigrams(text);
    return tokens.size() == 1 ? tokens.first() : tokens.join(QLatin1Char(' ')) + QStringLiteral(" (not one term)");
}

} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void textLoadsWithItsSourcesNamed()
    {
        const QString text = builtInText();
        QVERIFY(text.contains(QLatin1String("O*NET 29.2")));
        QVERIFY(text.contains(QLatin1String("CC BY 4.0")));
        int skipped = -1;
        const SkillTaxonomy parsed = SkillTaxonomy::parse(text, &skipped);
        QCOMPARE(skipped, 0);
        const SkillTaxonomy& builtIn = SkillTaxonomy::builtIn();
        QCOMPARE(builtIn.size(), parsed.size());
        // The hand-written lists (about 480 skills) and several thousand O*NET tools and technologies.
        QVERIFY2(builtIn.size() > 3000, qPrintable(QString::number(builtIn.size())));
        // Still small: the compact list, not the O*NET database.
        QVERIFY2(text.size() < 1'000'000, qPrintable(QString::number(text.size())));
    }

    // The tables built into the program (taxonomy_tables.cpp, written by reduce_taxonomy) are the ones
    // parse() makes of the same text: same skills, keys and fingerprint, tables of the same sizes, and the
    // same answer from every lookup of every key, every prefix and word of one, and of near misses.
    void builtInTablesAreWhatParseMakes()
    {
        const QString text = builtInText();
        QVERIFY(!text.isEmpty());
        const SkillTaxonomy parsed = SkillTaxonomy::parse(text);
        const SkillTaxonomy& builtIn = SkillTaxonomy::builtIn();
        // Saved models are checked against the fingerprint: it is the SHA-1 of the text, as it always was.
        QCOMPARE(builtIn.fingerprint(), parsed.fingerprint());
        QCOMPARE(builtIn.size(), parsed.size());
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const Skill& ours = builtIn.skills().at(i);
            const Skill& theirs = parsed.skills().at(i);
            QVERIFY2(ours.term == theirs.term && ours.hard == theirs.hard && ours.hash == theirs.hash,
                     qPrintable(theirs.term));
        }
        QCOMPARE(builtIn.keys(), parsed.keys());
        QCOMPARE(builtIn.longestPhrase(), parsed.longestPhrase());
        const auto sizes = [](const SkillTaxonomy::TableSizes& s) {
            return QStringLiteral("%1 %2 %3 %4").arg(s.phrases).arg(s.phraseHeads).arg(s.phraseSteps).arg(s.capitalOnly);
        };
        QCOMPARE(sizes(builtIn.tableSizes()), sizes(parsed.tableSizes()));

        // Each table's keys are keys, their first words or their prefixes, so with the sizes equal these
        // lookups cover every entry of both.
        QSet<QString> probes;
        for (const QString& key : parsed.keys()) {
            for (qsizetype space = 0; space >= 0; space = key.indexOf(QLatin1Char(' '), space + 1)) {
                probes.insert(key.left(space));
                probes.insert(key.mid(space).trimmed());
            }
            probes.insert(key);
            probes.insert(key + QLatin1Char('x'));
            probes.insert(key.toUpper());
        }
        for (const char* miss : {"", " ", "the", "a", "data team", "experience with", "zzz"})
            probes.insert(QString::fromLatin1(miss));
        QVERIFY(probes.size() > 2 * parsed.keys().size());
        SkillTaxonomy::TableSizes found;
        for (const QString& probe : std::as_const(probes)) {
            const quint64 hash = TermTable::hash(probe);
            const qsizetype skill = indexOf(parsed, parsed.find(probe, hash));
            QVERIFY2(indexOf(builtIn, builtIn.find(probe, hash)) == skill, qPrintable(probe));
            QVERIFY2(indexOf(builtIn, builtIn.find(probe)) == skill, qPrintable(probe));
            QVERIFY2(indexOf(builtIn, builtIn.findPhrase(probe)) == skill, qPrintable(probe));
            QVERIFY2(builtIn.startsPhrase(probe, hash) == parsed.startsPhrase(probe, hash), qPrintable(probe));
            const SkillTaxonomy::PhraseStep ours = builtIn.phraseStep(probe, hash);
            const SkillTaxonomy::PhraseStep theirs = parsed.phraseStep(probe, hash);
            QVERIFY2(indexOf(builtIn, ours.skill) == indexOf(parsed, theirs.skill) && ours.extends == theirs.extends,
                     qPrintable(probe));
            QVERIFY2(builtIn.needsCapital(probe, hash) == parsed.needsCapital(probe, hash), qPrintable(probe));
            QVERIFY2(builtIn.needsCapital(probe) == parsed.needsCapital(probe), qPrintable(probe));
            found.phrases += skill >= 0 ? 1 : 0;
            found.phraseHeads += parsed.startsPhrase(probe, hash) ? 1 : 0;
            found.phraseSteps += theirs.skill || theirs.extends ? 1 : 0;
            found.capitalOnly += parsed.needsCapital(probe, hash) ? 1 : 0;
        }
        QCOMPARE(sizes(found), sizes(parsed.tableSizes()));
    }

    // A table viewed over constants copies them on its first insert; a copy of a filled one is its own.
    void offsetTablesCopyBeforeWriting()
    {
        const char16_t text[] = u"alphabetagamma";
        OffsetTermTable filled;
        filled.insert(0, 5, TermTable::hash(u"alpha"), 7);
        filled.insert(5, 4, TermTable::hash(u"beta"), 8);
        const OffsetTermTable::Slot* const constants = filled.begin();
        OffsetTermTable view = OffsetTermTable::over(constants, filled.capacity(), filled.size());
        QVERIFY(view.begin() == constants);
        QCOMPARE(view.find(text, u"beta", TermTable::hash(u"beta")), 8);
        view.insert(9, 5, TermTable::hash(u"gamma"), 9);
        QVERIFY(view.begin() != constants);
        QCOMPARE(view.find(text, u"gamma", TermTable::hash(u"gamma")), 9);
        QCOMPARE(view.find(text, u"alpha", TermTable::hash(u"alpha")), 7);
        QCOMPARE(filled.find(text, u"gamma", TermTable::hash(u"gamma")), -1);
        OffsetTermTable copy = filled;
        copy.insert(9, 5, TermTable::hash(u"gamma"), 9);
        QCOMPARE(filled.find(text, u"gamma", TermTable::hash(u"gamma")), -1);
        QCOMPARE(copy.find(text, u"beta", TermTable::hash(u"beta")), 8);
        // Growing past three quarters keeps every key.
        QString many;
        for (int i = 0; i < 100; ++i) {
            const QString key = QStringLiteral("k%1;").arg(i);
            copy.insert(quint32(many.size()), quint32(key.size()), TermTable::hash(key), 100 + i);
            many += key;
        }
        QVERIFY(copy.capacity() >= 128);
        const auto* manyText = reinterpret_cast<const char16_t*>(many.constData());
        for (int i = 0; i < 100; ++i) {
            const QString key = QStringLiteral("k%1;").arg(i);
            QCOMPARE(copy.find(manyText, key, TermTable::hash(key)), 100 + i);
        }
    }

    void everyTradeIsCovered()
    {
        const SkillTaxonomy& skills = SkillTaxonomy::builtIn();
        const QStringList expected = {
            // healthcare
            QStringLiteral("registered nurse"), QStringLiteral("phlebotomy"), QStringLiteral("radiography"),
            QStringLiteral("defibrillator"),
            // trades and manufacturing
            QStringLiteral("cnc machining"), QStringLiteral("gd&t"), QStringLiteral("welding"), QStringLiteral("plc programming"),
            QStringLiteral("oscilloscope"),
            // logistics
            QStringLiteral("forklift"), QStringLiteral("cdl class a"), QStringLiteral("pallet jack"),
            // finance, sales, education, design, software
            QStringLiteral("general ledger"), QStringLiteral("quickbooks"), QStringLiteral("cold calling"),
            QStringLiteral("lesson planning"), QStringLiteral("adobe creative suite"), QStringLiteral("autocad"),
            QStringLiteral("kubernetes")};
        for (const QString& term : expected) {
            const Skill* skill = skills.findPhrase(term);
            QVERIFY2(skill, qPrintable(term));
            QVERIFY2(skill->hard, qPrintable(term));
        }
    }

    void aliasesMapToOneCanonicalTerm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::newRow("RN") << QStringLiteral("RN") << QStringLiteral("registered nurse");
        QTest::newRow("registered nurse") << QStringLiteral("Registered Nurse") << QStringLiteral("registered nurse");
        QTest::newRow("LPN is not RN") << QStringLiteral("LPN") << QStringLiteral("licensed practical nurse");
        QTest::newRow("CDL Class A") << QStringLiteral("CDL Class A") << QStringLiteral("cdl class a");
        QTest::newRow("Class A CDL") << QStringLiteral("Class A CDL") << QStringLiteral("cdl class a");
        QTest::newRow("CDL-A") << QStringLiteral("CDL-A") << QStringLiteral("cdl class a");
        QTest::newRow("GD&T") << QStringLiteral("GD&T") << QStringLiteral("gd&t");
        QTest::newRow("spelled-out GD&T") << QStringLiteral("geometric dimensioning and tolerancing")
                                         << QStringLiteral("gd&t");
        QTest::newRow("forklift") << QStringLiteral("forklift") << QStringLiteral("forklift");
        QTest::newRow("forklift operation") << QStringLiteral("forklift operation") << QStringLiteral("forklift");
        QTest::newRow("powered industrial trucks") << QStringLiteral("powered industrial trucks") << QStringLiteral("forklift");
        QTest::newRow("cnc machining") << QStringLiteral("CNC machining") << QStringLiteral("cnc machining");
        QTest::newRow("CNC programmer") << QStringLiteral("CNC programmer") << QStringLiteral("cnc programming");
        QTest::newRow("G-code") << QStringLiteral("G-code") << QStringLiteral("cnc programming");
        QTest::newRow("patient care") << QStringLiteral("patient care") << QStringLiteral("patient care");
        QTest::newRow("lockout tagout") << QStringLiteral("lock out tag out") << QStringLiteral("lockout/tagout");
        QTest::newRow("ARRT") << QStringLiteral("ARRT certified") << QStringLiteral("arrt");
        // From O*NET's tools: a plural name, its singular, and the acronym form of a spelled-out name.
        QTest::newRow("O*NET plural") << QStringLiteral("pallet jacks") << QStringLiteral("pallet jack");
        QTest::newRow("O*NET acronym") << QStringLiteral("computerized numerical control machining centers")
                                       << QStringLiteral("cnc machining center");
        QTest::newRow("O*NET acronym short") << QStringLiteral("CNC machining centers") << QStringLiteral("cnc machining center");
    }
    void aliasesMapToOneCanonicalTerm()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QCOMPARE(canonical(text), term);
    }

    // Everyday words O*NET names as tools (levels, files, scales) stay words, not skills.
    void commonWordsAreNotTools()
    {
        const SkillTaxonomy& skills = SkillTaxonomy::builtIn();
        for (const char* word : {"level", "file", "scale", "files", "computer", "email", "truck", "platform", "database",
                                 "mapping", "reporting", "scheduling"})
            QVERIFY2(!skills.findPhrase(QString::fromLatin1(word)), word);
        // "Salesforce software" is a brand, "Database software" is not.
        QVERIFY(skills.findPhrase(QStringLiteral("salesforce software")));
        QCOMPARE(skills.findPhrase(QStringLiteral("salesforce software"))->term, QStringLiteral("salesforce"));
        // A technology named with a common word counts only when capitalised.
        QVERIFY(skills.needsCapital(QStringLiteral("debuggers")));
        QVERIFY(!skills.needsCapital(QStringLiteral("oscilloscope")));
    }

    // Trade spellings that are everyday words in software ads stay words there.
    void softwareWordsAreNotTradeSkills()
    {
        const QStringList tokens = unigrams(QStringLiteral(
            "We value diverse cultures. You will build lazy loading, client-side routing and Redux dispatch, keep "
            "shipping features, grading is automated, our PMs follow the style guide and the CSS layout, and "
            "Python packaging; charting libraries, turning ideas into code, picking up new tools."));
        for (const char* term : {"microbiology", "loading and unloading", "route planning", "shipping and receiving",
                                 "preventive maintenance", "brand guidelines", "layout design", "packaging design",
                                 "site development", "clinical documentation", "lathe", "order picking"})
            QVERIFY2(!tokens.contains(QLatin1String(term)), qPrintable(QString::fromLatin1(term) + QStringLiteral(" in ")
                                                                      + tokens.join(QLatin1Char(','))));
    }

    void tradePostingTokens()
    {
        const QString posting = QStringLiteral(
            "Warehouse Associate (2nd shift)\n"
            "Requirements:\n"
            "- Forklift certified; able to operate a reach truck and electric pallet jacks.\n"
            "- Experience with RF scanners and cycle counts.\n"
            "- CDL Class A with HazMat endorsement a plus.\n");
        const QStringList tokens = unigrams(posting);
        for (const char* term : {"forklift", "reach truck", "pallet jack", "rf scanner", "cycle counting", "cdl class a",
                                 "hazmat endorsement"})
            QVERIFY2(tokens.contains(QLatin1String(term)), qPrintable(QString::fromLatin1(term) + QStringLiteral(" in ") + tokens.join(QLatin1Char(','))));
        // Requirement lines count twice, so each skill named in them appears twice.
        QCOMPARE(tokens.count(QStringLiteral("forklift")), 2);
        // The phrase's words are folded, not left beside the term.
        QVERIFY(!tokens.contains(QStringLiteral("pallet")));
        QVERIFY(!tokens.contains(QStringLiteral("jacks")));
        // Skills weigh as hard skills.
        QCOMPARE(TechAnalyzer().termBoost(QStringLiteral("forklift")), TechAnalyzer::kHardSkillBoost);
    }

    void nurseAndMachinistPostings()
    {
        const QStringList nurse = unigrams(QStringLiteral(
            "Med-Surg RN: BLS and ACLS required, Epic charting, IV therapy, wound care and medication administration."));
        for (const char* term : {"med-surg", "registered nurse", "bls", "acls", "ehr",
                                 "iv therapy", "wound care", "medication administration"})
            QVERIFY2(nurse.contains(QLatin1String(term)), qPrintable(QString::fromLatin1(term) + QStringLiteral(" in ") + nurse.join(QLatin1Char(','))));
        const QStringList machinist = unigrams(QStringLiteral(
            "Set up Haas and Fanuc CNC mills and lathes; read blueprints with GD&T; inspect with calipers and micrometers."));
        for (const char* term : {"haas", "fanuc", "milling", "lathe", "blueprint reading", "gd&t", "calipers", "micrometers"})
            QVERIFY2(machinist.contains(QLatin1String(term)),
                     qPrintable(QString::fromLatin1(term) + QStringLiteral(" in ") + machinist.join(QLatin1Char(','))));
    }

    // The phrase search stops at a prefix no longer key starts with, and still finds the longest key.
    void phrasePrefixes()
    {
        const SkillTaxonomy skills = SkillTaxonomy::parse(QStringLiteral(
            "alpha beta gamma delta | hard |\nalpha beta | hard |\n"));
        QVERIFY(skills.extendsPhrase(QStringLiteral("alpha beta")));
        QVERIFY(skills.extendsPhrase(QStringLiteral("alpha beta gamma")));
        QVERIFY(!skills.extendsPhrase(QStringLiteral("alpha beta gamma delta")));
        QVERIFY(!skills.extendsPhrase(QStringLiteral("alpha gamma")));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
