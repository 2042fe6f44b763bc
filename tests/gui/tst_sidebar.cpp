// The sidebar names every page in full and shows no scrollbar (issue 14: "a pointless horizontal scrollbar").
#include "WindowFixture.h"

#include <QListWidget>
#include <QScrollBar>
#include <QTest>

using namespace jobdeck;

class TestSidebar : public QObject
{
    Q_OBJECT

private slots:
    void everyPageNameFitsWithoutAScrollbar_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void everyPageNameFitsWithoutAScrollbar()
    {
        QFETCH(QSize, size);
        WindowFixture f;
        f.window->resize(size);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto* sidebar = f.window->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QVERIFY(sidebar->count() >= 5);
        QVERIFY(!sidebar->horizontalScrollBar()->isVisible());
        for (int row = 0; row < sidebar->count(); ++row) {
            const QRect rect = sidebar->visualItemRect(sidebar->item(row));
            QVERIFY2(rect.right() < sidebar->viewport()->width(), qPrintable(sidebar->item(row)->text()));
            const int textWidth = sidebar->fontMetrics().horizontalAdvance(sidebar->item(row)->text());
            QVERIFY2(textWidth < sidebar->viewport()->width(), qPrintable(sidebar->item(row)->text()));
        }
    }
};

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
