// Every keyboard shortcut of the real main window is unique within its context: two actions on one key make
// Qt print "Ambiguous shortcut overload" and run neither (issue 13: Ctrl+E was Export and Edit).
#include "WindowFixture.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
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
