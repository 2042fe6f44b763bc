// Where the app's file dialogs open: the standard folder for their kind at first (never the folder the app
// was started from), then wherever the user last picked a file of that kind, also after a restart.
#include "FileDialogs.h"
#include "WindowFixture.h"
#include "io/BackupSet.h"
#include "storage/ApplicationTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace jobdeck;

class TestFileDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Clicks `button`, and reports the folder the file dialog it opens shows; then picks `pick` in it (or
    // cancels when that is empty).
    static QString folderShownBy(QAbstractButton* button, const QString& pick = {})
    {
        QString shown;
        handleNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            if (!dialog)
                return false;
            shown = dialog->directory().absolutePath();
            if (pick.isEmpty()) {
                dialog->reject();
            } else {
                // As a person does: types the file's path and presses Enter.
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                if (!name)
                    return false;
                name->setText(pick);
                QTest::keyClick(name, Qt::Key_Return);
            }
            return true;
        });
        button->click();
        return shown;
    }

private slots:
    void initTestCase()
    {
        // A home of our own, with Downloads but no Documents (as on a fresh account).
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Downloads")));
        QVERIFY(QDir::current().absolutePath() != m_home.path());
    }

    void aResumeIsLookedForInDownloadsThenWhereTheLastOneWas()
    {
        WindowFixture f;
        f.window->showPage(QStringLiteral("match"));
        QPushButton* import = nullptr;
        for (QPushButton* button : f.window->findChildren<QPushButton*>()) {
            if (button->text().contains(QStringLiteral("Import Resume")))
                import = button;
        }
        QVERIFY(import);
        const QString downloads = QDir(m_home.path()).filePath(QStringLiteral("Downloads"));
        QCOMPARE(folderShownBy(import), downloads);

        const QString elsewhere = QDir(m_home.path()).filePath(QStringLiteral("cv"));
        QVERIFY(QDir().mkpath(elsewhere));
        QFile resume(QDir(elsewhere).filePath(QStringLiteral("resume.txt")));
        QVERIFY(resume.open(QIODevice::WriteOnly));
        resume.write("Python, SQL and Spark.\n");
        resume.close();
        QCOMPARE(folderShownBy(import, resume.fileName()), downloads);
        QTRY_VERIFY(import->isEnabled()); // the resume is read in the background
        QCOMPARE(folderShownBy(import), elsewhere);
        // Each kind keeps its own folder: an export still starts in the standard one (home: no Documents).
        QCOMPARE(filedialogs::folderFor(f.window.get(), filedialogs::Kind::Export), m_home.path());

        // A restart reads the settings file again.
        f.settings.sync();
        Settings again(f.settingsDir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(again.fileFolder(QStringLiteral("resume")), elsewhere);

        // A remembered folder that is gone: the standard one again.
        QVERIFY(QDir(elsewhere).removeRecursively());
        QCOMPARE(filedialogs::folderFor(f.window.get(), filedialogs::Kind::Resume), downloads);
    }

    void fileExportSuggestsItsNameInTheStandardFolder()
    {
        WindowFixture f;
        QAction* exportAction = nullptr;
        for (QAction* action : f.window->findChildren<QAction*>()) {
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Export..."))
                exportAction = action;
        }
        QVERIFY(exportAction);
        f.window->resize(1280, 800);
        QString suggested;
        QSize size;
        bool columnsFit = false;
        handleNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            if (!dialog)
                return false;
            const QString name = QFileInfo(dialog->selectedFiles().value(0)).fileName();
            suggested = QDir(dialog->directory().absolutePath()).filePath(name);
            size = dialog->size();
            // Its detail columns show a date and a type whole; the name takes what is left.
            if (auto* details = dialog->findChild<QTreeView*>(QStringLiteral("treeView"))) {
                const QFontMetrics metrics(details->font());
                const QString date = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
                const QHeaderView* header = details->header();
                columnsFit = header->sectionSize(3) > metrics.horizontalAdvance(date) &&
                             header->sectionSize(2) > metrics.horizontalAdvance(QStringLiteral("CSV document")) &&
                             header->sectionSize(0) > header->sectionSize(2);
            }
            dialog->reject();
            return true;
        });
        exportAction->trigger();
        QCOMPARE(suggested, QDir(m_home.path()).filePath(QStringLiteral("jobdeck-export.csv")));
        // Qt's own dialog opens wide enough to show a file's name, size, type and date whole (its size hint
        // cut them to "354...tes  CSV...ent" on the desktop).
        QVERIFY2(size.width() >= 760 && size.height() >= 480,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
        QVERIFY(columnsFit);
    }

    // File > Restore From Backup opens on the newest backup, in a dialog wide enough to tell the backups apart
    // by name ("jobs.sq....sqlite" and "jobs.sql...l.sqlite" were the daily and the manual one).
    void restoreOpensOnTheNewestBackupInAWideDialog()
    {
        WindowFixture f;
        f.window->resize(1280, 800);
        QAction* backUp = nullptr;
        QAction* restore = nullptr;
        for (QAction* action : f.window->findChildren<QAction*>()) {
            const QString text = action->text().remove(QLatin1Char('&'));
            if (text == QStringLiteral("Back Up Now"))
                backUp = action;
            else if (text == QStringLiteral("Restore From Backup..."))
                restore = action;
        }
        QVERIFY(backUp && restore);
        backUp->trigger();
        const std::optional<QString> latest = io::BackupSet::forDatabase(f.test.db()).latest();
        QVERIFY(latest);
        QString selected;
        QSize size;
        QString question;
        handleNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            if (!dialog)
                return false;
            selected = dialog->selectedFiles().value(0);
            size = dialog->size();
            // The newest backup is already selected: Enter picks it, and the question names what it holds.
            handleNextModal([&](QWidget* next) {
                auto* box = qobject_cast<QMessageBox*>(next);
                if (!box)
                    return false;
                question = box->text();
                box->button(QMessageBox::No)->click();
                return true;
            });
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
            return true;
        });
        restore->trigger();
        QCOMPARE(QFileInfo(selected).canonicalFilePath(), QFileInfo(*latest).canonicalFilePath());
        QVERIFY2(size.width() >= 760, qPrintable(QString::number(size.width())));
        QVERIFY2(question.contains(QStringLiteral("(saved ")) && question.contains(QStringLiteral(", 0 application")),
                 qPrintable(question));
        QCOMPARE(f.session->applications().rowCount(), 0); // answered No: nothing replaced
    }
};

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
