// One look (issue 14, item 7): every page's layouts sit on the theme's spacing grid and its text on the type
// scale; card text reads (WCAG AA, 4.5:1) on every stage's card in light and dark palettes, and so do the
// score badges and term chips; and in German at 1280×800 every page fits the window, with the details tabs,
// toolbar, sidebar and column headers whole.
#include "board/BoardColumn.h"
#include "board/BoardPage.h"
#include "board/CardDelegate.h"
#include "details/DetailsPanel.h"
#include "dialogs/ApplicationDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ConnectionSecrets.h"
#include "dialogs/ConnectionTarget.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/InterviewMoveDialog.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"
#include "Theme.h"
#include "Translations.h"
#include "WelcomePanel.h"
#include "WindowFixture.h"
#include "util/Settings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace jobdeck;

namespace {

// Fusion's own light palette, the reference the light checks use (the style is only asked, then freed).
QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// The widgets Jobdeck lays out itself: the pages, the details panel, the welcome and the notification bar.
QList<QWidget*> ownWidgets(MainWindow& window)
{
    QList<QWidget*> roots;
    for (const QString& id : window.pageIds())
        roots.append(window.page(id));
    roots.append(window.findChild<DetailsPanel*>());
    roots.append(window.findChild<WelcomePanel*>());
    roots.append(window.findChild<QWidget*>(QStringLiteral("notificationBar")));
    return roots;
}

// Whether `shown` (lines joined by '\n') is `full` broken only after a space or a hyphen already in it: a line
// ending in a hyphen `full` has not there is a break inside a word.
bool breaksBetweenWords(const QString& shown, const QString& full)
{
    const QStringList lines = shown.split(QLatin1Char('\n'));
    QString joined = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (full.startsWith(joined + lines.at(i)) && joined.endsWith(QLatin1Char('-')))
            joined += lines.at(i);
        else
            joined += QLatin1Char(' ') + lines.at(i);
    }
    return joined == full;
}

QString describe(const QObject* object)
{
    QStringList path;
    for (; object; object = object->parent())
        path.prepend(QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('#') +
                     object->objectName());
    return path.join(QStringLiteral(" > "));
}

// The chain of widgets, from `root` down, whose minimum width is largest: why a window cannot be narrower.
QString widest(QWidget* root)
{
    QStringList chain;
    for (QWidget* at = root; at;) {
        chain.append(QStringLiteral("%1 (%2)")
                         .arg(describe(at).section(QStringLiteral(" > "), -1))
                         .arg(at->minimumSizeHint().width()));
        QWidget* next = nullptr;
        for (QWidget* child : at->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (child->isVisible() &&
                (!next || child->minimumSizeHint().width() > next->minimumSizeHint().width()))
                next = child;
        }
        at = next;
    }
    return chain.join(QStringLiteral(" > "));
}

// The first margin or spacing of `root`'s layouts that is off the grid, described; empty if none. `checked`
// counts the layouts looked at.
QString offGrid(QWidget* root, int& checked)
{
    QList<QLayout*> layouts = root->findChildren<QLayout*>();
    if (root->layout())
        layouts.append(root->layout());
    for (QLayout* layout : std::as_const(layouts)) {
        // A QStackedWidget's own layout (inside QTabWidget) shows one page at a time and is Qt's; so is a
        // button box's row, which spaces its buttons the platform's way.
        if (qobject_cast<QStackedLayout*>(layout) || qobject_cast<QDialogButtonBox*>(layout->parentWidget()))
            continue;
        const QMargins m = layout->contentsMargins();
        for (int side : {m.left(), m.top(), m.right(), m.bottom()}) {
            if (!theme::onGrid(side))
                return QStringLiteral("margin %1 off the grid: %2").arg(side).arg(describe(layout));
        }
        QList<int> spacings{layout->spacing()};
        if (auto* grid = qobject_cast<QGridLayout*>(layout))
            spacings = {grid->horizontalSpacing(), grid->verticalSpacing()};
        for (int spacing : spacings) {
            if (!theme::onGrid(spacing))
                return QStringLiteral("spacing %1 off the grid: %2").arg(spacing).arg(describe(layout));
        }
        ++checked;
    }
    return {};
}

