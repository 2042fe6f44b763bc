// The application list (instant filter, stage filter, archive with undo), adding and editing through the dialog
// with undo and redo, and the dialog's validation.
#include "WindowFixture.h"
#include "board/BoardColumn.h"
#include "board/BoardPage.h"
#include "details/DetailsPanel.h"
#include "dialogs/ApplicationDialog.h"
#include "list/ApplicationListPage.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"
#include "storage/EventTimelineModel.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace jobdeck;

class TestListPage : public QObject
{
    Q_OBJECT

    struct Fixture : WindowFixture
    {
        ApplicationListPage* list = nullptr;

        Fixture()
        {
            list = qobject_cast<ApplicationListPage*>(window->page(QStringLiteral("list")));
            window->showPage(QStringLiteral("list"));
            window->show();
        }
        QAction* action(const char* objectName) const { return window->findChild<QAction*>(QLatin1String(objectName)); }
        int onBoard(Stage stage) const
        {
            return qobject_cast<BoardPage*>(window->page(QStringLiteral("board")))->column(stage)->model()->rowCount();
        }
        QString shownTitle(qint64 id) const
        {
            const QModelIndex row = session->applications().indexOfId(id);
            return row.siblingAtColumn(ApplicationTableModel::Title).data().toString();
        }
        // Whether the details dock's heading names this title.
        bool detailsShow(const QString& title) const
        {
            for (const QLabel* label : window->details()->findChildren<QLabel*>()) {
                if (label->text().contains(title))
                    return true;
            }
            return false;
        }
    };

