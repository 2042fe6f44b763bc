// The board fits its stages and its cards show their text whole: wrapping, the Closed group, sizes.
#include "WindowFixture.h"
#include "board/BoardColumn.h"
#include "board/BoardPage.h"
#include "board/CardDelegate.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"

#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace jobdeck;

class TestBoardLayout : public QObject
{
    Q_OBJECT

private slots:
    void aLongTitleWrapsToTwoLinesWithoutAnEllipsis()
    {
        const QFontMetrics metrics(QApplication::font());
        const int width = metrics.horizontalAdvance(QStringLiteral("Site Reliability")) + 1;
        const QStringList lines = CardDelegate::wrap(QStringLiteral("Site Reliability Engineer"), metrics, width, 2);
        QCOMPARE(lines, QStringList({QStringLiteral("Site Reliability"), QStringLiteral("Engineer")}));
    }

    void onlyTheLastAllowedLineIsElided()
    {
        const QFontMetrics metrics(QApplication::font());
        const int width = metrics.horizontalAdvance(QStringLiteral("Follow up")) + 1;
        const QStringList lines =
            CardDelegate::wrap(QStringLiteral("Follow up on the application soon please"), metrics, width, 2);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), QStringLiteral("Follow up"));
        QVERIFY(lines.last().endsWith(QChar(0x2026)));
    }

    void cardsGrowWithTheirTextAndDropTheCompanyFromTheTask()
    {
        WindowFixture f;
        f.add(QStringLiteral("Orbit Space"), QStringLiteral("Site Reliability Engineer"));
        f.window->resize(1600, 1000);
        f.window->showPage(QStringLiteral("board"));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        BoardColumn* applied = f.window->findChild<BoardPage*>()->column(Stage::Applied);
        const QModelIndex card = applied->model()->index(0, 0);
        QVERIFY(card.isValid());
        const QString footer = CardDelegate::footerText(card);
        QVERIFY2(!footer.contains(QStringLiteral("Orbit Space")), qPrintable(footer));
        QVERIFY2(footer.contains(QStringLiteral("Follow up")), qPrintable(footer));
        // Company, a title that wraps to at most two lines and the footer: taller than three plain lines.
        const int line = applied->view()->fontMetrics().lineSpacing();
        QTRY_VERIFY(applied->view()->visualRect(card).height() >= 4 * line);
    }

    void everyStageIsOnScreenWithoutScrolling_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }
    void everyStageIsOnScreenWithoutScrolling()
    {
        QFETCH(QSize, size);
        WindowFixture f;
        f.add(QStringLiteral("Acme"));
        f.window->resize(size);
        f.window->showPage(QStringLiteral("board"));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        auto* board = f.window->findChild<BoardPage*>();
        QCoreApplication::processEvents();
        const QRect visible = board->rect();
        for (Stage stage : stages::all()) {
            BoardColumn* column = board->column(stage);
            const QRect where(column->mapTo(board, QPoint(0, 0)), column->size());
            QVERIFY2(visible.contains(where), qPrintable(stages::id(stage)));
            QVERIFY2(column->isVisible(), qPrintable(stages::id(stage)));
        }
        const auto* scroll = board->findChild<QScrollArea*>();
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    void openingAClosedStageGivesItRoomForCards()
    {
        WindowFixture f;
        f.add(QStringLiteral("Acme"));
        f.window->resize(1600, 1000);
        f.window->showPage(QStringLiteral("board"));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        BoardColumn* rejected = f.window->findChild<BoardPage*>()->column(Stage::Rejected);
        QVERIFY(rejected->isCollapsed());
        const int collapsedHeight = rejected->height();
        rejected->setCollapsed(false);
        QTRY_VERIFY(rejected->height() > 4 * collapsedHeight);
        QVERIFY(rejected->view()->isVisible());
        QVERIFY(rejected->width() >= rejected->fontMetrics().averageCharWidth() * 20);
    }
};

QTEST_MAIN(TestBoardLayout)
#include "tst_boardlayout.moc"
