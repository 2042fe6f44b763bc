// The board fits its stages and its cards show their text whole: wrapping, the Closed group, sizes.
#include "Theme.h"
#include "Translations.h"
#include "WindowFixture.h"
#include "board/BoardColumn.h"
#include "board/BoardPage.h"
#include "board/CardDelegate.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>

using namespace jobdeck;

namespace {

// A window too narrow for eight columns of cards side by side (a laptop with the details panel open), on the
// board, each open stage holding a card titled `title`.
struct NarrowBoard : WindowFixture
{
    explicit NarrowBoard(const QString& title = QStringLiteral("Infrastructure Engineer"))
    {
        for (Stage stage : stages::all()) {
            if (stages::isEnd(stage))
                continue;
            // A new application starts as saved or applied; it moves on from there.
            const qint64 id = add(QStringLiteral("Orbit Space"), title, {},
                                  stage == Stage::Saved ? Stage::Saved : Stage::Applied);
            if (stage != Stage::Saved && stage != Stage::Applied)
                session->moveApplications({id}, stage);
            ids.insert(stage, id);
        }
        window->showPage(QStringLiteral("board"));
        window->resize(900, 700);
        window->show();
    }
    BoardPage* board() const { return window->findChild<BoardPage*>(); }
    QScrollArea* scroll() const { return board()->findChild<QScrollArea*>(); }
    // The whole of the column, and of its current card, inside the board's viewport.
    bool inSight(Stage stage) const
    {
        const BoardColumn* column = board()->column(stage);
        const QWidget* viewport = scroll()->viewport();
        const QRect shown(column->mapTo(viewport, QPoint(0, 0)), column->size());
        const QModelIndex current = column->view()->currentIndex();
        return viewport->rect().contains(shown) && current.isValid() &&
               column->view()->viewport()->rect().contains(column->view()->visualRect(current));
    }
    QHash<Stage, qint64> ids;
};

// What the card of `index` draws in its view, as the view asks it.
CardDelegate::Lines shownLines(const QListView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.font = view->font();
    option.rect = view->visualRect(index);
    return qobject_cast<const CardDelegate*>(view->itemDelegate())->shownLines(option, index);
}

} // namespace

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

    // In German the reminder names the company first ("Bei Orbit Space wegen der Bewerbung nachfassen"): the
    // footer drops it there too, two lines fewer on a narrow card.
    void theFooterDropsTheCompanyWhereverTheTaskNamesIt()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        WindowFixture f;
        f.add(QStringLiteral("Orbit Space"));
        const QString followUp =
            CardDelegate::footerText(f.window->findChild<BoardPage*>()->column(Stage::Applied)->model()->index(0, 0));
        installTranslations(*qApp, QStringLiteral("en"));
        QCOMPARE(followUp, QStringLiteral("0 Tage \u00b7 Wegen der Bewerbung nachfassen"));
        // A person's own task keeps its verb: only the reminders' prepositions go with the company.
        QStandardItemModel cards(2, 1);
        const std::pair<const char*, const char*> tasks[] = {
            {"Ask Orbit Space about salary", "2 days \u00b7 Ask about salary"},
            {"Send a thank-you note to Orbit Space", "2 days \u00b7 Send a thank-you note"}};
        for (const auto& [task, shown] : tasks) {
            cards.setData(cards.index(0, 0), QStringLiteral("Orbit Space"), ApplicationTableModel::CompanyRole);
            cards.setData(cards.index(0, 0), 2, ApplicationTableModel::DaysInStageRole);
            cards.setData(cards.index(0, 0), QString::fromUtf8(task), ApplicationTableModel::NextTaskRole);
            QCOMPARE(CardDelegate::footerText(cards.index(0, 0)), QString::fromUtf8(shown));
        }
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

    // Squeezed below its cards' longest word, a column would break "Infra-structure": the board scrolls
    // sideways instead, every card whole.
    void aColumnIsNeverNarrowerThanItsCardsLongestWord()
    {
        NarrowBoard f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QTest::qWait(300);
        QVERIFY(f.scroll()->horizontalScrollBar()->isVisible());
        const QFontMetrics caption(theme::font(theme::Text::Caption, f.window->font()));
        for (auto it = f.ids.cbegin(); it != f.ids.cend(); ++it) {
            const BoardColumn* column = f.board()->column(it.key());
            const QListView* view = column->view();
            QVERIFY2(view->viewport()->width() > caption.horizontalAdvance(QStringLiteral("Infrastructure")),
                     qPrintable(stages::id(it.key())));
            const CardDelegate::Lines lines = shownLines(view, column->model()->index(0, 0));
            QVERIFY2(!lines.wordCut, qPrintable(lines.title.lines.join(QLatin1Char('|'))));
            QVERIFY2(lines.title.lines.contains(QStringLiteral("Infrastructure")),
                     qPrintable(lines.title.lines.join(QLatin1Char('|'))));
        }
    }

    // A title edited to a longer word widens its column: the words are measured again when a card changes.
    void anEditedCardWidensItsColumn()
    {
        NarrowBoard f(QStringLiteral("Engineer"));
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        BoardColumn* applied = f.board()->column(Stage::Applied);
        const int before = applied->minimumSizeHint().width();
        const qint64 id = f.ids.value(Stage::Applied);
        ApplicationDraft draft(ApplicationRepository(f.test.db()).find(id).value());
        draft.title = QStringLiteral("Infrastructure Engineer");
        QVERIFY(f.session->updateApplication(id, draft).ok());
        QVERIFY(applied->minimumSizeHint().width() > before);
        QTRY_VERIFY(applied->width() == applied->minimumSizeHint().width());
        QTRY_VERIFY(!shownLines(applied->view(), applied->model()->index(0, 0)).wordCut);
    }

    // One absurd word (a link pasted as the title) does not widen its column past twenty characters: it
    // breaks, and the card's tooltip holds it whole.
    void aWordPastTwentyCharactersBreaksAndShowsWholeInTheTooltip()
    {
        const QString absurd = QStringLiteral("https://jobs.example.com/postings/2026/infrastructure");
        NarrowBoard f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        BoardColumn* applied = f.board()->column(Stage::Applied);
        const int before = applied->minimumSizeHint().width();
        const qint64 id = f.ids.value(Stage::Applied);
        ApplicationDraft draft(ApplicationRepository(f.test.db()).find(id).value());
        draft.title = absurd;
        QVERIFY(f.session->updateApplication(id, draft).ok());
        QVERIFY(applied->minimumSizeHint().width() > before);
        QTest::qWait(300);
        QCOMPARE(applied->width(), applied->minimumSizeHint().width());
        // Twenty characters and the card's padding and scroll bar: a column, not half the word's width.
        const QFontMetrics caption(theme::font(theme::Text::Caption, f.window->font()));
        QListView* view = applied->view();
        QVERIFY2(view->viewport()->width() <= (CardDelegate::kLongestWord + 8) * caption.averageCharWidth() &&
                     view->viewport()->width() < caption.horizontalAdvance(absurd),
                 qPrintable(QString::number(view->viewport()->width())));
        const QModelIndex card = applied->model()->index(0, 0);
        QVERIFY(shownLines(view, card).wordCut);
        const QPoint centre = view->visualRect(card).center();
        QHelpEvent help(QEvent::ToolTip, centre, view->viewport()->mapToGlobal(centre));
        QVERIFY(view->itemDelegate()->helpEvent(&help, view, QStyleOptionViewItem(), card));
        QVERIFY(QToolTip::text().contains(absurd));
        QToolTip::hideText();
    }

    // The words of a large board are measured once per change of a column, in milliseconds.
    void measuringSixHundredCardsIsCheap()
    {
        WindowFixture f;
        QVERIFY(f.session->loadSampleData(600));
        int cards = 0;
        QElapsedTimer clock;
        clock.start();
        for (Stage stage : stages::all()) {
            const BoardColumnModel* model = f.window->findChild<BoardPage*>()->column(stage)->model();
            cards += model->rowCount();
            QVERIFY(CardDelegate::wholeWordsWidth(*model, f.window->font()) >= 0);
        }
        const qint64 ms = clock.elapsed();
        qInfo("%d cards measured in %lld ms", cards, ms);
        QVERIFY(cards >= 600);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }

    // A column of hundreds or thousands of cards places them in batches, so the window keeps answering, and the view
    // draws none of them until the last is placed: until then the board is busy, and a screenshot waits.
    void aColumnStillPlacingItsCardsKeepsTheBoardBusy()
    {
        WindowFixture f;
        f.window->resize(1280, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QVERIFY(f.session->loadSampleData(4000));
        auto* board = f.window->findChild<BoardPage*>();
        BoardColumn* biggest = nullptr;
        for (Stage stage : stages::all()) {
            BoardColumn* column = board->column(stage);
            if (!column->isCollapsed() && (!biggest || column->model()->rowCount() > biggest->model()->rowCount()))
                biggest = column;
        }
        QVERIFY(biggest);
        const int rows = biggest->model()->rowCount();
        QVERIFY2(rows > 2 * biggest->view()->batchSize(), qPrintable(QString::number(rows)));
        QVERIFY(biggest->isLayingOut());
        QVERIFY(board->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!board->isBusy(), 30000);
        QListView* view = biggest->view();
        QVERIFY(view->visualRect(biggest->model()->index(rows - 1, 0)).isValid());
        QCOMPARE(view->indexAt(view->visualRect(biggest->model()->index(0, 0)).center()).row(), 0);
    }

    // Wherever the current card is (a selection, a keyboard move, another page), the board brings it into
    // sight, and keeps it there while its column widens for a longer word.
    void theCurrentCardIsScrolledIntoView()
    {
        NarrowBoard f;
        // Enough cards in Accepted that its last one is below the column's fold.
        QList<qint64> accepting;
        for (int i = 0; i < 12; ++i)
            accepting.append(f.add(QStringLiteral("Maple Commerce %1").arg(i), QStringLiteral("Engineer")));
        f.session->moveApplications(accepting, Stage::Accepted);
        const BoardColumnModel* accepted = f.board()->column(Stage::Accepted)->model();
        QCOMPARE(accepted->rowCount(), 13);
        f.session->setCurrentApplicationId(accepted->idAt(accepted->rowCount() - 1));
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QTRY_VERIFY(f.inSight(Stage::Accepted));
        f.session->setCurrentApplicationId(f.ids.value(Stage::Saved));
        QTRY_VERIFY(f.inSight(Stage::Saved));
        QVERIFY(!f.inSight(Stage::Accepted));

        // The keyboard: Ctrl+] moves the card a stage on, and the board follows it there.
        f.session->setCurrentApplicationId(f.ids.value(Stage::Final));
        QTRY_VERIFY(f.inSight(Stage::Final));
        QAction* next = nullptr;
        for (QAction* action : f.window->findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_BracketRight))
                next = action;
        }
        QVERIFY(next);
        next->trigger();
        QTRY_VERIFY(f.inSight(Stage::Offer));

        // Selected on the list page while the board is hidden: in sight when the board is shown again.
        f.window->showPage(QStringLiteral("list"));
        f.session->setCurrentApplicationId(accepted->idAt(accepted->rowCount() - 1));
        QVERIFY(f.window->showPage(QStringLiteral("board")));
        QTRY_VERIFY(f.inSight(Stage::Accepted));

        // The user scrolls back to the start, then picks a card in a column off screen (a click, an arrow key):
        // the board scrolls to it.
        f.scroll()->horizontalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        QTRY_VERIFY(!f.inSight(Stage::Accepted));
        QListView* view = f.board()->column(Stage::Accepted)->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY(f.inSight(Stage::Accepted));
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
