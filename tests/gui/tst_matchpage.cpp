// The match page: resumes stored and defaulted, the score computed off the GUI thread equal to the
// matcher's, ranking that stores scores the list and board show, a responsive window during a
// 10,000-description rank, and cancellation that changes nothing.
#include "WindowFixture.h"
#include "board/BoardColumn.h"
#include "board/BoardPage.h"
#include "matching/MatchPage.h"
#include "matching/MatchService.h"
#include "matching/Matcher.h"
#include "matching/TermChips.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"
#include "storage/ResumeRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jobdeck;

namespace {

const QString kResume = QStringLiteral(
    "Senior C++ engineer. Qt, CMake, multithreading, Linux, performance profiling, Python, SQL, PostgreSQL.");

const QStringList kJds{
    QStringLiteral("We want a C++ engineer with Qt, CMake and multithreading on Linux."),
    QStringLiteral("Data engineer: SQL, Spark, Airflow, Python and data modelling."),
    QStringLiteral("Frontend developer: TypeScript, React, CSS and accessibility."),
    QStringLiteral("Backend engineer: Python, PostgreSQL, REST APIs and Docker."),
};

} // namespace

class TestMatchPage : public QObject
{
    Q_OBJECT

    // The shown window over a database that already holds `applications` descriptions and one resume.
    struct Fixture : WindowFixture
    {
        MatchPage* page = nullptr;

        explicit Fixture(int applications = int(kJds.size())) : WindowFixture(seed(applications))
        {
            window->resize(1200, 800);
            window->show();
            page = qobject_cast<MatchPage*>(window->page(QStringLiteral("match")));
        }

        static Seed seed(int applications)
        {
            return [applications](Database& db, MockClock& clock) {
                PipelineService pipeline(db, clock);
                for (int i = 0; i < applications; ++i) {
                    ApplicationDraft draft;
                    draft.company = QStringLiteral("Company %1").arg(i);
                    draft.title = QStringLiteral("Role %1").arg(i);
                    draft.jobDescription = kJds.at(i % kJds.size()) + QStringLiteral(" Team %1.").arg(i);
                    (void)pipeline.create(draft);
                }
                (void)ResumeRepository(db).add(QStringLiteral("Me"), QStringLiteral("me.txt"), kResume,
                                               clock.now());
            };
        }
    };

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void importedResumesAreStoredAndTheFirstIsTheDefault()
    {
        WindowFixture f;
        QTemporaryDir dir;
        auto* page = qobject_cast<MatchPage*>(f.window->page(QStringLiteral("match")));
        QCOMPARE(page->currentResumeId(), 0);
        const QString md = dir.filePath(QStringLiteral("cv.md"));
        QFile file(md);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Me\n\nC++ and Qt.\n");
        file.close();
        const Result<qint64> first = page->importResume(md);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        QCOMPARE(page->currentResumeId(), *first);
        const Result<Resume> stored = ResumeRepository(f.test.db()).find(*first);
        QVERIFY(stored->isDefault);
        QVERIFY(stored->content.contains(QStringLiteral("C++ and Qt.")));
        QCOMPARE(stored->name, QStringLiteral("cv"));

        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile blank(empty);
        QVERIFY(blank.open(QIODevice::WriteOnly));
        blank.close();
        QVERIFY(!page->importResume(empty).ok());
        QVERIFY(!page->importResume(dir.filePath(QStringLiteral("missing.pdf"))).ok());
        QCOMPARE(ResumeRepository(f.test.db()).list()->size(), 1);
    }

