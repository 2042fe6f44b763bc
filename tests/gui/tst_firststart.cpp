// The first start (no saved window geometry) opens the window on most of the screen, centred.
#include "WindowFixture.h"

#include <QScreen>
#include <QTest>

using namespace jobdeck;

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void firstStartTakesAboutEightyPercentOfTheScreenCentred()
    {
        WindowFixture f;
        f.window->restoreLayout();
        const QRect available = f.window->screen()->availableGeometry();
        const QSize expected = (available.size() * 0.8).expandedTo(f.window->minimumSizeHint()).boundedTo(available.size());
        QVERIFY2(qAbs(f.window->width() - expected.width()) <= 2,
                 qPrintable(QStringLiteral("%1 wide, expected %2").arg(f.window->width()).arg(expected.width())));
        QVERIFY(qAbs(f.window->height() - expected.height()) <= 2);
        const QPoint centre = f.window->geometry().center();
        QVERIFY2((centre - available.center()).manhattanLength() <= 4,
                 qPrintable(QStringLiteral("centred at %1,%2").arg(centre.x()).arg(centre.y())));
    }

    void aSavedGeometryWinsOverTheFirstStartSize()
    {
        WindowFixture f;
        f.window->resize(700, 500);
        f.window->saveLayout();
        WindowFixture again;
        again.settings.setWindowGeometry(f.settings.windowGeometry());
        again.window->restoreLayout();
        QCOMPARE(again.window->size(), f.window->size());
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
