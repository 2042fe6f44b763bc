// The window comes back as it was left: which board columns were open or collapsed (issue 14, item 1; the
// geometry, splitter and page were already restored).
#include "WindowFixture.h"
#include "board/BoardColumn.h"
#include "board/BoardPage.h"

#include <QTest>

using namespace jobdeck;

class TestLayoutMemory : public QObject
{
    Q_OBJECT

private slots:
    void collapsedColumnsAreRememberedAcrossSessions()
    {
        WindowFixture f;
        auto* board = f.window->findChild<BoardPage*>();
        QVERIFY(board);
        // The default: the three ends collapsed, nothing else.
        QCOMPARE(board->collapsedStageIds(),
                 (QStringList{QStringLiteral("rejected"), QStringLiteral("withdrawn"), QStringLiteral("ghosted")}));

        board->column(Stage::Rejected)->setCollapsed(false);
        board->column(Stage::Saved)->setCollapsed(true);
        const QStringList left = board->collapsedStageIds();
        f.window->saveLayout();

        // The next session starts with the default board, then restores what was left.
        board->setCollapsedStageIds({QStringLiteral("rejected"), QStringLiteral("withdrawn"), QStringLiteral("ghosted")});
        f.window->restoreLayout();
        QCOMPARE(board->collapsedStageIds(), left);
        QVERIFY(board->column(Stage::Saved)->isCollapsed());
        QVERIFY(!board->column(Stage::Rejected)->isCollapsed());
    }

    void aFirstStartKeepsTheDefaultColumns()
    {
        WindowFixture f;
        auto* board = f.window->findChild<BoardPage*>();
        QVERIFY(board);
        f.window->restoreLayout();
        QVERIFY(board->column(Stage::Ghosted)->isCollapsed());
        QVERIFY(!board->column(Stage::Applied)->isCollapsed());
    }
};

QTEST_MAIN(TestLayoutMemory)
#include "tst_layoutmemory.moc"
