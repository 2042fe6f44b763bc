// The details panel shows all its tabs, whole, with no scroll arrows (issue 14), in English and when the
// window is as small as a 1280x800 laptop allows.
#include "WindowFixture.h"

#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace jobdeck;

class TestDetailsTabs : public QObject
{
    Q_OBJECT

private slots:
    void everyTabIsWholeAndInSight()
    {
        WindowFixture f;
        f.add(QStringLiteral("Acme"));
        f.window->resize(1280, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto* tabs = f.window->findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
        QVERIFY(tabs);
        QTabBar* bar = tabs->tabBar();
        QVERIFY(bar->isVisible());
        for (QToolButton* arrow : bar->findChildren<QToolButton*>())
            QVERIFY2(!arrow->isVisible(), "the tab bar shows scroll arrows");
        for (int i = 0; i < bar->count(); ++i) {
            const QRect rect = bar->tabRect(i);
            QVERIFY2(rect.left() >= 0 && rect.right() <= bar->width(), qPrintable(bar->tabText(i)));
            QVERIFY2(bar->fontMetrics().horizontalAdvance(bar->tabText(i)) < rect.width(), qPrintable(bar->tabText(i)));
        }
    }
};

QTEST_MAIN(TestDetailsTabs)
#include "tst_detailstabs.moc"
