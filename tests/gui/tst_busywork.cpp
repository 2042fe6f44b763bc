// runBusy: a restore, backup or export runs on a worker while the window keeps painting, and a dialog says what
// is going on only when it takes long enough to notice. (That input waits meanwhile is Qt's
// QEventLoop::ExcludeUserInputEvents, which holds back the window system's events; a test's synthetic key
// events are delivered at once, so it is not checked here.)
#include "BusyWork.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTest>
#include <QThread>

using namespace jobdeck;

namespace {

QProgressDialog* visibleProgress()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QProgressDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestBusyWork : public QObject
{
    Q_OBJECT

private slots:
    void longWorkRunsOffTheGuiThreadWithADialog()
    {
        QWidget window;
        window.setWindowTitle(QStringLiteral("a-long-database-name.sqlite \u2014 Jobdeck"));
        window.show();

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        QString shownLabel;
        QString shownTitle;
        bool titleFits = false;
        bool shownEarly = false;
        QTimer::singleShot(150, this, [&] { shownEarly = visibleProgress() != nullptr; });
        QTimer::singleShot(450, this, [&] {
            if (QProgressDialog* dialog = visibleProgress()) {
                shownLabel = dialog->labelText();
                shownTitle = dialog->windowTitle();
                titleFits = dialog->width() > dialog->fontMetrics().horizontalAdvance(shownTitle);
            }
        });

        const Qt::HANDLE gui = QThread::currentThreadId();
        Qt::HANDLE worker = gui;
        const int result = runBusy(&window, QStringLiteral("Restoring..."), [&worker] {
            worker = QThread::currentThreadId();
            QThread::msleep(700);
            return 42;
        });
        QCOMPARE(result, 42);
        QVERIFY(worker != gui);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the GUI thread kept running its events
        QVERIFY(!shownEarly);
        QCOMPARE(shownLabel, QStringLiteral("Restoring..."));
        QCOMPARE(shownTitle, window.windowTitle());
        QVERIFY(titleFits); // the title bar does not cut the window's title short
        QVERIFY(!visibleProgress());
    }

    void quickWorkShowsNoDialog()
    {
        QWidget window;
        window.show();
        bool seen = false;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { seen = seen || visibleProgress(); });
        probe.start(10);
        const QString result = runBusy(&window, QStringLiteral("Backing up..."), [] {
            QThread::msleep(50);
            return QStringLiteral("done");
        });
        QCOMPARE(result, QStringLiteral("done"));
        QVERIFY(!seen);
    }
};

QTEST_MAIN(TestBusyWork)
#include "tst_busywork.moc"
