// Every keyboard shortcut of the real main window is unique within its context: two actions on one key make
// Qt print "Ambiguous shortcut overload" and run neither (issue 13: Ctrl+E was Export and Edit).
#include "Translations.h"
#include "WindowFixture.h"
#include "dialogs/ApplicationDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

#include <map>
#include <set>

using namespace jobdeck;

class TestShortcuts : public QObject
{
    Q_OBJECT

    // Actions reachable from the window: its children (menus, toolbars, docks, pages, the tray menu) and,
    // recursively, every action of every menu they lead to.
    static void collect(QAction* action, std::set<QAction*>& seen)
    {
        if (!action || !seen.insert(action).second)
            return;
        if (QMenu* menu = action->menu()) {
            const QList<QAction*> inner = menu->actions();
            for (QAction* each : inner)
                collect(each, seen);
        }
    }

    static std::set<QAction*> allActions(QMainWindow& window)
    {
        std::set<QAction*> seen;
        for (QAction* action : window.findChildren<QAction*>())
            collect(action, seen);
        for (QAction* action : window.menuBar()->actions())
            collect(action, seen);
        for (QToolBar* bar : window.findChildren<QToolBar*>()) {
            for (QAction* action : bar->actions())
                collect(action, seen);
        }
        for (QMenu* menu : window.findChildren<QMenu*>()) {
            for (QAction* action : menu->actions())
                collect(action, seen);
        }
        return seen;
    }

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void noTwoActionsShareAShortcutInOneContext()
    {
        WindowFixture f;
        f.window->show();
        f.add(QStringLiteral("Acme"));
        const std::set<QAction*> actions = allActions(*f.window);
        QVERIFY2(actions.size() > 20, "the walk found too few actions to be the real window");
        // Shortcut context, then key: who is bound to it.
        std::map<std::pair<int, QString>, QStringList> bound;
        int withKeys = 0;
        for (QAction* action : actions) {
            const QList<QKeySequence> keys = action->shortcuts();
            withKeys += keys.isEmpty() ? 0 : 1;
            for (const QKeySequence& key : keys) {
                if (!key.isEmpty())
                    bound[{int(action->shortcutContext()), key.toString(QKeySequence::PortableText)}].append(
                        action->text().remove(QLatin1Char('&')));
            }
        }
        for (QShortcut* shortcut : f.window->findChildren<QShortcut*>()) {
            if (shortcut->context() == Qt::WindowShortcut || shortcut->context() == Qt::ApplicationShortcut) {
                for (const QKeySequence& key : shortcut->keys())
                    bound[{int(shortcut->context()), key.toString(QKeySequence::PortableText)}].append(
                        shortcut->objectName());
            }
        }
        QVERIFY2(withKeys >= 10, "the walk found too few shortcuts");
        QStringList clashes;
        for (const auto& [where, names] : bound) {
            if (names.size() > 1)
                clashes.append(where.second + QStringLiteral(": ") + names.join(QStringLiteral(", ")));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    // The access key of a menu item (the underlined letter, Alt+F then R) is one item's within its menu: two
    // items on one letter make the key only move between them, so Restore From Backup could not be reached
    // with R (Open &Recent had it first). In every language Jobdeck speaks, and across the menu bar.
    void noTwoItemsOfAMenuShareAnAccessKey()
    {
        auto accessKey = [](const QString& text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != QLatin1Char('&'))
                    continue;
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                return text.at(i + 1).toLower();
            }
            return {};
        };
        auto clashesIn = [&](const QString& where, const QList<QAction*>& actions, QStringList& clashes) {
            std::map<QChar, QStringList> byKey;
            for (const QAction* action : actions) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (const QChar key = accessKey(action->text()); !key.isNull())
                    byKey[key].append(action->text());
            }
            for (const auto& [key, texts] : byKey) {
                if (texts.size() > 1)
                    clashes.append(QStringLiteral("%1: %2").arg(where, texts.join(QStringLiteral(" / "))));
            }
        };
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            QVERIFY(installTranslations(*qApp, language) || language == QLatin1String("en"));
            QStringList clashes;
            int menus = 0;
            {
                WindowFixture f;
                f.add(QStringLiteral("Acme"));
                clashesIn(language + QStringLiteral(" menu bar"), f.window->menuBar()->actions(), clashes);
                for (QMenu* menu : f.window->findChildren<QMenu*>()) {
                    ++menus;
                    clashesIn(language + QStringLiteral(" ") + menu->title(), menu->actions(), clashes);
                }
            }
            QVERIFY2(menus >= 5, "the walk found too few menus to be the real window");
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        }
        installTranslations(*qApp, QStringLiteral("en"));
    }

    // Enter in the job description box is a new line, so the dialog could only be saved with the mouse or
    // Tab, Tab, Enter: Ctrl+Enter saves from the notes and the job description, once the form is valid.
    void ctrlEnterSavesTheApplicationDialogFromItsTextBoxes()
    {
        for (const char* box : {"jdEdit", "notesEdit"}) {
            ApplicationDialog dialog(ApplicationDialog::Mode::Add, QDate(2026, 12, 2));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* text = dialog.findChild<QPlainTextEdit*>(QLatin1String(box));
            QVERIFY(text);
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("SQL"));
            QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY2(dialog.isVisible(), box); // no company or title yet: the form stays, with its reason
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->isHidden());

            dialog.findChild<QLineEdit*>(QStringLiteral("companyEdit"))->setText(QStringLiteral("Acme"));
            dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Engineer"));
            QTest::keyClick(text, Qt::Key_Return); // a new line, not a save
            QVERIFY(dialog.isVisible());
            QTest::keyClicks(text, QStringLiteral("Spark"));
            QTest::keyClick(text, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
            QVERIFY2(!dialog.isVisible(), box);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const ApplicationDraft saved = dialog.draft();
            QCOMPARE(QString::fromLatin1(box) == QLatin1String("jdEdit") ? saved.jobDescription : saved.notes,
                     QStringLiteral("SQL\nSpark"));
        }
    }

    void editAndExportHaveTheirOwnKeys()
    {
        WindowFixture f;
        const std::set<QAction*> actions = allActions(*f.window);
        QString edit;
        QString exportKeys;
        for (QAction* action : actions) {
            if (action->objectName() == QStringLiteral("editApplication"))
                edit = action->shortcut().toString(QKeySequence::PortableText);
            if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Export")))
                exportKeys = action->shortcut().toString(QKeySequence::PortableText);
        }
        QCOMPARE(edit, QStringLiteral("Ctrl+E"));
        QCOMPARE(exportKeys, QStringLiteral("Ctrl+Shift+E"));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
