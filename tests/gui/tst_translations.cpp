// The German and French translations: both .ts files are finished, keep every placeholder and cover what lupdate
// finds in the sources today, and once a language is installed the real main window speaks it, stage names and
// Qt's own buttons included.
#include "Translations.h"
#include "WindowFixture.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>


using namespace jobdeck;
using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file, as far as the checks need it.
struct TsMessage
{
    QString context;
    QString source;
    QString type; // the <translation>'s type: "", "unfinished", "obsolete" or "vanished"
    QStringList forms; // the translation, or its plural forms
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value("type"_L1).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%(n|L?[1-9][0-9]?)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

// The sources translations/CMakeLists.txt hands to lupdate (the CLI stays English and is left out).
QStringList translatedSources()
{
    QStringList files;
    for (const char* folder : {"src/core", "src/gui", "src/app", "ui"}) {
        QDirIterator it(QStringLiteral(JOBDECK_SOURCE_DIR "/") + QLatin1String(folder),
                        {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/translations/jobdeck_%1.ts").arg(language);
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    using Fixture = WindowFixture;

    // Runs lupdate over the translated sources into `ts`, as the update_translations target does.
    static bool runLupdate(const QTemporaryDir& scratch, const QString& ts, QString* errors)
    {
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
        if (!QFileInfo(lupdate).isExecutable() && !QFileInfo(lupdate + u".exe"_s).isExecutable()) {
            qWarning("no lupdate at %s", qPrintable(lupdate));
            return false;
        }
        QFile list(scratch.filePath(u"sources.lst"_s));
        if (!list.open(QIODevice::WriteOnly | QIODevice::Text))
            return false;
        // The include paths let lupdate see each class's namespace, as the update_translations target does.
        QStringList lines{u"-I" JOBDECK_SOURCE_DIR "/src/core"_s, u"-I" JOBDECK_SOURCE_DIR "/src/gui"_s,
                          u"-I" JOBDECK_SOURCE_DIR "/src/app"_s};
        lines += translatedSources();
        list.write(lines.join(u'\n').toUtf8());
        list.close();

        QProcess process;
        process.start(lupdate, {u"-locations"_s, u"none"_s, u"@"_s + list.fileName(), u"-ts"_s, ts});
        const bool finished = process.waitForFinished(120000);
        *errors = QString::fromLocal8Bit(process.readAllStandardError());
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("lupdate failed: %s", qPrintable(process.errorString() + u' ' + *errors));
            return false;
        }
        return true;
    }

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }
    // English needs no translation: choosing it undoes whatever a test installed.
    void cleanup() { installTranslations(*qApp, QStringLiteral("en")); }

    void germanOverrideGivesGermanMenusStagesAndQtButtons()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
        Fixture f;
        const QStringList titles = menuTitles(*f.window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(u", ")));
        QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(u", ")));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
        QCOMPARE(f.window->fileMenu()->title(), QStringLiteral("&Datei"));
        // Stage names come from core code (QCoreApplication::translate), not from the window's own tr().
        QCOMPARE(f.actionText("moveTo_offer"), QStringLiteral("Angebot"));
        if (!QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s))
            QSKIP("Qt's own German translation is not installed (Debian: qt6-translations-l10n)");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void frenchOverrideReplacesGerman()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
        QVERIFY(installTranslations(*qApp, QStringLiteral("fr")));
        Fixture f;
        QCOMPARE(f.window->fileMenu()->title(), QStringLiteral("&Fichier"));
        QCOMPARE(f.actionText("moveTo_offer"), QStringLiteral("Offre"));
        QCOMPARE(QLocale().language(), QLocale::French);
    }

    void englishOverrideRemovesTheTranslation()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("de")));
        installTranslations(*qApp, QStringLiteral("en"));
        Fixture f;
        QCOMPARE(f.window->fileMenu()->title(), QStringLiteral("&File"));
        QCOMPARE(f.actionText("moveTo_offer"), QStringLiteral("Offer"));
    }

    void englishPluralsReadRight()
    {
        // English carries only its plural forms, so "%n application(s)" never shows its brackets.
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ImportReport", "Imported %n application(s).", nullptr, 1),
                 QStringLiteral("Imported 1 application."));
        QCOMPARE(QCoreApplication::translate("ImportReport", "Imported %n application(s).", nullptr, 3),
                 QStringLiteral("Imported 3 applications."));
    }

    // A language with no Jobdeck translation (or a bare session's C locale) reads English, plurals and all:
    // the Match page said "Ranked 2 job description(s)" there.
    void aLanguageWithoutATranslationGetsEnglishPlurals()
    {
        QVERIFY(!installTranslations(*qApp, QStringLiteral("es")));
        QCOMPARE(QCoreApplication::translate("jobdeck::MatchPage",
                                             "Ranked %n job description(s); select one to see its match.", nullptr, 2),
                 QStringLiteral("Ranked 2 job descriptions; select one to see its match."));
        QCOMPARE(QCoreApplication::translate("ImportReport", "Imported %n application(s).", nullptr, 1),
                 QStringLiteral("Imported 1 application."));
    }

    void noOverrideOrAnUnknownOneFollowsTheSystem()
    {
        QCOMPARE(translationLocale(QString()), QLocale::system());
        QCOMPARE(translationLocale(QStringLiteral("  ")), QLocale::system());
        QCOMPARE(translationLocale(QStringLiteral("zz")), QLocale::system());
        QCOMPARE(translationLocale(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(translationLocale(QStringLiteral("fr_CA")).territory(), QLocale::Canada);
    }

    void tsFilesCoverTheCurrentSources_data() { tsFilesAreFinishedAndKeepPlaceholders_data(); }

    // lupdate, run on a scratch copy, finds no string the .ts lacks and none it holds that the code dropped.
    void tsFilesCoverTheCurrentSources()
    {
        QFETCH(QString, language);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(QFileInfo(tsPath(language)).fileName());
        QVERIFY(QFile::copy(tsPath(language), copy));
        QString lupdateErrors;
        QVERIFY(runLupdate(scratch, copy, &lupdateErrors));

        QString error;
        QStringList stale;
        for (const TsMessage& m : readTs(copy, &error)) {
            if (!m.type.isEmpty())
                stale.append(m.type + u": ["_s + m.context + u"] "_s + m.source);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("jobdeck_%1.ts is behind the sources; run `cmake --build <dir> --target "
                                           "update_translations`, then translations/fill.py:\n  %2")
                                .arg(language, stale.join(QStringLiteral("\n  ")))));
    }

    void tsFilesAreFinishedAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void tsFilesAreFinishedAndKeepPlaceholders()
    {
        QFETCH(QString, language);
        const QString path = tsPath(language);
        QString error;
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + u": "_s + error));
        QVERIFY2(messages.size() > 100, qPrintable(path + u" holds too few messages"_s));

        QStringList problems;
        for (const TsMessage& m : messages) {
            const QString where = u'[' + m.context + u"] "_s + m.source + u": "_s;
            if (!m.type.isEmpty()) {
                problems.append(where + m.type);
                continue;
            }
            // French and German both have two plural forms.
            if (m.numerus && m.forms.size() != 2)
                problems.append(where + QString::number(m.forms.size()) + u" plural forms"_s);
            for (const QString& form : m.forms) {
                if (form.isEmpty()) {
                    problems.append(where + u"empty translation"_s);
                    continue;
                }
                QStringList wanted = placeholders(m.source);
                QStringList got = placeholders(form);
                // A singular form may spell the count out ("eine Bewerbung") instead of writing %n.
                if (m.numerus && !got.contains(QStringLiteral("%n")))
                    wanted.removeAll(QStringLiteral("%n"));
                if (got != wanted)
                    problems.append(where + u"placeholders "_s + got.join(u' ') + u" instead of "_s + wanted.join(u' '));
                if (m.source.count(u'&') != 0 && !m.source.contains(u"&&") && form.count(u'&') != m.source.count(u'&'))
                    problems.append(where + u"the accelerator is lost in \""_s + form + u'"');
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 entries are not done (rerun translations/fill.py after lupdate):\n  %3")
                                .arg(QFileInfo(path).fileName())
                                .arg(problems.size())
                                .arg(problems.join(QStringLiteral("\n  ")))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
