// The application list (instant filter, stage filter, archive with undo) and the add/edit dialog's validation.
#include "MainWindow.h"
#include "MockClock.h"
#include "Session.h"
#include "TestDatabase.h"
#include "dialogs/ApplicationDialog.h"
#include "list/ApplicationListPage.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationTableModel.h"
#include "util/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace jobdeck;

class TestListPage : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestDatabase test;
        MockClock clock;
        QTemporaryDir settingsDir;
        Settings settings{settingsDir.filePath(QStringLiteral("settings.ini"))};
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
        ApplicationListPage* list = nullptr;

        Fixture()
        {
            session = std::make_unique<Session>(test.db(), clock);
            window = std::make_unique<MainWindow>(*session, settings);
            list = qobject_cast<ApplicationListPage*>(window->page(QStringLiteral("list")));
            window->showPage(QStringLiteral("list"));
            window->show();
        }
        qint64 add(const QString& company, const QString& title, const QString& notes = {})
        {
            ApplicationDraft draft;
            draft.company = company;
            draft.title = title;
            draft.notes = notes;
            const Result<qint64> id = session->addApplication(draft, Stage::Applied);
            return id ? *id : 0;
        }
    };

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void typingInTheFilterNarrowsTheRowsInstantly()
    {
        Fixture f;
        f.add(QStringLiteral("Acme"), QStringLiteral("C++ Engineer"));
        f.add(QStringLiteral("Beta"), QStringLiteral("Designer"), QStringLiteral("great C++ culture"));
        f.add(QStringLiteral("Gamma"), QStringLiteral("Analyst"));
        QTableView* view = f.list->view();
        QCOMPARE(view->model()->rowCount(), 3);
        QTest::keyClicks(f.list->filterEdit(), QStringLiteral("c++"));
        QCOMPARE(view->model()->rowCount(), 2);
        QTest::keyClicks(f.list->filterEdit(), QStringLiteral(" culture"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ApplicationTableModel::Company).data().toString(), QStringLiteral("Beta"));
        f.list->filterEdit()->clear();
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void stageFilterShowsOneStage()
    {
        Fixture f;
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.add(QStringLiteral("Beta"), QStringLiteral("Designer"));
        f.session->moveApplications({a}, Stage::Screen);
        QComboBox* stage = f.list->stageFilter();
        stage->setCurrentIndex(stage->findData(int(Stage::Screen)));
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
        QCOMPARE(f.list->proxy()->idAt(0), a);
        stage->setCurrentIndex(0);
        QCOMPARE(f.list->view()->model()->rowCount(), 2);
    }

    void sortingByDaysInStageUsesNumbersNotText()
    {
        Fixture f;
        f.add(QStringLiteral("Old"), QStringLiteral("Engineer"));
        f.clock.advanceDays(10);
        f.add(QStringLiteral("New"), QStringLiteral("Engineer"));
        f.clock.advanceDays(1);
        f.list->view()->sortByColumn(ApplicationTableModel::DaysInStage, Qt::DescendingOrder);
        QCOMPARE(f.list->view()->model()->index(0, ApplicationTableModel::Company).data().toString(),
                 QStringLiteral("Old"));
    }

    void archiveHidesTheRowAndUndoBringsItBack()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.session->archiveApplication(id);
        QCOMPARE(f.list->view()->model()->rowCount(), 0);
        f.session->undoStack().undo();
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
        f.session->undoStack().redo();
        QCOMPARE(f.list->view()->model()->rowCount(), 0);
    }

    void selectingARowMakesItCurrent()
    {
        Fixture f;
        const qint64 a = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        f.add(QStringLiteral("Beta"), QStringLiteral("Designer"));
        QTableView* view = f.list->view();
        const QModelIndex index = f.list->proxy()->mapFromSource(f.session->applications().indexOfId(a));
        view->setCurrentIndex(index);
        QCOMPARE(f.session->currentApplicationId(), a);
    }

    void dialogRequiresCompanyAndTitleAndAWebLink()
    {
        ApplicationDialog dialog(ApplicationDialog::Mode::Add, QDate(2026, 1, 5));
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* company = dialog.findChild<QLineEdit*>(QStringLiteral("companyEdit"));
        auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(company, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.validationError(), QStringLiteral("A company is required."));
        company->setText(QStringLiteral("  Acme "));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(title, QStringLiteral("Engineer"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(url, QStringLiteral("javascript:alert(1)"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.validationError().contains(QStringLiteral("http")));
        url->setText(QStringLiteral("https://jobs.example.com/1"));
        QVERIFY(ok->isEnabled());
        const ApplicationDraft draft = dialog.draft();
        QCOMPARE(draft.company, QStringLiteral("Acme"));
        QCOMPARE(draft.appliedOn, std::optional<QDate>(QDate(2026, 1, 5)));
    }

    void editDialogRoundTripsTheFields()
    {
        ApplicationDraft draft;
        draft.company = QStringLiteral("Acme");
        draft.title = QStringLiteral("Engineer");
        draft.source = QStringLiteral("Meetup");
        draft.notes = QStringLiteral("line one\nline two");
        draft.jobDescription = QStringLiteral("We need Qt.");
        ApplicationDialog dialog(ApplicationDialog::Mode::Edit, QDate(2026, 1, 5));
        dialog.setDraft(draft);
        const ApplicationDraft back = dialog.draft();
        QCOMPARE(back.source, draft.source);
        QCOMPARE(back.notes, draft.notes);
        QCOMPARE(back.jobDescription, draft.jobDescription);
        QVERIFY(!back.appliedOn.has_value());
    }

    void layoutAndLastPageAreRestored()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        TestDatabase test;
        MockClock clock;
        {
            Settings settings(file);
            Session session(test.db(), clock);
            MainWindow window(session, settings);
            window.showPage(QStringLiteral("list"));
            window.saveLayout();
        }
        Settings settings(file);
        Session session(test.db(), clock);
        MainWindow window(session, settings);
        QCOMPARE(window.currentPageId(), QStringLiteral("board"));
        window.restoreLayout();
        QCOMPARE(window.currentPageId(), QStringLiteral("list"));
    }

    void recentFilesKeepTheNewestFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.addRecentFile(QStringLiteral("/a.sqlite"));
        settings.addRecentFile(QStringLiteral("/b.sqlite"));
        settings.addRecentFile(QStringLiteral("/a.sqlite"));
        QCOMPARE(settings.recentFiles(), (QStringList{QStringLiteral("/a.sqlite"), QStringLiteral("/b.sqlite")}));
        for (int i = 0; i < 20; ++i)
            settings.addRecentFile(QStringLiteral("/f%1.sqlite").arg(i));
        QCOMPARE(settings.recentFiles().size(), Settings::kMaxRecentFiles);
    }
};

QTEST_MAIN(TestListPage)
#include "tst_listpage.moc"