    void theImportButtonReadsAPdfOffTheGuiThreadThenStoresIt()
    {
        WindowFixture f;
        auto* page = qobject_cast<MatchPage*>(f.window->page(QStringLiteral("match")));
        QSignalSpy imported(page, &MatchPage::resumeImported);
        page->importResumeInBackground(QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/documents/resume.pdf"));
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.at(0).at(0).toString(), QString());
        QVERIFY(page->currentResumeId() > 0);
        QCOMPARE(ResumeRepository(f.test.db()).find(page->currentResumeId())->name, QStringLiteral("resume"));
        QVERIFY(!page->isBusy());

        // A file that cannot be read says why in a warning box, and stores nothing.
        QString warned;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &closer, [&warned] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                warned = box->text();
                box->close();
            }
        });
        closer.start(20);
        page->importResumeInBackground(QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/documents/encrypted.pdf"));
        QVERIFY(imported.wait(10000));
        QVERIFY(imported.at(1).at(0).toString().contains(QStringLiteral("encrypted")));
        QVERIFY2(warned.contains(QStringLiteral("encrypted")), qPrintable(warned));
        QCOMPARE(ResumeRepository(f.test.db()).list()->size(), 1);
    }

    void theScoreShownIsTheMatchersScore()
    {
        Fixture f;
        const QString jd = kJds.at(0);
        f.page->setPastedJobDescription(jd);
        QSignalSpy shown(f.page, &MatchPage::scoreShown);
        f.page->scoreNow();
        QVERIFY(f.page->isBusy() || shown.size() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        const auto stored = MatchService::prepareStored(f.test.db(), QStringLiteral("default"), f.clock.now());
        QVERIFY(stored.ok() && stored->model);
        const MatchResult expected = Matcher(stored->model).evaluate(kResume, jd);
        QCOMPARE(f.page->shownScore(), expected.matchIndex);
        QVERIFY(f.page->shownScore() > 0);
        QCOMPARE(f.page->hint(), expected.hint);
        QStringList aligned;
        for (const TermWeight& t : expected.alignedTerms)
            aligned.append(t.term);
        QCOMPARE(f.page->alignedChips()->terms().size(), aligned.size());
        for (const QString& term : f.page->alignedChips()->terms())
            QVERIFY(aligned.contains(term));
    }

    void importingAnotherResumeClearsTheOldScoreAndScoresAgain()
    {
        Fixture f;
        f.page->setPastedJobDescription(kJds.at(1));
        QSignalSpy shown(f.page, &MatchPage::scoreShown);
        f.page->scoreNow();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        const double first = f.page->shownScore();
        QVERIFY(first >= 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Data engineer: SQL, Spark, Airflow, Python, dbt and data modelling at scale.");
        file.close();
        const Result<qint64> imported = f.page->importResume(path);
        QVERIFY(imported.ok());
        QCOMPARE(f.page->currentResumeId(), *imported);
        // The old resume's score is gone at once; the new one's follows.
        QVERIFY(f.page->shownScore() < 0 || shown.size() == 2);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 30000);
        QVERIFY(f.page->shownScore() != first);
    }

    // A new user opens the page on an application with a job description, but no resume yet: importing
    // one shows its fit at once (it took a click on Score before, though a selection or an edit scores).
    void importingTheFirstResumeScoresTheSelectedApplication()
    {
        Fixture f;
        const QList<Resume> seeded = ResumeRepository(f.test.db()).list().value();
        QCOMPARE(seeded.size(), 1);
        QVERIFY(ResumeRepository(f.test.db()).remove(seeded.first().id).ok());
        f.session->setCurrentApplicationId(f.session->applications().idAt(0));
        QSignalSpy shown(f.page, &MatchPage::scoreShown);
        QVERIFY(f.window->showPage(QStringLiteral("match")));
        QCOMPARE(f.page->currentResumeId(), 0);
        QVERIFY(!f.page->isBusy());
        QCOMPARE(f.page->shownScore(), -1.0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cv.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kResume.toUtf8());
        file.close();
        const Result<qint64> imported = f.page->importResume(path);
        QVERIFY(imported.ok());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        QVERIFY(f.page->shownScore() >= 0);
    }

    // The fit shown is the selected application's: selecting another clears the one before's at once and
    // scores the new one, and an edit of the selected one's job description (Edit, or another device)
    // shows here with its fit at once, not at the next visit to the page.
    void theFitFollowsTheSelectedApplicationAndItsEdits()
    {
        Fixture f;
        const ApplicationTableModel& table = f.session->applications();
        qint64 cpp = 0;
        qint64 data = 0;
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.rowAt(row).company == QStringLiteral("Company 0"))
                cpp = table.idAt(row);
            if (table.rowAt(row).company == QStringLiteral("Company 1"))
                data = table.idAt(row);
        }
        QVERIFY(cpp > 0 && data > 0);
        auto* jd = f.page->findChild<QPlainTextEdit*>();
        QVERIFY(jd);
        f.session->setCurrentApplicationId(cpp);
        QSignalSpy shown(f.page, &MatchPage::scoreShown);
        QVERIFY(f.window->showPage(QStringLiteral("match")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        QVERIFY(f.page->alignedChips()->terms().contains(QStringLiteral("qt")));

        f.session->setCurrentApplicationId(data);
        QVERIFY(jd->toPlainText().startsWith(QStringLiteral("Data engineer")));
        // The page's table marks it too (selected on the board, the list or here alike).
        QCOMPARE(f.page->rankView()->currentIndex().data(ApplicationTableModel::IdRole).toLongLong(), data);
        QCOMPARE(f.page->rankView()->selectionModel()->selectedRows().size(), 1);
        QVERIFY(!f.page->alignedChips()->terms().contains(QStringLiteral("qt")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 30000);
        QVERIFY(f.page->alignedChips()->terms().contains(QStringLiteral("sql")));
        QVERIFY(f.page->missingChips()->terms().contains(QStringLiteral("spark")));

        // The data job's description edited (as the Edit dialog saves it): shown and scored at once.
        ApplicationDraft draft(ApplicationRepository(f.test.db()).find(data).value());
        draft.jobDescription = kJds.at(2);
        QVERIFY(f.session->updateApplication(data, draft).ok());
        QCOMPARE(jd->toPlainText(), kJds.at(2));
        QVERIFY(!f.page->missingChips()->terms().contains(QStringLiteral("spark")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 30000);
        QVERIFY(f.page->missingChips()->terms().contains(QStringLiteral("typescript")));

        // A stage move changes the application but not its description: nothing to score again.
        f.session->moveApplications({data}, Stage::Screen);
        QTest::qWait(200);
        QCOMPARE(shown.size(), 3);
        QVERIFY(!f.page->isBusy());

        // Closed, it leaves the table: the table marks no other row, and none becomes the selected
        // application in its place (issue 13: selection drift).
        f.session->moveApplications({data}, Stage::Rejected);
        QCOMPARE(f.session->currentApplicationId(), data);
        QVERIFY(f.page->rankView()->selectionModel()->selectedRows().isEmpty());
    }

    // A row of the page's table, selected, becomes the selected application: its description shows beside
    // its fit; after a ranking that fit is the row's explanation, not replaced by a score of something else.
    void selectingARankedRowSelectsItsApplication()
    {
        Fixture f;
        QVERIFY(f.window->showPage(QStringLiteral("match")));
        QTableView* view = f.page->rankView();
        // Before any ranking the row is selected all the same, and its fit scored.
        const QModelIndex first = view->model()->index(0, ApplicationTableModel::Company);
        QSignalSpy scored(f.page, &MatchPage::scoreShown);
        view->setCurrentIndex(first);
        QCOMPARE(f.session->currentApplicationId(), first.data(ApplicationTableModel::IdRole).toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(scored.size() == 1 && !f.page->isBusy(), 30000);
        QVERIFY(f.page->shownScore() >= 0);

        QSignalSpy finished(f.page, &MatchPage::rankFinished);
        f.page->rankApplications();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 30000);
        const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, ApplicationTableModel::Company);
        const qint64 id = last.data(ApplicationTableModel::IdRole).toLongLong();
        QSignalSpy shown(f.page, &MatchPage::scoreShown);
        view->setCurrentIndex(last);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(f.session->currentApplicationId(), id);
        QCOMPARE(f.page->findChild<QPlainTextEdit*>()->toPlainText(),
                 ApplicationRepository(f.test.db()).find(id)->jobDescription);
        QCOMPARE(f.page->shownMatchText(), Matcher::coverageText(*f.page->rankedExplanation(id)));
        QVERIFY(!f.page->isBusy());
    }

    void sampleDataLoadedWhileThePageIsShownBringsItsResume()
    {
        WindowFixture f;
        f.window->show();
        QVERIFY(f.window->showPage(QStringLiteral("match")));
        auto* page = qobject_cast<MatchPage*>(f.window->page(QStringLiteral("match")));
        QCOMPARE(page->currentResumeId(), qint64(0));
        QVERIFY(f.session->loadSampleData(8).ok());
        QVERIFY(!ResumeRepository(f.test.db()).list()->isEmpty());
        QVERIFY(page->currentResumeId() > 0);
    }

    void rankingStoresScoresThatTheListAndBoardShow()
    {
        Fixture f;
        QSignalSpy finished(f.page, &MatchPage::rankFinished);
        f.page->rankApplications();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);

        const auto stored = MatchService::prepareStored(f.test.db(), QStringLiteral("default"), f.clock.now());
        const QList<RankedRow> ranked = stored->index.rank(stored->model->transform(kResume), 0);
        const ApplicationTableModel& table = f.session->applications();
        for (const RankedRow& row : ranked) {
            const qint64 id = stored->applicationIds.at(row.row);
            QCOMPARE(table.rowAt(table.rowOfId(id)).matchScore, std::optional<double>(Matcher::matchIndex(row.cosine)));
        }
        // The best one heads the page's table, and the board card carries its score.
        const qint64 best = stored->applicationIds.at(ranked.first().row);
        QCOMPARE(f.page->rankView()->model()->index(0, ApplicationTableModel::Company).data().toString(),
                 table.rowAt(table.rowOfId(best)).company);
        auto* board = qobject_cast<BoardPage*>(f.window->page(QStringLiteral("board")));
        BoardColumnModel* applied = board->column(Stage::Applied)->model();
        bool found = false;
        for (int row = 0; row < applied->rowCount(); ++row) {
            if (applied->idAt(row) == best) {
                QCOMPARE(applied->index(row, 0).data(ApplicationTableModel::MatchScoreRole).toDouble(),
                         Matcher::matchIndex(ranked.first().cosine));
                found = true;
            }
        }
        QVERIFY(found);
    }

    // The ranked scores reach the table in place: no model reset, so the row a person had selected in the
    // page's table stays selected (and explained), and every row's score is the one stored in the file.
    void rankingKeepsTheSelectedRowAndShowsTheStoredScores()
    {
        Fixture f(12);
        QSignalSpy finished(f.page, &MatchPage::rankFinished);
        f.page->rankApplications();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTableView* view = f.page->rankView();
        view->setCurrentIndex(view->model()->index(3, ApplicationTableModel::Company));
        const qint64 selected = view->currentIndex().data(ApplicationTableModel::IdRole).toLongLong();
        QVERIFY(selected > 0);

        // Another resume changes every score.
        const qint64 other = *ResumeRepository(f.test.db()).add(QStringLiteral("Web"), QString(),
                                                                  QStringLiteral("TypeScript React CSS accessibility"),
                                                                  f.clock.now());
        f.page->selectResume(other);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 30000);
        QSignalSpy reset(&f.session->applications(), &QAbstractItemModel::modelAboutToBeReset);
        finished.clear();
        f.page->rankApplications();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(reset.size(), 0);
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(view->currentIndex().data(ApplicationTableModel::IdRole).toLongLong(), selected);

        const ApplicationTableModel& table = f.session->applications();
        const ApplicationRepository applications(f.test.db());
        for (int row = 0; row < table.rowCount(); ++row)
            QCOMPARE(table.rowAt(row).matchScore, applications.find(table.idAt(row))->matchScore);
        // Sorted best first by the new scores.
        for (int row = 1; row < view->model()->rowCount(); ++row)
            QVERIFY(view->model()->index(row - 1, 0).data(ApplicationTableModel::MatchScoreRole).toDouble()
                    >= view->model()->index(row, 0).data(ApplicationTableModel::MatchScoreRole).toDouble());
        // The selected row's explanation is the new resume's.
        const std::optional<MatchResult> explained = f.page->rankedExplanation(selected);
        QVERIFY(explained.has_value());
        QCOMPARE(std::optional<double>(explained->matchIndex), applications.find(selected)->matchScore);
    }

    void theWindowStaysResponsiveDuringATenThousandRankAndCancellingChangesNothing()
    {
        Fixture f(10000);
        // A timer on the GUI thread keeps firing while the worker ranks.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        // From the click until after the table shows the scores: the rows take them in place, nothing is
        // read again on this thread.
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy finished(f.page, &MatchPage::rankFinished);
        clock.start();
        timer.start();
        f.page->rankApplications();
        QVERIFY(f.page->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QTest::qWait(100);
        timer.stop();
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
        QCOMPARE(f.session->applications().rowCount(), 10000);

        // A second resume, ranked and cancelled at once: every stored score stays as it was.
        const qint64 other = *ResumeRepository(f.test.db()).add(QStringLiteral("Other"), QString(),
                                                                  QStringLiteral("TypeScript React CSS"), f.clock.now());
        f.page->selectResume(other);
        QCOMPARE(f.page->currentResumeId(), other);
        const std::optional<double> before = f.session->applications().rowAt(0).matchScore;
        finished.clear();
        // New descriptions make the stored model stale, so the worker has a refit to do before it ranks.
        ApplicationDraft draft;
        draft.company = QStringLiteral("Late");
        draft.title = QStringLiteral("Engineer");
        draft.jobDescription = QStringLiteral("Rust and WebAssembly.");
        QVERIFY(f.session->addApplication(draft, Stage::Applied).ok());
        f.page->rankApplications();
        f.page->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(f.page->statusText().contains(QStringLiteral("cancelled")));
        f.session->reloadAll();
        QCOMPARE(f.session->applications().rowAt(0).matchScore, before);
    }

    // The figure a person reads: "Match N / 100 · Band" from the coverage, with what it means in a tooltip.
    void theScoreReadsAsAMatchOutOf100WithItsBand()
    {
        Fixture f;
        const QString jd = kJds.at(1);
        f.page->setPastedJobDescription(jd);
        QSignalSpy shown(f.page, &MatchPage::scoreShown);
        f.page->scoreNow();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        const auto stored = MatchService::prepareStored(f.test.db(), QStringLiteral("default"), f.clock.now());
        QVERIFY(stored.ok() && stored->model);
        const MatchResult expected = Matcher(stored->model).evaluate(kResume, jd);
        QVERIFY(expected.coverage > 0 && expected.coverage < 100);
        QCOMPARE(f.page->shownMatchText(),
                 QStringLiteral("Match %1 / 100 \u00b7 %2")
                     .arg(QString::number(expected.coverage, 'f', 0), Matcher::bandName(expected.band)));
        QVERIFY(f.page->shownMatchToolTip().contains(QStringLiteral("Strong from 80")));
        QCOMPARE(f.page->hint(), expected.hint);
    }

    // "Rank My Applications" explains every application too: selecting one shows its match at once.
    void rankingExplainsEveryApplicationAndSelectingOneShowsIt()
    {
        Fixture f;
        QSignalSpy finished(f.page, &MatchPage::rankFinished);
        f.page->rankApplications();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        const auto stored = MatchService::prepareStored(f.test.db(), QStringLiteral("default"), f.clock.now());
        QVERIFY(stored.ok() && stored->model);
        const Matcher matcher(stored->model, stored->index);
        for (qsizetype row = 0; row < stored->applicationIds.size(); ++row) {
            const qint64 id = stored->applicationIds.at(row);
            const std::optional<MatchResult> explained = f.page->rankedExplanation(id);
            QVERIFY(explained.has_value());
            const MatchResult expected = matcher.explain(stored->model->transform(kResume), stored->index.row(int(row)));
            QCOMPARE(explained->coverage, expected.coverage);
            QCOMPARE(explained->hint, expected.hint);
        }
        QSignalSpy shown(f.page, &MatchPage::scoreShown);
        QTableView* view = f.page->rankView();
        view->setCurrentIndex(view->model()->index(0, ApplicationTableModel::Company));
        QCOMPARE(shown.size(), 1);
        const qint64 first = view->model()->index(0, 0).data(ApplicationTableModel::IdRole).toLongLong();
        QCOMPARE(f.page->shownMatchText(), Matcher::coverageText(*f.page->rankedExplanation(first)));
    }

    // "Rank My Applications" explains a stored application as `match` does: the employer's name and its town
    // are never terms to add to a resume (issue 15, item 2).
    void rankingNeverListsTheEmployersNameOrTown()
    {
        Fixture f;
        ApplicationDraft draft;
        draft.company = QStringLiteral("Nimbus Cloud");
        draft.title = QStringLiteral("Data Engineer");
        draft.location = QStringLiteral("Munich");
        draft.jobDescription = QStringLiteral(
            "Nimbus Cloud is hiring a Data Engineer in Munich. Requirements: SQL, Spark, Airflow, Python, "
            "cloud computing, dbt and data modelling. Nimbus Cloud builds cloud platforms from Munich.");
        const Result<qint64> created = PipelineService(f.test.db(), f.clock).create(draft);
        QVERIFY(created.ok());
        QSignalSpy finished(f.page, &MatchPage::rankFinished);
        f.page->rankApplications();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        const std::optional<MatchResult> explained = f.page->rankedExplanation(*created);
        QVERIFY(explained.has_value());
        QStringList terms;
        for (const TermWeight& term : explained->alignedTerms + explained->missingTerms)
            terms.append(term.term);
        QVERIFY2(terms.contains(QStringLiteral("spark")), qPrintable(terms.join(u", ")));
        // The requirements name cloud computing themselves: that is listed, as `match` lists it; nothing
        // else made of the employer's name or town is ("cloud platforms", "nimbus", "munich").
        QVERIFY2(terms.contains(QStringLiteral("cloud computing")), qPrintable(terms.join(u", ")));
        for (const QString& term : std::as_const(terms)) {
            for (const QString& name : {QStringLiteral("nimbus"), QStringLiteral("cloud"), QStringLiteral("munich")})
                QVERIFY2(!term.contains(name) || term == QLatin1String("cloud computing"), qPrintable(term));
        }
    }
};

QTEST_MAIN(TestMatchPage)
#include "tst_matchpage.moc"
