// One icon set that follows the palette (issue 14): every icon of the set loads, is drawn dark on a light
// palette and light on a dark one, and the window's sidebar, toolbar and notification bar use only the set.
#include "Icons.h"
#include "NotificationBar.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSvgRenderer>
#include <QTest>
#include <QToolBar>

using namespace jobdeck;

namespace {

// The mean HSL lightness (0-255) and colour of the clearly drawn pixels, and how many there are.
struct Ink
{
    int pixels = 0;
    int lightness = -1;
    QColor mean;
};

Ink inkOf(const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0, g = 0, b = 0, lightness = 0;
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 128)
                continue;
            ++ink.pixels;
            r += c.red();
            g += c.green();
            b += c.blue();
            lightness += c.lightness();
        }
    }
    if (ink.pixels > 0) {
        ink.lightness = int(lightness / ink.pixels);
        ink.mean = QColor(int(r / ink.pixels), int(g / ink.pixels), int(b / ink.pixels));
    }
    return ink;
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool close(const QColor& a, const QColor& b)
{
    return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 && qAbs(a.blue() - b.blue()) <= 3;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_saved = QApplication::palette(); }
    void cleanup() { QApplication::setPalette(m_saved); }

    void everyIconLoads()
    {
        QVERIFY(Icons::names().size() >= 11);
        for (const QString& name : Icons::names()) {
            QSvgRenderer renderer(Icons::resourcePath(name));
            QVERIFY2(renderer.isValid(), qPrintable(name));
            const QIcon icon = Icons::icon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QCOMPARE(icon.name(), name);
            QVERIFY2(inkOf(icon.pixmap(24, 24).toImage()).pixels > 20, qPrintable(name));
        }
        QVERIFY(Icons::icon(QStringLiteral("no-such-icon")).isNull());
    }

    void darkOnLightAndLightOnDark()
    {
        for (const QString& name : Icons::names()) {
            QApplication::setPalette(lightPalette());
            const Ink onLight = inkOf(Icons::icon(name).pixmap(24, 24).toImage());
            QApplication::setPalette(darkPalette());
            const Ink onDark = inkOf(Icons::icon(name).pixmap(24, 24).toImage());
            QVERIFY2(onLight.lightness >= 0 && onLight.lightness < 80,
                     qPrintable(name + QStringLiteral(" on light: %1").arg(onLight.lightness)));
            QVERIFY2(onDark.lightness > 180, qPrintable(name + QStringLiteral(" on dark: %1").arg(onDark.lightness)));
        }
    }

    void disabledAndSelectedUseTheirColours()
    {
        QApplication::setPalette(lightPalette());
        const QIcon undo = Icons::icon(QStringLiteral("undo"));
        QVERIFY(close(inkOf(undo.pixmap(24, 24, QIcon::Normal).toImage()).mean, QColor(0x20, 0x20, 0x20)));
        QVERIFY(close(inkOf(undo.pixmap(24, 24, QIcon::Disabled).toImage()).mean, QColor(0xa0, 0xa0, 0xa0)));
        QVERIFY(close(inkOf(undo.pixmap(24, 24, QIcon::Selected).toImage()).mean, QColor(0xff, 0xff, 0xff)));
    }

    void highDpiPixmapsAreSharp()
    {
        const QPixmap pixmap = Icons::icon(QStringLiteral("board")).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }

    void theWindowUsesOnlyTheSet()
    {
        WindowFixture f;
        const QStringList names = Icons::names();
        auto* sidebar = f.window->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QVERIFY(sidebar->count() >= 5);
        QSet<QString> pageIcons;
        for (int row = 0; row < sidebar->count(); ++row) {
            const QString name = sidebar->item(row)->icon().name();
            QVERIFY2(names.contains(name), qPrintable(sidebar->item(row)->text()));
            pageIcons.insert(name);
        }
        QCOMPARE(pageIcons.size(), sidebar->count());

        auto* bar = f.window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        int buttons = 0;
        for (QAction* action : bar->actions()) {
            if (action->isSeparator())
                continue;
            ++buttons;
            QVERIFY2(names.contains(action->icon().name()), qPrintable(action->text()));
        }
        QVERIFY(buttons >= 5); // New, Import, Edit, Undo, Redo
    }

    void theNotificationBarDrawsInItsTextColour()
    {
        QApplication::setPalette(darkPalette());
        NotificationBar bar;
        auto* label = bar.findChild<QLabel*>(QStringLiteral("notificationIcon"));
        QVERIFY(label);
        const Ink ink = inkOf(label->pixmap().toImage());
        QVERIFY(ink.pixels > 10);
        QVERIFY(close(ink.mean, bar.palette().color(QPalette::WindowText)));
    }

private:
    QPalette m_saved;
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