// The keychain stand-in the Connect dialog needs; it never answers, as nothing here reads a password.
class SilentPasswordStore final : public PasswordStore
{
public:
    void read(const QString&, QObject*, ReadDone) override {}
    void write(const QString&, const QString&, QObject*, Done) override {}
    void remove(const QString&, QObject*, Done) override {}
};

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void layoutsSitOnTheSpacingGrid()
    {
        WindowFixture f;
        f.add(QStringLiteral("Orbit Space"), QStringLiteral("Site Reliability Engineer"));
        f.window->resize(1600, 1000);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        int checked = 0;
        for (QWidget* root : ownWidgets(*f.window)) {
            QVERIFY(root);
            const QString off = offGrid(root, checked);
            QVERIFY2(off.isEmpty(), qPrintable(off));
        }
        QVERIFY2(checked > 20, "too few layouts found to judge");
    }

    // The dialogs' layouts too: each dialog's own margins and spacings, and those of every group in it.
    void dialogLayoutsSitOnTheSpacingGrid()
    {
        WindowFixture f;
        Settings settings(m_dir.filePath(QStringLiteral("connect.ini")));
        SilentPasswordStore passwords;
        QList<QDialog*> dialogs{new ApplicationDialog(ApplicationDialog::Mode::Add, QDate(2026, 1, 5)),
                                new ImportDialog(*f.session),
                                new InterviewMoveDialog(QStringLiteral("Orbit Space"), Stage::Applied,
                                                        QDateTime(QDate(2026, 1, 5), QTime(9, 0))),
                                new ConnectDialog(settings, passwords,
                                                  [](const ConnectionTarget&, const QString&) { return Status(); })};
        for (QDialog* dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            int checked = 0;
            const QString off = offGrid(dialog, checked);
            QVERIFY2(off.isEmpty(), qPrintable(off));
            QVERIFY2(checked > 0, qPrintable(describe(dialog)));
            delete dialog;
        }
    }

    void textSitsOnTheTypeScale()
    {
        WindowFixture f;
        f.add(QStringLiteral("Orbit Space"));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QList<qreal> scale = theme::pointSizes(QApplication::font());
        int checked = 0;
        for (QWidget* root : ownWidgets(*f.window)) {
            for (QWidget* widget : root->findChildren<QWidget*>()) {
                if (!qobject_cast<QLabel*>(widget) && !qobject_cast<QAbstractButton*>(widget))
                    continue;
                const qreal size = widget->font().pointSizeF();
                bool onScale = false;
                for (qreal step : scale)
                    onScale = onScale || qAbs(step - size) < 0.01;
                QVERIFY2(
                    onScale,
                    qPrintable(
                        QStringLiteral("%1 pt is off the type scale: %2").arg(size).arg(describe(widget))));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        // The board's column headers and the welcome's title come from the scale by name.
        const BoardColumn* applied = f.window->findChild<BoardPage*>()->column(Stage::Applied);
        const auto* header = applied->findChild<QToolButton*>();
        QCOMPARE(header->font(), theme::font(theme::Text::Title, applied->font()));
        const auto* title = f.window->findChild<QLabel*>(QStringLiteral("welcomeTitle"));
        QCOMPARE(title->font().pointSizeF(),
                 theme::font(theme::Text::Heading, QApplication::font()).pointSizeF());
    }

    void cardTextReadsOnEveryStageInLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << fusionPalette();
        QTest::newRow("dark") << theme::darkPalette();
    }
    void cardTextReadsOnEveryStageInLightAndDark()
    {
        QFETCH(QPalette, palette);
        double lowest = 21;
        for (Stage stage : stages::all()) {
            for (const bool selected : {false, true}) {
                const theme::CardColors colors = theme::cardColors(palette, int(stage), selected);
                // The selected card's wash is the palette's highlight over the card.
                if (selected)
                    QVERIFY(colors.background != theme::cardColors(palette, int(stage)).background);
                const QColor& ground = colors.background;
                for (const QColor& text : {colors.text, colors.secondary}) {
                    const double ratio = theme::contrast(text, ground);
                    lowest = std::min(lowest, ratio);
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 reads at %4:1")
                                                          .arg(stages::id(stage), text.name(), ground.name())
                                                          .arg(ratio, 0, 'f', 2)));
                }
            }
        }
        qInfo("lowest card text contrast: %.2f:1", lowest);
    }

    // The delegate paints what the theme says: a card's ground, read back from its picture.
    void theCardIsPaintedInTheThemesColours()
    {
        WindowFixture f;
        f.add(QStringLiteral("Orbit Space"), QStringLiteral("Engineer"));
        BoardColumn* column = f.window->findChild<BoardPage*>()->column(Stage::Applied);
        const QModelIndex card = column->model()->index(0, 0);
        QVERIFY(card.isValid());
        QStyleOptionViewItem option;
        option.initFrom(column->view());
        option.palette = theme::darkPalette();
        option.rect = QRect(0, 0, 200, 120);
        option.state = QStyle::State_Enabled;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(option.palette.color(QPalette::Window));
        {
            QPainter painter(&image);
            column->view()->itemDelegate()->paint(&painter, option, card);
        }
        // Low in the bottom padding, where no text goes.
        const QColor ground = image.pixelColor(100, option.rect.bottom() - theme::space::Hairline - 2);
        const QColor expected = theme::cardColors(option.palette, int(Stage::Applied)).background;
        QVERIFY2(qAbs(ground.red() - expected.red()) <= 2 && qAbs(ground.green() - expected.green()) <= 2 &&
                     qAbs(ground.blue() - expected.blue()) <= 2,
                 qPrintable(ground.name() + QStringLiteral(" painted, ") + expected.name() +
                            QStringLiteral(" expected")));
        QVERIFY(theme::contrast(theme::cardColors(option.palette, int(Stage::Applied)).text, ground) >= 4.5);
    }

    // The desktop switches to dark mode while Jobdeck runs: the board's columns follow.
    void theBoardFollowsAPaletteChangeWhileRunning()
    {
        const QPalette light = QApplication::palette();
        WindowFixture f;
        f.add(QStringLiteral("Orbit Space"));
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QApplication::setPalette(theme::darkPalette());
        QCoreApplication::processEvents();
        const QWidget* viewport =
            f.window->findChild<BoardPage*>()->column(Stage::Applied)->view()->viewport();
        const QColor ground = viewport->palette().color(viewport->backgroundRole());
        QApplication::setPalette(light);
        QCOMPARE(ground, theme::darkPalette().color(QPalette::Window));
    }

    void badgesAndChipsRead()
    {
        for (double score : {5.0, 45.0, 90.0}) {
            const theme::Badge badge = theme::scoreBadge(score);
            const double ratio = theme::contrast(badge.text, badge.fill);
            qInfo("score %.0f badge: %.2f:1", score, ratio);
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        }
        // A chart's labels inside its bars (conversion by source) take textOn() of the bar's stage colour.
        for (Stage stage : stages::all()) {
            const QColor bar = theme::stageColor(int(stage));
            QVERIFY2(theme::contrast(theme::textOn(bar), bar) >= 4.5, qPrintable(bar.name()));
        }
        for (const QPalette& palette :
             {fusionPalette(), theme::darkPalette()}) {
            const double ratio = theme::contrast(theme::errorText(palette), palette.color(QPalette::Window));
            qInfo("error text: %.2f:1", ratio);
            QVERIFY(ratio >= 4.5);
        }
        for (const QPalette& palette :
             {fusionPalette(), theme::darkPalette()}) {
            for (const QColor& color : {theme::positive(), theme::negative()}) {
                const QColor soft = theme::blend(palette.color(QPalette::Window), color, 0.3);
                QVERIFY(theme::contrast(theme::textOn(color), color) >= 4.5);
                QVERIFY(theme::contrast(theme::textOn(soft), soft) >= 4.5);
            }
        }
    }

    void germanAndFrenchFitAt1280By800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void germanAndFrenchFitAt1280By800()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        WindowFixture f;
        QVERIFY(f.session->loadSampleData(60));
        f.window->resize(1280, 800);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        for (const QString& id : f.window->pageIds()) {
            QVERIFY(f.window->showPage(id));
            QTest::qWait(50);
            QVERIFY2(f.window->width() <= 1280, qPrintable(QStringLiteral("%1 needs %2 px: %3")
                                                               .arg(id)
                                                               .arg(f.window->width())
                                                               .arg(widest(f.window.get()))));
            // The details tabs are whole: a tab is its text and the style's padding wide, else QTabBar elides
            // it.
            const QTabBar* tabs = f.window->findChild<QTabWidget*>(QStringLiteral("detailsTabs"))->tabBar();
            const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                const QString text = tabs->tabText(i).remove(QLatin1Char('&'));
                QVERIFY2(tabs->tabRect(i).width() >= tabs->fontMetrics().horizontalAdvance(text) + padding,
                         qPrintable(QStringLiteral("%1: tab '%2' elided").arg(id, text)));
            }
            // Every toolbar button whole and on the bar, none in the overflow menu.
            const auto* bar = f.window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
            for (const QToolButton* button : bar->findChildren<QToolButton*>()) {
                if (button->objectName() == QLatin1String("qt_toolbar_ext_button")) {
                    QVERIFY2(!button->isVisible(), "the toolbar overflows");
                    continue;
                }
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
            // Every page's name whole in the sidebar.
            const auto* sidebar = f.window->findChild<QListWidget*>(QStringLiteral("sidebar"));
            for (int row = 0; row < sidebar->count(); ++row) {
                const QListWidgetItem* item = sidebar->item(row);
                const int needed = std::max(0, sidebar->iconSize().width()) +
                                   sidebar->fontMetrics().horizontalAdvance(item->text());
                QVERIFY2(sidebar->visualItemRect(item).width() >= needed &&
                             sidebar->viewport()->width() >= needed,
                         qPrintable(item->text()));
            }
        }
        // The list's short values (stage, source) whole: "Angenommen", "Hacker News".
        QVERIFY(f.window->showPage(QStringLiteral("list")));
        QTest::qWait(50);
        const auto* table = f.window->page(QStringLiteral("list"))->findChild<QTableView*>();
        // A cell keeps a few pixels of margin either side (QStyle's focus frame); past that it elides.
        const int margins =
            2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (const int column :
             {int(ApplicationTableModel::StageColumn), int(ApplicationTableModel::Source)}) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString text = table->model()->index(row, column).data().toString();
                QVERIFY2(table->fontMetrics().horizontalAdvance(text) + margins <=
                             table->horizontalHeader()->sectionSize(column),
                         qPrintable(QStringLiteral("'%1' cut in %2 px")
                                        .arg(text)
                                        .arg(table->horizontalHeader()->sectionSize(column))));
            }
        }
        // The board's headers: broken onto two lines where they must, only between words (never "Vorgesp-räch"
        // or "Préséle-ction"), never cut, in the font they are drawn in.
        QVERIFY(f.window->showPage(QStringLiteral("board")));
        QTest::qWait(50);
        for (const BoardColumn* column : f.window->findChildren<BoardColumn*>()) {
            const auto* header = column->findChild<QToolButton*>(QStringLiteral("columnHeader"));
            QVERIFY(header);
            QVERIFY2(!header->text().contains(QChar(0x2026)),
                     qPrintable(QStringLiteral("%1: header %2 px, column %3 px, its minimum %4 px")
                                    .arg(header->text())
                                    .arg(header->width())
                                    .arg(column->width())
                                    .arg(column->minimumSizeHint().width())));
            const QString full = header->accessibleName();
            QVERIFY2(breaksBetweenWords(header->text(), full),
                     qPrintable(QStringLiteral("'%1' is '%2' broken inside a word")
                                    .arg(QString(header->text()).replace(QLatin1Char('\n'), QLatin1Char('|')), full)));
            QVERIFY(header->toolTip().startsWith(full));
            const QVariant shown = header->property("shownFont");
            const QFont shownFont = shown.isValid() ? shown.value<QFont>() : header->font();
            const QFontMetrics metrics(shownFont);
            const QList<qreal> scale = theme::pointSizes(header->font());
            QVERIFY2(std::any_of(scale.begin(), scale.end(),
                                 [&](qreal size) { return qAbs(size - shownFont.pointSizeF()) < 0.01; }),
                     "a header's smaller font is off the type scale");
            for (const QString& line : header->text().split(QLatin1Char('\n')))
                QVERIFY2(metrics.horizontalAdvance(line) <= header->width() - 2 * theme::space::XS,
                         qPrintable(line));
        }
        // The board scrolls sideways only once every column is as narrow as its cards' words allow: a column
        // never squeezes a word apart (cardsBreakOnlyBetweenWords), nor is the board wider than it must be.
        const auto* boardScroll = f.window->page(QStringLiteral("board"))->findChild<QScrollArea*>();
        QVERIFY(boardScroll);
        if (boardScroll->horizontalScrollBar()->isVisible()) {
            for (const BoardColumn* column : boardScroll->widget()->findChildren<BoardColumn*>()) {
                QVERIFY2(column->width() == column->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("the board scrolls, yet %1 is %2 px, not its %3")
                                        .arg(column->objectName())
                                        .arg(column->width())
                                        .arg(column->minimumSizeHint().width())));
            }
        }
        installTranslations(*qApp, QStringLiteral("en"));
    }

    // The board's cards wrap between words (never "Everg-reen" or "Engineer-ing", "Develo-per" or
    // "« Présélec-tion »") in every language and at both sizes of docs/screenshots: a line whose longest word
    // does not fit is drawn at the caption's size, on the type scale, and a column is never narrower than its
    // cards' longest word at that size (the board scrolls sideways instead). Set up as the user sees it: the
    // board shown, the window resized, the details panel open, the cards laid out again after the resize.
    void cardsBreakOnlyBetweenWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char* language : {"en", "de", "fr"}) {
            QTest::addRow("%s 1280x800", language) << QString::fromLatin1(language) << QSize(1280, 800);
            QTest::addRow("%s 1600x1000", language) << QString::fromLatin1(language) << QSize(1600, 1000);
        }
    }
    void cardsBreakOnlyBetweenWords()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        installTranslations(*qApp, language);
        WindowFixture f;
        QVERIFY(f.session->loadSampleData(60));
        // The details panel open beside the board, as in docs/screenshots: the application furthest along.
        const ApplicationTableModel& table = f.session->applications();
        int best = -1;
        for (int row = 0; row < table.rowCount(); ++row) {
            const Stage stage = table.rowAt(row).stage;
            if (!stages::isEnd(stage) && stage != Stage::Accepted &&
                (best < 0 || stages::rank(stage) > stages::rank(table.rowAt(best).stage)))
                best = row;
        }
        QVERIFY(best >= 0);
        f.session->setCurrentApplicationId(table.idAt(best));
        // The order of the app's --screenshot: the page first, then the window's size, then time for the
        // views to lay their cards out again at their new width.
        QVERIFY(f.window->showPage(QStringLiteral("board")));
        f.window->resize(size);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QTest::qWait(300);
        QVERIFY(f.window->findChild<QDockWidget*>(QStringLiteral("detailsDock"))->isVisible());
        QCOMPARE(f.window->size(), size);
        int cards = 0;
        QStringList cut;
        for (const BoardColumn* column : f.window->findChildren<BoardColumn*>()) {
            const auto* view = column->findChild<QListView*>();
            QVERIFY(view);
            if (!view->isVisible()) // a folded column of the Closed group shows no cards
                continue;
            const auto* delegate = qobject_cast<const CardDelegate*>(view->itemDelegate());
            QVERIFY(delegate);
            const QList<qreal> scale = theme::pointSizes(view->font());
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                QStyleOptionViewItem option;
                option.font = view->font();
                option.rect = view->visualRect(index);
                const CardDelegate::Lines lines = delegate->shownLines(option, index);
                const QList<std::pair<CardDelegate::Part, QString>> parts{
                    {lines.company, index.data(ApplicationTableModel::CompanyRole).toString()},
                    {lines.title, index.data(ApplicationTableModel::TitleRole).toString()},
                    {lines.footer, CardDelegate::footerText(index)}};
                bool broken = lines.wordCut;
                for (const auto& [part, full] : parts) {
                    const QStringList shown =
                        part.lines.filter(QRegularExpression(QStringLiteral("."))); // the empty line under a badge
                    broken = broken || !breaksBetweenWords(shown.join(QLatin1Char('\n')), full);
                    QVERIFY2(std::any_of(scale.begin(), scale.end(),
                                         [&](qreal points) { return qAbs(points - part.font.pointSizeF()) < 0.01; }),
                             "a card's smaller font is off the type scale");
                }
                if (broken)
                    cut.append(QStringLiteral("'%1' (card %2 px)")
                                   .arg((lines.company.lines + lines.title.lines + lines.footer.lines)
                                            .join(QLatin1Char('|')))
                                   .arg(view->viewport()->width()));
                ++cards;
            }
        }
        QVERIFY(cards >= 10);
        qInfo("%d cards, %lld with a word broken or a line cut", cards, qlonglong(cut.size()));
        installTranslations(*qApp, QStringLiteral("en"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    }

    // Every label, button and check box of the dialogs as wide as its text asks, in German and French.
    void dialogsFitInGermanAndFrench_data() { germanAndFrenchFitAt1280By800_data(); }
    void dialogsFitInGermanAndFrench()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        WindowFixture f;
        QList<QDialog*> dialogs{new ApplicationDialog(ApplicationDialog::Mode::Add, QDate(2026, 1, 5)),
                                new ImportDialog(*f.session),
                                new InterviewMoveDialog(QStringLiteral("Orbit Space"), Stage::Applied,
                                                        QDateTime(QDate(2026, 1, 5), QTime(9, 0)))};
        for (QDialog* dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (QWidget* widget : dialog->findChildren<QWidget*>()) {
                const auto* label = qobject_cast<QLabel*>(widget);
                if (!widget->isVisible() || (label && label->wordWrap()) ||
                    (!label && !qobject_cast<QAbstractButton*>(widget)))
                    continue;
                QVERIFY2(widget->width() >= widget->sizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2 px of %3: %4")
                                        .arg(describe(widget))
                                        .arg(widget->width())
                                        .arg(widget->sizeHint().width())
                                        .arg(label ? label->text()
                                                   : qobject_cast<QAbstractButton*>(widget)->text())));
            }
            delete dialog;
        }
        installTranslations(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