    // Answers the New or Edit dialog that the window is about to open modally: `fill` types into it, then OK is
    // pressed. If no dialog turns up, open modal dialogs are rejected so the test fails instead of hanging.
    static void answerApplicationDialog(std::function<void(ApplicationDialog&)> fill)
    {
        auto* timer = new QTimer(qApp);
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, tries = 0]() mutable {
            auto* dialog = qobject_cast<ApplicationDialog*>(QApplication::activeModalWidget());
            if (!dialog && ++tries < 300)
                return;
            timer->deleteLater();
            if (!dialog) {
                if (auto* other = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                    other->reject();
                return;
            }
            fill(*dialog);
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            if (ok->isEnabled())
                ok->click();
            else
                dialog->reject();
        });
        timer->start();
    }

    static void type(ApplicationDialog& dialog, const char* field, const QString& text)
    {
        if (auto* line = dialog.findChild<QLineEdit*>(QLatin1String(field)))
            line->setText(text);
        else if (auto* edit = dialog.findChild<QPlainTextEdit*>(QLatin1String(field)))
            edit->setPlainText(text);
    }

    static ApplicationDraft stored(const Fixture& f, qint64 id)
    {
        const Result<Application> found = ApplicationRepository(f.test.db()).find(id);
        return found ? ApplicationDraft(found.value()) : ApplicationDraft();
    }

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

    void archivedApplicationsAreFoundAgainAndUnarchivedUndoably()
    {
        Fixture f;
        f.add(QStringLiteral("Beta"), QStringLiteral("Engineer"));
        const qint64 id = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        // The menu's Archive asks nothing (no dialog opens) and says how to take it back.
        f.action("archiveApplication")->trigger();
        QCOMPARE(f.session->applications().rowOfId(id), -1);
        QCOMPARE(f.window->statusBar()->currentMessage(), QStringLiteral("Archived Acme \u2014 Ctrl+Z to undo"));

        QComboBox* scope = f.list->scopeFilter();
        scope->setCurrentIndex(scope->findData(true));
        QVERIFY(f.list->showsArchived());
        QVERIFY(f.list->unarchiveButton()->isVisible());
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
        const QModelIndex row = f.list->view()->model()->index(0, 0);
        QCOMPARE(row.data(ApplicationTableModel::IdRole).toLongLong(), id);
        f.list->view()->setCurrentIndex(row);
        QVERIFY(f.list->unarchiveButton()->isEnabled());
        f.list->unarchiveButton()->click();
        QCOMPARE(f.list->view()->model()->rowCount(), 0);
        QVERIFY(f.session->applications().rowOfId(id) >= 0);
        QCOMPARE(f.onBoard(Stage::Applied), 2);
        QCOMPARE(f.session->currentApplicationId(), id);

        f.session->undoStack().undo(); // the unarchive
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
        QCOMPARE(f.onBoard(Stage::Applied), 1);
        scope->setCurrentIndex(scope->findData(false));
        QVERIFY(!f.list->unarchiveButton()->isVisible());
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
        f.session->undoStack().undo(); // the archive
        QCOMPARE(f.list->view()->model()->rowCount(), 2);
    }

    void newApplicationFromTheDialogIsUndoneAndRedoneWithTheSameId()
    {
        Fixture f;
        answerApplicationDialog([](ApplicationDialog& dialog) {
            type(dialog, "companyEdit", QStringLiteral("Acme"));
            type(dialog, "titleEdit", QStringLiteral("Engineer"));
            type(dialog, "notesEdit", QStringLiteral("referred by Sam"));
        });
        f.action("newApplication")->trigger();
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
        const qint64 id = f.session->currentApplicationId();
        QVERIFY(id > 0);
        QCOMPARE(f.window->details()->applicationId(), id);
        QCOMPARE(f.session->undoStack().count(), 1);
        QCOMPARE(f.session->undoStack().undoText(), QStringLiteral("Add application Acme \u2014 Engineer"));
        // The menu item says what it undoes; the toolbar's button says "Undo" and keeps that for its tooltip.
        QCOMPARE(f.action("undoAction")->text(), QStringLiteral("&Undo Add application Acme \u2014 Engineer"));
        auto* bar = f.window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        auto* undoButton = qobject_cast<QToolButton*>(bar->widgetForAction(f.action("undoAction")));
        QVERIFY(undoButton);
        QCOMPARE(undoButton->text(), QStringLiteral("Undo"));
        QCOMPARE(undoButton->toolTip(), QStringLiteral("Undo Add application Acme \u2014 Engineer"));
        const QDateTime dueBefore = TaskRepository(f.test.db()).forApplication(id)->first().dueAt;

        f.clock.advanceSecs(60);
        f.action("undoAction")->trigger();
        QCOMPARE(f.list->view()->model()->rowCount(), 0);
        QCOMPARE(f.onBoard(Stage::Applied), 0);
        QCOMPARE(f.session->applications().rowOfId(id), -1);
        QCOMPARE(ApplicationRepository(f.test.db()).find(id).error().kind, Error::Kind::NotFound);
        // Nothing of it is left behind: no reminder, no selection, an empty details dock.
        QVERIFY(TaskRepository(f.test.db()).list()->isEmpty());
        QCOMPARE(f.session->currentApplicationId(), 0);
        QCOMPARE(f.window->details()->timeline()->rowCount(), 0);
        QVERIFY(!f.action("editApplication")->isEnabled());

        f.clock.advanceSecs(60);
        f.action("redoAction")->trigger();
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
        QCOMPARE(f.onBoard(Stage::Applied), 1);
        QVERIFY(f.session->applications().rowOfId(id) >= 0);
        QCOMPARE(stored(f, id).notes, QStringLiteral("referred by Sam"));
        QCOMPARE(f.session->pipeline().history(id)->size(), 1);
        const QList<FollowUpTask> tasks = TaskRepository(f.test.db()).forApplication(id).value();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().dueAt, dueBefore);

        // Undo and redo again: the redone add is a step like the first.
        f.action("undoAction")->trigger();
        QCOMPARE(f.list->view()->model()->rowCount(), 0);
        f.action("redoAction")->trigger();
        QCOMPARE(f.session->applications().rowOfId(id), 0);
    }

    void editFromTheDialogIsUndoneToTheOldValuesExactly()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"), QStringLiteral("first notes"));
        const ApplicationDraft before = stored(f, id);
        answerApplicationDialog([](ApplicationDialog& dialog) {
            type(dialog, "titleEdit", QStringLiteral("Senior Engineer"));
            type(dialog, "notesEdit", QStringLiteral("second notes"));
            type(dialog, "salaryEdit", QStringLiteral("90k"));
            dialog.findChild<QCheckBox*>(QStringLiteral("appliedCheck"))->setChecked(false);
        });
        f.action("editApplication")->trigger();
        QCOMPARE(f.shownTitle(id), QStringLiteral("Senior Engineer"));
        QVERIFY(f.detailsShow(QStringLiteral("Senior Engineer")));
        QCOMPARE(stored(f, id).salary, QStringLiteral("90k"));
        QVERIFY(!stored(f, id).appliedOn.has_value());
        QCOMPARE(f.session->undoStack().count(), 1);
        QCOMPARE(f.session->undoStack().undoText(), QStringLiteral("Edit Acme \u2014 Senior Engineer"));

        f.action("undoAction")->trigger();
        const ApplicationDraft undone = stored(f, id);
        QCOMPARE(undone.title, before.title);
        QCOMPARE(undone.notes, before.notes);
        QCOMPARE(undone.salary, before.salary);
        QCOMPARE(undone.appliedOn, before.appliedOn);
        QCOMPARE(undone.company, before.company);
        QVERIFY(before.appliedOn.has_value());
        QCOMPARE(f.shownTitle(id), QStringLiteral("Engineer"));
        QVERIFY(!f.detailsShow(QStringLiteral("Senior Engineer")));

        f.action("redoAction")->trigger();
        QCOMPARE(stored(f, id).title, QStringLiteral("Senior Engineer"));
        QCOMPARE(stored(f, id).notes, QStringLiteral("second notes"));
        QCOMPARE(f.shownTitle(id), QStringLiteral("Senior Engineer"));
    }

    void undoingAnEditLeavesTheFieldsItDidNotChangeAsTheyAreNow()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        ApplicationDraft edited = stored(f, id);
        edited.notes = QStringLiteral("call back Monday");
        QVERIFY(f.session->updateApplication(id, edited).ok());
        // A change made outside the undo stack (as a script through the core would) after the edit.
        ApplicationDraft later = stored(f, id);
        later.location = QStringLiteral("Berlin");
        QVERIFY(ApplicationRepository(f.test.db()).update(id, later, f.clock.now()).ok());

        f.session->undoStack().undo();
        QCOMPARE(stored(f, id).notes, QString());
        QCOMPARE(stored(f, id).location, QStringLiteral("Berlin"));
    }

    void anEditThatChangesNothingOrIsRefusedLeavesNoUndoStep()
    {
        Fixture f;
        const qint64 id = f.add(QStringLiteral("Acme"), QStringLiteral("Engineer"));
        answerApplicationDialog([](ApplicationDialog&) {});
        f.action("editApplication")->trigger();
        QCOMPARE(f.session->undoStack().count(), 0);

        ApplicationDraft blank = stored(f, id);
        blank.title = QStringLiteral("  ");
        QVERIFY(!f.session->updateApplication(id, blank).ok());
        ApplicationDraft nameless;
        nameless.title = QStringLiteral("Engineer");
        QVERIFY(!f.session->addApplication(nameless, Stage::Applied).ok());
        QCOMPARE(f.session->undoStack().count(), 0);
        QCOMPARE(f.list->view()->model()->rowCount(), 1);
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
        // Nothing typed yet: OK is off, but no error shouts at an empty form.
        dialog.show();
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QVERIFY(!error->isVisible());
        QTest::keyClicks(company, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->isVisible());
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
