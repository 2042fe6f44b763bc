// The first run (issue 14, item 5): an empty database shows a welcome in place of the board and the list,
// with three ways to start; it goes as soon as an application exists. "Try the sample data" opens a
// separate sample database and leaves the user's file empty.
#include "AppController.h"
#include "WelcomePanel.h"
#include "WindowFixture.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace jobdeck;

namespace {

// Rejects the next modal dialog the app shows (a button's action runs its own event loop) and keeps its class.
void rejectNextDialog(QString* className)
{
    handleNextModal([className](QWidget* modal) {
        auto* dialog = qobject_cast<QDialog*>(modal);
        if (dialog) {
            *className = QString::fromLatin1(dialog->metaObject()->className());
            dialog->reject();
        }
        return dialog != nullptr;
    });
}

qint64 countIn(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    const Result<qint64> count = ApplicationRepository(*db.value()).count(true);
    return count ? *count : -1;
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void showsOnAnEmptyDatabaseAndGoesAfterAnAdd()
    {
        WindowFixture f;
        f.window->show();
        QVERIFY(f.window->showPage(QStringLiteral("board")));
        QVERIFY(f.window->isWelcomeShown());
        QVERIFY(f.window->welcome()->isVisible());
        QVERIFY(f.window->showPage(QStringLiteral("list")));
        QVERIFY(f.window->isWelcomeShown());
        // The other pages have their own empty states.
        QVERIFY(f.window->showPage(QStringLiteral("reminders")));
        QVERIFY(!f.window->isWelcomeShown());
        QVERIFY(f.window->showPage(QStringLiteral("board")));

        ApplicationDraft draft;
        draft.company = QStringLiteral("Acme");
        draft.title = QStringLiteral("Engineer");
        QVERIFY(f.session->addApplication(draft, Stage::Applied).ok());
        QVERIFY(!f.window->isWelcomeShown());
        QVERIFY(!f.window->welcome()->isVisible());
        // Undoing the only add is an empty database again.
        f.session->undoStack().undo();
        QVERIFY(f.window->isWelcomeShown());
    }

    void anArchivedApplicationIsNotAFirstRun()
    {
        WindowFixture f;
        const qint64 id = f.add(QStringLiteral("Acme"));
        f.session->archiveApplication(id);
        QCOMPARE(f.session->applications().rowCount(), 0);
        QVERIFY(!f.window->isWelcomeShown());
    }

    void theAddButtonOpensTheNewApplicationDialogFromTheKeyboard()
    {
        WindowFixture f;
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->activateWindow();
        f.window->welcome()->addButton()->setFocus();
        QString shown;
        rejectNextDialog(&shown);
        QTest::keyClick(f.window->welcome()->addButton(), Qt::Key_Space);
        QCOMPARE(shown, QStringLiteral("jobdeck::ApplicationDialog"));
        QVERIFY(f.window->isWelcomeShown());
    }

    void theImportButtonTriggersImport()
    {
        WindowFixture f;
        f.window->show();
        QSignalSpy triggered(f.window->importAction(), &QAction::triggered);
        QString shown;
        rejectNextDialog(&shown); // the file chooser
        QTest::mouseClick(f.window->welcome()->importButton(), Qt::LeftButton);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(shown, QStringLiteral("QFileDialog"));
    }

    void theSampleButtonOpensASeparateDatabaseAndLeavesTheUsersEmpty()
    {
        QTemporaryDir dir;
        MockClock clock;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        AppController controller(settings, clock);
        const QString mine = dir.filePath(QStringLiteral("mine.sqlite"));
        const QString sample = dir.filePath(QStringLiteral("data/jobdeck-sample.sqlite"));
        controller.setSamplePath(sample);
        QVERIFY(controller.open(mine).ok());
        QVERIFY(controller.window()->isWelcomeShown());
        QVERIFY(!controller.isSampleOpen());

        QTest::mouseClick(controller.window()->welcome()->sampleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->database().path(), sample, 10000);
        QVERIFY(controller.isSampleOpen());
        QVERIFY(controller.session()->applications().rowCount() > 0);
        QVERIFY(!controller.window()->isWelcomeShown());
        QVERIFY(controller.window()->windowTitle().contains(QStringLiteral("Sample")));
        // The way back: the user's file is in File > Open Recent.
        QVERIFY(settings.recentFiles().contains(mine));
        QCOMPARE(countIn(mine), 0);
        const qint64 inSample = countIn(sample);
        QVERIFY(inSample > 0);

        // Going back and trying again neither mixes nor refills.
        emit controller.window()->openDatabaseRequested(mine);
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->database().path(), mine, 5000);
        QVERIFY(controller.window()->isWelcomeShown());
        QVERIFY(!controller.window()->windowTitle().contains(QStringLiteral("Sample")));
        emit controller.window()->sampleDatabaseRequested();
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->database().path(), sample, 10000);
        QCOMPARE(countIn(sample), inSample);
        QCOMPARE(countIn(mine), 0);
    }

    void theRemindersPageSaysWhyItIsEmpty()
    {
        WindowFixture f;
        f.window->show();
        QVERIFY(f.window->showPage(QStringLiteral("reminders")));
        auto* note = f.window->findChild<QWidget*>(QStringLiteral("remindersEmpty"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        f.add(QStringLiteral("Acme")); // applied: a follow-up is due later
        f.session->reloadAll();
        QVERIFY(!note->isVisible());
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
