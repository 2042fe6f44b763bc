#pragma once

#include <QHash>
#include <QStringList>
#include <QStyledItemDelegate>

namespace jobdeck {

// Paints one application as a kanban card (company, title, days in stage, next task, match score) straight
// from the model's roles, so a column of 10,000 cards costs no widgets. The company wraps to three lines, the
// title to four, the days with the next task to five (a narrow 1280-pixel column in German needs them): a
// card grows rather than cutting its text. A line whose longest word does not fit the card at its font is drawn
// a step smaller on the type scale (the caption's size); the board keeps each column as wide as its cards'
// longest word at that size (wholeWordsWidth()), so only a word past kLongestWord characters is broken, and
// the card's tooltip then holds the full text.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor stageColor(int stage);
    // Greedy word wrap into at most `maxLines` lines of `width` pixels (the first one `firstWidth`, beside
    // the score's badge); a word wider than a line breaks with a hyphen. Only the last line is elided, when
    // the text needs more.
    static QStringList wrap(const QString& text, const QFontMetrics& metrics, int width, int maxLines);
    static QStringList wrap(const QString& text, const QFontMetrics& metrics, int firstWidth, int width,
                            int maxLines);
    // The footer: days in stage and the next task, without the company the card already shows (wherever the
    // task's title names it, in any language).
    static QString footerText(const QModelIndex& index);

    // The longest word, in caption characters, a column widens for: one absurd word (a pasted URL) must not
    // push the rest of the board off screen.
    static constexpr int kLongestWord = 20;
    // The narrowest card on which no word of `model`'s cards breaks (each part at the caption's size, the
    // narrowest the card draws it), for a view in `font`; the words are measured once per distinct word, so a
    // column of thousands of cards takes milliseconds. 0 for no cards.
    static int wholeWordsWidth(const QAbstractItemModel& model, const QFont& font);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // One part of a card (company, title or footer): its lines and the font they are drawn in.
    struct Part
    {
        QStringList lines;
        QFont font;
        int height() const;
    };
    struct Lines
    {
        Part company;
        Part title;
        Part footer;
        bool wordCut = false; // a word was broken even at the caption's size
    };
    // What paint() draws for `index` in a card as wide as sizeHint() makes it: for the tests.
    Lines shownLines(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    Lines layout(const QStyleOptionViewItem& option, const QModelIndex& index, int textWidth) const;
    Part fitPart(const QString& text, const QFont& font, int firstWidth, int width, int maxLines,
                 bool& wordCut) const;
    int textWidth(const QStyleOptionViewItem& option) const;
    QStringList cachedWrap(const QString& text, const QFont& font, int firstWidth, int width, int maxLines) const;
    int cardWidth(const QStyleOptionViewItem& option) const;

    // Titles and footers repeat across thousands of cards: measuring each distinct one once keeps the
    // layout of a 10,000-card column fast.
    mutable QHash<QString, QStringList> m_wrapped;
};

} // namespace jobdeck
