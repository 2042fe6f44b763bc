#include "MockClock.h"
#include "TestDatabase.h"

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/DateReader.h"
#include "io/ImportPlanner.h"
#include "io/ImportService.h"
#include "io/ImportWriter.h"
#include "io/StatusMapping.h"
#include "util/Time.h"
#include "storage/ApplicationRepository.h"
#include "storage/TaskRepository.h"
#include "pipeline/PipelineService.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace jobdeck;
using namespace jobdeck::io;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/import/") + QString::fromLatin1(name);
}

// Every data row is imported (or ready), skipped or in error, exactly once.
bool accountsForEveryRow(const ImportReport& r)
{
    QSet<int> errorLines;
    for (const LineNote& e : r.errors)
        errorLines.insert(e.line);
    const int placed = (r.hasErrors() ? r.ready : std::max(r.imported, r.ready)) + int(r.skipped.size())
                       + int(errorLines.size());
    return placed == r.rows;
}

// The warnings about one line of the file (they start "line N:").
QStringList warningsAbout(const ImportReport& r, int line)
{
    return r.warnings.filter(QRegularExpression(QStringLiteral("^line %1:").arg(line)));
}

Application byCompany(const Database& db, const QString& company)
{
    const Result<QList<Application>> all = ApplicationRepository(db).list({std::nullopt, true});
    for (const Application& a : all.value()) {
        if (a.company == company)
            return a;
    }
    return {};
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    Result<ImportReport> importFixture(TestDatabase& t, const char* name, ImportOptions options = {})
    {
        return ImportService(t.db(), m_clock).importFile(fixture(name), options);
    }
    MockClock m_clock; // 2026-01-05 09:00 UTC

private slots:
    void linkedInExportIsDetectedAndMapped()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "linkedin.csv");
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->format, ImportFormat::LinkedIn);
        QCOMPARE(report->imported, 3);
        QVERIFY(report->warnings.isEmpty());
        const Application acme = byCompany(t.db(), QStringLiteral("Acme Robotics"));
        QCOMPARE(acme.title, QStringLiteral("Engineer, Backend"));
        QCOMPARE(acme.appliedOn, QDate(2025, 1, 5));
        QCOMPARE(acme.source, QStringLiteral("LinkedIn"));
        QCOMPARE(acme.url, QStringLiteral("https://www.linkedin.com/jobs/view/1001"));
        QVERIFY(acme.notes.contains(QStringLiteral("jane@acme.example")));
        QVERIFY(acme.notes.contains(QStringLiteral("+1 555 0100")));
        QVERIFY(acme.notes.contains(QStringLiteral("Jane_Doe_CV.pdf")));
        QVERIFY(byCompany(t.db(), QStringLiteral("Globex")).notes.contains(QStringLiteral("Willing to relocate?: Yes")));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Globex")).appliedOn, QDate(2025, 1, 15));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Initech")).title, QStringLiteral("Senior \"Staff\" Engineer"));
    }

    void tealExportUsesStatusNamesAndSalaryRanges()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "teal.csv");
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->format, ImportFormat::Teal);
        QCOMPARE(report->imported, 4);
        const Application umbrella = byCompany(t.db(), QStringLiteral("Umbrella"));
        QCOMPARE(umbrella.stage, Stage::Onsite);
        QCOMPARE(umbrella.salary, QStringLiteral("120000 - 150000"));
        QCOMPARE(umbrella.source, QStringLiteral("Referral"));
        QCOMPARE(umbrella.location, QStringLiteral("Remote"));
        QCOMPARE(umbrella.notes, QStringLiteral("Met Sam at meetup"));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Hooli")).location, QStringLiteral("Mountain View, CA"));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Pied Piper")).stage, Stage::Rejected);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Pied Piper")).salary, QStringLiteral("100000"));
        const Application vandelay = byCompany(t.db(), QStringLiteral("Vandelay"));
        QCOMPARE(vandelay.stage, Stage::Saved);
        QVERIFY(!vandelay.appliedOn.has_value());
    }

    void huntrListsBecomeStagesAndUnknownStatusesAreKeptInNotes()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "huntr.csv");
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->format, ImportFormat::Huntr);
        QCOMPARE(report->imported, 4);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Wayne Enterprises")).stage, Stage::Screen);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Oscorp")).stage, Stage::Offer);
        const Application cyberdyne = byCompany(t.db(), QStringLiteral("Cyberdyne"));
        QCOMPARE(cyberdyne.stage, Stage::Applied);
        QVERIFY(cyberdyne.notes.contains(QStringLiteral("Waiting on referral")));
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY(report->warnings.first().contains(QStringLiteral("Waiting on referral")));
        QVERIFY(report->warnings.first().contains(QStringLiteral("line 5")));
    }

    void unknownStatusesGoToTheNearestStage()
    {
        QCOMPARE(StatusMapping::map(QStringLiteral("2nd round interview")).stage, Stage::Onsite);
        QVERIFY(!StatusMapping::map(QStringLiteral("2nd round interview")).known);
        QCOMPARE(StatusMapping::map(QStringLiteral("Offer - negotiating")).stage, Stage::Offer);
        QCOMPARE(StatusMapping::map(QStringLiteral("Phone Screen")).stage, Stage::Screen);
        QVERIFY(StatusMapping::map(QStringLiteral("Phone Screen")).known);
        QCOMPARE(StatusMapping::map(QStringLiteral("Wishlist")).stage, Stage::Saved);
        QCOMPARE(StatusMapping::map(QStringLiteral("Zzz")).stage, Stage::Applied);
    }

    void dayFirstIsDecidedFromTheRowsThatSettleIt()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "generic_dayfirst.csv");
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->format, ImportFormat::Generic);
        QCOMPARE(report->imported, 3);
        QVERIFY(report->warnings.isEmpty());
        const Application mueller = byCompany(t.db(), QStringLiteral("Müller GmbH"));
        QCOMPARE(mueller.appliedOn, QDate(2025, 1, 5));
        QCOMPARE(mueller.salary, QStringLiteral("55.000 €"));
        QCOMPARE(mueller.source, QStringLiteral("StepStone"));
        const Application dupont = byCompany(t.db(), QStringLiteral("Dupont SA"));
        QCOMPARE(dupont.title, QStringLiteral("Ingénieur, logiciel"));
        QCOMPARE(dupont.stage, Stage::Technical);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Rossi Srl")).appliedOn, QDate(2025, 2, 3));
    }

    void ambiguousDatesAreReadMonthFirstWithAWarning()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "generic_ambiguous.csv");
        QVERIFY(report);
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY(report->warnings.first().contains(QStringLiteral("month-first")));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Alpha")).appliedOn, QDate(2025, 1, 2));
    }

    void monthNamesExcelSerialsAndIsoTimesAreDates()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "generic_mixed_dates.csv");
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->imported, 4);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Alpha")).appliedOn, QDate(2025, 7, 8)); // latest 8 July by 2026-01-05
        QCOMPARE(byCompany(t.db(), QStringLiteral("Beta")).appliedOn, QDate(2025, 1, 5));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Gamma")).appliedOn, QDate(2025, 2, 1));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Delta")).appliedOn, QDate(2025, 3, 3));
    }

    void dateReaderShapes()
    {
        DateReader reader(QDate(2026, 1, 5));
        QCOMPARE(reader.read(QStringLiteral("1/5/25, 9:14 AM")), QDate(2025, 1, 5));
        QCOMPARE(reader.read(QStringLiteral("8 July 2024")), QDate(2024, 7, 8));
        QCOMPARE(reader.read(QStringLiteral("08-Jul-24")), QDate(2024, 7, 8));
        QCOMPARE(reader.read(QStringLiteral("2025/03/04")), QDate(2025, 3, 4));
        QCOMPARE(reader.read(QStringLiteral("45292")), QDate(2024, 1, 1));
        QCOMPARE(reader.read(QStringLiteral("9-Feb")), QDate(2025, 2, 9));
        QVERIFY(!reader.read(QStringLiteral("13/13/2025")));
        QVERIFY(!reader.read(QStringLiteral("soon")));
        QVERIFY(!reader.read(QStringLiteral("8-Julio")));
        reader.setOrder(DateReader::Order::DayFirst);
        QCOMPARE(reader.read(QStringLiteral("05.01.2025")), QDate(2025, 1, 5));
    }

    void blankRowsAndDuplicatesAreSkippedAndCounted()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "blanks_and_duplicates.csv");
        QVERIFY(report);
        QCOMPARE(report->rows, 6);
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->skipped.size(), 4);
        QCOMPARE(report->skippedDuplicates, 2);
        QCOMPARE(report->skipped.at(0).line, 3);
        QCOMPARE(report->skipped.at(2).line, 5);
        QVERIFY(report->skipped.at(2).text.contains(QStringLiteral("line 2")));
        QVERIFY(accountsForEveryRow(*report));
    }

    void applicationsAlreadyStoredAreDuplicates()
    {
        TestDatabase t;
        QVERIFY(importFixture(t, "linkedin.csv"));
        const Result<ImportReport> again = importFixture(t, "linkedin.csv");
        QVERIFY(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->skippedDuplicates, 3);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 3);
    }

    void aFileWithErrorsImportsNothingAndListsEveryError()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "errors.csv");
        QVERIFY(report);
        QCOMPARE(report->imported, 0);
        QList<int> lines;
        for (const LineNote& e : report->errors)
            lines.append(e.line);
        // Line 5's unreadable date is not an error by default, only a warning.
        QCOMPARE(lines, (QList<int>{3, 4, 6}));
        QVERIFY(report->errors.at(2).text.contains(QStringLiteral("5 fields")));
        QCOMPARE(warningsAbout(*report, 5).size(), 1);
        QCOMPARE(report->ready, 3);
        QVERIFY(accountsForEveryRow(*report));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 0);
    }

    void strictMakesAnUnreadableDateAnErrorAgain()
    {
        TestDatabase t;
        ImportOptions options;
        options.strict = true;
        const Result<ImportReport> report = importFixture(t, "errors.csv", options);
        QVERIFY(report);
        QCOMPARE(report->imported, 0);
        QList<int> lines;
        for (const LineNote& e : report->errors)
            lines.append(e.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6}));
        QVERIFY(report->errors.at(2).text.contains(QStringLiteral("not a date")));
        QVERIFY(report->errors.at(3).text.contains(QStringLiteral("5 fields")));
        QVERIFY(warningsAbout(*report, 5).isEmpty());
        QCOMPARE(report->ready, 2);
        QVERIFY(accountsForEveryRow(*report));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 0);
    }

    void aTrackersUnreadableDatesImportEveryRowWithAWarningEach()
    {
        // Modelled on a public tracker export: two rows applied "Before 2025-01-24", a salary of
        // "competitive".
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "tracker_before_dates.csv");
        QVERIFY2(report, qPrintable(report.message()));
        QVERIFY2(!report->hasErrors(), qPrintable(report->summary()));
        QCOMPARE(report->format, ImportFormat::Generic);
        QCOMPARE(report->rows, 23);
        QCOMPARE(report->imported, 23);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 23);
        QVERIFY(accountsForEveryRow(*report));

        for (int line : {2, 3}) {
            const QStringList about = warningsAbout(*report, line);
            QCOMPARE(about.size(), 1);
            QVERIFY2(about.first().contains(QStringLiteral("\"Before 2025-01-24\" in \"Date Applied\"")),
                     qPrintable(about.first()));
        }
        int rowWarnings = 0;
        for (int line = 2; line <= 24; ++line)
            rowWarnings += int(warningsAbout(*report, line).size());
        QCOMPARE(rowWarnings, 2);

        const Application northwind = byCompany(t.db(), QStringLiteral("Northwind Analytics"));
        QCOMPARE(northwind.stage, Stage::Rejected);
        QVERIFY2(northwind.notes.contains(QStringLiteral("Applied before I started this sheet")),
                 qPrintable(northwind.notes));
        QVERIFY2(northwind.notes.contains(QStringLiteral("Date Applied in the imported file: Before 2025-01-24")),
                 qPrintable(northwind.notes));
        // Like a row with no date: dated on the import day, which the report also says.
        QCOMPARE(northwind.appliedOn, m_clock.now().date());
        QVERIFY(!report->warnings.filter(QStringLiteral("dated on the day of the import")).isEmpty());
        QVERIFY(byCompany(t.db(), QStringLiteral("Contoso")).notes.contains(QStringLiteral("Before 2025-01-24")));

        const Application fabrikam = byCompany(t.db(), QStringLiteral("Fabrikam"));
        QCOMPARE(fabrikam.appliedOn, QDate(2025, 1, 24));
        QVERIFY(!fabrikam.notes.contains(QStringLiteral("imported file")));
        // Salary is free text: "competitive" is kept as it is, with no warning.
        QCOMPARE(byCompany(t.db(), QStringLiteral("Adventure Works")).salary, QStringLiteral("competitive"));
    }

    void importingTheSameTrackerAgainSkipsEveryRowEvenTheUndatedOnes()
    {
        // The undated rows were stored dated on the first import's day; a later import of the same file
        // has no date to compare, so company and title decide.
        TestDatabase t;
        QVERIFY(importFixture(t, "tracker_before_dates.csv"));
        const QDateTime first = m_clock.now();
        m_clock.advanceDays(3);
        const Result<ImportReport> again = importFixture(t, "tracker_before_dates.csv");
        m_clock.set(first);
        QVERIFY(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->skippedDuplicates, 23);
        QVERIFY2(again->warnings.filter(QStringLiteral("dated on the day of the import")).isEmpty(),
                 qPrintable(again->summary()));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 23);
    }

    void strictRefusesATrackersUnreadableDatesWithTheirLines()
    {
        TestDatabase t;
        ImportOptions options;
        options.strict = true;
        const Result<ImportReport> report = importFixture(t, "tracker_before_dates.csv", options);
        QVERIFY(report);
        QCOMPARE(report->imported, 0);
        QCOMPARE(report->errors.size(), 2);
        QCOMPARE(report->errors.at(0).line, 2);
        QCOMPARE(report->errors.at(1).line, 3);
        QCOMPARE(report->errors.at(0).text,
                 QStringLiteral("\"Before 2025-01-24\" in \"Date Applied\" is not a date"));
        QVERIFY(warningsAbout(*report, 2).isEmpty());
        QCOMPARE(report->ready, 21);
        QVERIFY(accountsForEveryRow(*report));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 0);
    }

    void aDryRunReportsTheUnreadableCellsToo()
    {
        TestDatabase t;
        ImportOptions options;
        options.dryRun = true;
        const Result<ImportReport> report = importFixture(t, "tracker_before_dates.csv", options);
        QVERIFY(report);
        QVERIFY(!report->hasErrors());
        QCOMPARE(report->ready, 23);
        QCOMPARE(warningsAbout(*report, 2).size(), 1);
        QCOMPARE(warningsAbout(*report, 3).size(), 1);
        QVERIFY(report->summary().contains(QStringLiteral("warning: line 2: ")));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }

    void anUnreadableStageTimeInJobdecksOwnCsvIsAWarningUnlessStrict()
    {
        const QByteArray csv = "company,title,stage,stage_entered_at\nAcme,Dev,screen,last week\n";
        TestDatabase t;
        ImportOptions strict;
        strict.strict = true;
        const Result<ImportReport> refused = ImportService(t.db(), m_clock).importData(csv, strict);
        QVERIFY(refused);
        QCOMPARE(refused->errors.size(), 1);
        QVERIFY(refused->errors.first().text.contains(QStringLiteral("not an ISO-8601 time")));

        const Result<ImportReport> report = ImportService(t.db(), m_clock).importData(csv);
        QVERIFY(report);
        QCOMPARE(report->format, ImportFormat::JobdeckCsv);
        QVERIFY2(!report->hasErrors(), qPrintable(report->summary()));
        QCOMPARE(report->imported, 1);
        QCOMPARE(warningsAbout(*report, 2).size(), 1);
        const Application acme = byCompany(t.db(), QStringLiteral("Acme"));
        QCOMPARE(acme.stage, Stage::Screen);
        QVERIFY2(acme.notes.contains(QStringLiteral("stage_entered_at in the imported file: last week")),
                 qPrintable(acme.notes));
    }

    void rowsWithoutCompanyOrTitleStayErrorsThatStopTheImport()
    {
        TestDatabase t;
        const Result<ImportReport> report = ImportService(t.db(), m_clock)
            .importData(QByteArrayLiteral("Company,Position,Date Applied\nAcme,Dev,Before 2025-01-24\n,Ops,2025-01-25\n"));
        QVERIFY(report);
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors.first().line, 3);
        QCOMPARE(report->imported, 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }

    void dryRunReportsWithoutWriting()
    {
        TestDatabase t;
        ImportOptions options;
        options.dryRun = true;
        const Result<ImportReport> report = importFixture(t, "teal.csv", options);
        QVERIFY(report);
        QVERIFY(report->dryRun);
        QCOMPARE(report->ready, 4);
        QCOMPARE(report->imported, 0);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }

    void importedStagesGetAnEventTrailConsistentWithTheRules()
    {
        TestDatabase t;
        QVERIFY(importFixture(t, "teal.csv"));
        const Application umbrella = byCompany(t.db(), QStringLiteral("Umbrella"));
        const Result<QList<StageEvent>> events = PipelineService(t.db(), m_clock).history(umbrella.id);
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        const QDateTime applied(QDate(2025, 3, 2), QTime(0, 0), Qt::UTC);
        QVERIFY(!events->at(0).previous.has_value());
        QCOMPARE(events->at(0).current, Stage::Applied);
        QCOMPARE(events->at(0).at, applied);
        QCOMPARE(events->at(1).previous, Stage::Applied);
        QCOMPARE(events->at(1).current, Stage::Onsite);
        QCOMPARE(umbrella.stageEnteredAt, events->at(1).at);
        QCOMPARE(umbrella.furthestRank, stages::rank(Stage::Onsite));
        // The stay in applied before onsite is not in the file: unknown, not zero.
        QVERIFY(scalar(t.db(), QStringLiteral("SELECT stay_seconds FROM stage_events WHERE current = 'onsite'")).isNull());

        const Result<QList<FollowUpTask>> tasks = TaskRepository(t.db()).forApplication(umbrella.id);
        QVERIFY(tasks);
        QMap<TaskType, TaskStatus> byType;
        for (const FollowUpTask& task : tasks.value())
            byType.insert(task.type, task.status);
        QCOMPARE(byType.value(TaskType::FollowUp), TaskStatus::Cancelled);
        QCOMPARE(byType.value(TaskType::Prep), TaskStatus::Pending);
        QCOMPARE(byType.value(TaskType::ThankYou), TaskStatus::Pending);

        const Application rejected = byCompany(t.db(), QStringLiteral("Pied Piper"));
        QCOMPARE(rejected.furthestRank, stages::rank(Stage::Applied));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE application_id = %1 AND "
                                               "status = 'pending'")
                                    .arg(rejected.id))
                     .toInt(),
                 0);
        // The derived columns agree with the log for every application.
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications a WHERE a.stage <> (SELECT current FROM "
                                               "stage_events e WHERE e.application_id = a.id ORDER BY at DESC, id DESC "
                                               "LIMIT 1)"))
                     .toInt(),
                 0);
    }

    void anImportedMoveLeavesTheTaskRowsARealMoveLeaves()
    {
        // Import and PipelineService write tasks through one TransitionWriter: the same trail gives the same
        // rows, down to which of the application's events created and cancelled each task.
        const auto taskRows = [](const Database& db, qint64 applicationId) {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral(
                "SELECT type, title, due_at, status, created_at, closed_at, "
                "CASE WHEN created_by_event IS NULL THEN 'none' ELSE (SELECT count(*) FROM stage_events e WHERE "
                "e.application_id = t.application_id AND e.id < t.created_by_event) END, "
                "CASE WHEN cancelled_by_event IS NULL THEN 'none' ELSE (SELECT count(*) FROM stage_events e WHERE "
                "e.application_id = t.application_id AND e.id < t.cancelled_by_event) END "
                "FROM follow_up_tasks t WHERE application_id = ? ORDER BY id"));
            query.addBindValue(applicationId);
            QStringList rows;
            if (!query.exec())
                return QStringList{query.lastError().text()};
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < 8; ++i)
                    row.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
                rows.append(row.join(QLatin1Char('|')));
            }
            return rows;
        };

        TestDatabase t;
        QVERIFY(importFixture(t, "teal.csv"));
        const Application umbrella = byCompany(t.db(), QStringLiteral("Umbrella"));
        const QList<StageEvent> events = PipelineService(t.db(), m_clock).history(umbrella.id).value();
        QCOMPARE(events.size(), 2);

        TestDatabase u;
        PipelineService pipeline(u.db(), m_clock);
        ApplicationDraft draft;
        draft.company = umbrella.company;
        draft.title = umbrella.title;
        draft.appliedOn = umbrella.appliedOn;
        const qint64 id = pipeline.create(draft).value();
        QVERIFY(pipeline.move(id, Stage::Onsite, events.at(1).at));

        const QStringList imported = taskRows(t.db(), umbrella.id);
        QCOMPARE(imported.size(), 3); // follow-up (cancelled by the move), prep, thank-you
        QCOMPARE(imported, taskRows(u.db(), id));
    }

    void importedApplicationsCanMoveOnAfterwards()
    {
        TestDatabase t;
        QVERIFY(importFixture(t, "teal.csv"));
        PipelineService pipeline(t.db(), m_clock);
        const Result<PipelineService::MoveOutcome> moved =
            pipeline.move(byCompany(t.db(), QStringLiteral("Umbrella")).id, Stage::Offer);
        QVERIFY2(moved, qPrintable(moved.message()));
        QVERIFY(moved->changed);
    }

    void quotedNewlinesSurviveAndUnclosedQuotesAreAnError()
    {
        TestDatabase t;
        const Result<ImportReport> report = importFixture(t, "multiline.csv");
        QVERIFY(report);
        QCOMPARE(report->imported, 2);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Alpha")).notes, QStringLiteral("line one\r\nline two, with a comma"));
        QCOMPARE(byCompany(t.db(), QStringLiteral("Beta \"B\"")).title, QStringLiteral("Lead"));

        TestDatabase u;
        const Result<ImportReport> broken = importFixture(u, "unterminated.csv");
        QVERIFY(broken);
        QCOMPARE(broken->errors.size(), 1);
        QCOMPARE(broken->errors.first().line, 2);
        QCOMPARE(scalar(u.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }

    void aFileWithoutACompanyColumnSaysWhichHeadersItHas()
    {
        TestDatabase t;
        const Result<ImportReport> report =
            ImportService(t.db(), m_clock).importData(QByteArrayLiteral("Firm,Job\nAcme,Dev\n"));
        QVERIFY(report);
        QCOMPARE(report->errors.size(), 1);
        QVERIFY(report->errors.first().text.contains(QStringLiteral("Firm, Job")));
    }

    void aColumnCanBeMappedByHand()
    {
        TestDatabase t;
        const QByteArray bytes = QByteArrayLiteral("Firm,Job\nAcme,Dev\n");
        ImportOptions options;
        ColumnMapping mapping = ColumnMapping::fromHeaders({QStringLiteral("Firm"), QStringLiteral("Job")});
        mapping.set(ImportField::Company, 0);
        options.mapping = mapping;
        const Result<ImportReport> report = ImportService(t.db(), m_clock).importData(bytes, options);
        QVERIFY(report);
        QCOMPARE(report->imported, 1);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Acme")).title, QStringLiteral("Dev"));
    }

    void headerAliasesFindTheColumns()
    {
        const ColumnMapping m = ColumnMapping::fromHeaders({QStringLiteral("Organisation"), QStringLiteral("Position"),
                                                            QStringLiteral("Stage"), QStringLiteral("Application Date"),
                                                            QStringLiteral("Channel"), QStringLiteral("Job Link")});
        QCOMPARE(m.column(ImportField::Company), 0);
        QCOMPARE(m.column(ImportField::Title), 1);
        QCOMPARE(m.column(ImportField::Status), 2);
        QCOMPARE(m.column(ImportField::AppliedOn), 3);
        QCOMPARE(m.column(ImportField::Source), 4);
        QCOMPARE(m.column(ImportField::Url), 5);
    }

    void rowsWithoutADateAreDatedOnTheImportDay()
    {
        TestDatabase t;
        const Result<ImportReport> report =
            ImportService(t.db(), m_clock).importData(QByteArrayLiteral("company,title\nAcme,Dev\n"));
        QVERIFY(report);
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->warnings.size(), 1);
        QCOMPARE(byCompany(t.db(), QStringLiteral("Acme")).appliedOn, m_clock.now().date());
    }

    void emptyAndHeaderOnlyFiles()
    {
        TestDatabase t;
        const Result<ImportReport> empty = ImportService(t.db(), m_clock).importData(QByteArray());
        QVERIFY(empty);
        QVERIFY(empty->hasErrors());
        const Result<ImportReport> header = ImportService(t.db(), m_clock).importData(QByteArrayLiteral("company,title\n"));
        QVERIFY(header);
        QVERIFY(!header->hasErrors());
        QCOMPARE(header->rows, 0);
    }

    void aFullDiskImportsNothingAndSaysSo()
    {
        TestDatabase t;
        QVERIFY(importFixture(t, "linkedin.csv"));
        // SQLite's page limit stands in for a full disk: the write fails exactly as it would.
        QSqlQuery query(t.db().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt())));
        QByteArray big = "company,title,notes\n";
        for (int i = 0; i < 2000; ++i)
            big += "Company " + QByteArray::number(i) + ",Engineer," + QByteArray(200, 'x') + "\n";
        const Result<ImportReport> report = ImportService(t.db(), m_clock).importData(big);
        QVERIFY(!report);
        QVERIFY2(report.message().contains(QStringLiteral("full")), qPrintable(report.message()));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 3);
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void aReadOnlyDatabaseImportsNothingAndSaysSo()
    {
        TestDatabase t;
        QSqlQuery query(t.db().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = ON")));
        const Result<ImportReport> report = importFixture(t, "linkedin.csv");
        QVERIFY(!report);
        QVERIFY2(report.message().contains(QStringLiteral("read")), qPrintable(report.message()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = OFF")));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }

    void theHandWrittenTimeTextIsQtsIsoDate()
    {
        // time::toIso writes the digits itself for speed; it must stay the text Qt's ISODate gives.
        for (const QDateTime& t : {QDateTime(QDate(2026, 1, 31), QTime(9, 0, 5), Qt::UTC),
                                   QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC),
                                   QDateTime(QDate(2000, 2, 29), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2099, 12, 31), QTime(12, 34, 56), Qt::UTC),
                                   QDateTime(QDate(1900, 3, 1), QTime(1, 2, 3), Qt::UTC)})
            QCOMPARE(jobdeck::time::toIso(t), t.toString(Qt::ISODate));
    }

    void storedTimeTextReadsBackAsQtReadsIt()
    {
        // time::parseIso reads toIso's own form ("YYYY-MM-DDTHH:MM:SSZ") by hand: for every text of that form
        // it must give what Qt's ISO parser gives (its general path), and nothing for what Qt refuses.
        const auto qtReading = [](const QString& text) -> std::optional<QDateTime> {
            const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
            if (!parsed.isValid())
                return std::nullopt;
            return QDateTime::fromSecsSinceEpoch(parsed.toSecsSinceEpoch(), Qt::UTC);
        };
        const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
        int checked = 0;
        for (qint64 secs = 0; secs < qint64(200) * 366 * 86400; secs += 133337) {
            const QDateTime t = from.addSecs(secs);
            const QString text = jobdeck::time::toIso(t);
            const std::optional<QDateTime> read = jobdeck::time::parseIso(text);
            QVERIFY2(read && *read == t && read->timeSpec() == Qt::UTC, qPrintable(text));
            QCOMPARE(read->toString(Qt::ISODate), qtReading(text)->toString(Qt::ISODate));
            ++checked;
        }
        QVERIFY(checked > 40000);
        for (const char* text : {"2026-02-29T10:00:00Z", "2024-02-29T23:59:59Z", "2026-13-01T00:00:00Z",
                                 "2026-01-05T24:00:00Z", "2026-01-05T12:60:00Z", "2026-01-05T12:00:60Z",
                                 "0000-01-01T00:00:00Z", "2026-01-0xT00:00:00Z", "9999-12-31T23:59:59Z"}) {
            const QString value = QString::fromLatin1(text);
            const std::optional<QDateTime> read = jobdeck::time::parseIso(value);
            const std::optional<QDateTime> expected = qtReading(value);
            QVERIFY2(read.has_value() == expected.has_value(), text);
            if (read)
                QCOMPARE(read->toString(Qt::ISODate), expected->toString(Qt::ISODate));
        }
    }

    void everyFixtureAccountsForEveryRow_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"linkedin.csv", "teal.csv", "huntr.csv", "generic_dayfirst.csv", "generic_mixed_dates.csv",
                                 "generic_ambiguous.csv", "blanks_and_duplicates.csv", "errors.csv", "multiline.csv",
                                 "tracker_before_dates.csv"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyFixtureAccountsForEveryRow()
    {
        QFETCH(QString, name);
        TestDatabase t;
        const Result<ImportReport> report = ImportService(t.db(), m_clock).importFile(fixture(name.toLatin1().constData()));
        QVERIFY(report);
        QVERIFY2(accountsForEveryRow(*report), qPrintable(report->summary()));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
