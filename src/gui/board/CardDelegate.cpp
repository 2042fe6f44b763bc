#include "board/CardDelegate.h"

#include "Theme.h"
#include "storage/ApplicationTableModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace jobdeck {
namespace {

// The card's box on the theme's grid: a hairline between cards (a whole step costs a 1280-pixel board its card
// width), the stage's accent bar and the padding one step each.
constexpr int kMargin = theme::space::Hairline;
constexpr int kPadding = theme::space::XS;
constexpr int kAccent = theme::space::XS;
constexpr int kGap = theme::space::Hairline; // between the title and the footer
constexpr int kBadgeGap = theme::space::XS;  // between the company and the score's pill
constexpr int kCompanyLines = 3;
constexpr int kTitleLines = 4;
constexpr int kFooterLines = 5;

QString scoreLabel(const QVariant& score) { return score.isValid() ? QString::number(qRound(score.toDouble())) : QString(); }

// The pill of the match score and the space it keeps from the company name.
int badgeWidth(const QFontMetrics& metrics, const QString& label)
{
    return label.isEmpty() ? 0 : metrics.horizontalAdvance(label) + 2 * theme::space::XS;
}
constexpr int kCacheLimit = 8192;

// The longest head of `word` that fits `width` with a hyphen after it (at least one character), leaving three
// characters or more for the next line where the word is long enough ("Engineer-ing", never "Commerc-e").
qsizetype breakPoint(const QString& word, const QFontMetrics& metrics, int width)
{
    qsizetype fits = 1;
    for (qsizetype n = 2; n < word.size(); ++n) {
        if (metrics.horizontalAdvance(word.left(n) + QLatin1Char('-')) > width - 1)
            break;
        fits = n;
    }
    constexpr qsizetype kShortestTail = 3;
    return word.size() > 2 * kShortestTail ? std::min(fits, word.size() - kShortestTail) : fits;
}

// Whether every word of `text` fits a line of `width` pixels (with wrap()'s pixel spare), so that wrapping
// breaks only between words.
bool wordsFit(const QString& text, const QFontMetrics& metrics, int width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(),
                       [&](const QString& word) { return metrics.horizontalAdvance(word) <= width - 1; });
}

// Reminder titles name the company ("Follow up on the application at Orbit Space", "Bei Orbit Space wegen der
// Bewerbung nachfassen", "Auf „Vorgespräch“ bei Beacon Maps vorbereiten"), which the card shows on its first
// line: `task` without it and the preposition before it, as a person would write on a card. Only a preposition
// of the reminders' own wording goes with it: a person's "Ask Orbit Space about salary" keeps its "Ask", and a
// title that is little more than the name keeps its first word ("Call" of "Call Orbit Space").
QString withoutCompany(const QString& task, const QString& company)
{
    const qsizetype at = task.indexOf(company);
    const qsizetype end = at + company.size();
    // Only the whole name: "Orbit" is not the company inside "Orbital".
    if (at < 0 || (at > 0 && !task.at(at - 1).isSpace()) || (end < task.size() && !task.at(end).isSpace()))
        return task;
    QStringList before = task.left(at).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString after = task.mid(end).trimmed();
    static const QStringList prepositions{QStringLiteral("at"),   QStringLiteral("to"),    QStringLiteral("with"),
                                          QStringLiteral("for"),  QStringLiteral("bei"),   QStringLiteral("mit"),
                                          QStringLiteral("an"),   QStringLiteral("für"),   QStringLiteral("chez"),
                                          QStringLiteral("à"),    QStringLiteral("avec"),  QStringLiteral("pour"),
                                          QStringLiteral("auprès"), QStringLiteral("de")};
    if (!before.isEmpty() && prepositions.contains(before.last().toLower()) && (before.size() > 1 || !after.isEmpty()))
        before.removeLast();
    QString rest = (before.join(QLatin1Char(' ')) + QLatin1Char(' ') + after).trimmed();
    if (rest.isEmpty())
        return task;
    // Its first word went with the company ("Bei"): the rest starts the sentence.
    if (before.isEmpty())
        rest[0] = rest.at(0).toUpper();
    return rest;
}

} // namespace

int CardDelegate::Part::height() const
{
    return int(std::max<qsizetype>(1, lines.size())) * QFontMetrics(font).lineSpacing();
}

QColor CardDelegate::stageColor(int stage) { return theme::stageColor(stage); }

QStringList CardDelegate::wrap(const QString& text, const QFontMetrics& metrics, int width, int maxLines)
{
    return wrap(text, metrics, width, width, maxLines);
}

QStringList CardDelegate::wrap(const QString& text, const QFontMetrics& metrics, int firstWidth, int width,
                               int maxLines)
{
    QStringList lines;
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // One pixel spare: the advance is rounded, and a line that is a fraction too wide gets elided.
    const auto fits = [&metrics](const QString& line, int room) { return metrics.horizontalAdvance(line) <= room - 1; };
    qsizetype next = 0;
    while (next < words.size()) {
        const int room = lines.isEmpty() ? firstWidth : width;
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(words.mid(next).join(QLatin1Char(' ')), Qt::ElideRight, room));
            break;
        }
        const QString& word = words.at(next);
        if (!fits(word, room)) {
            // A first word that fits a full line but not beside the badge starts on the next line.
            if (lines.isEmpty() && firstWidth < width && fits(word, width)) {
                lines.append(QString());
                continue;
            }
            // A word wider than the card breaks with a hyphen, as print does, rather than losing its end.
            const qsizetype at = breakPoint(word, metrics, room);
            lines.append(word.left(at) + QLatin1Char('-'));
            words[next] = word.mid(at);
            continue;
        }
        QString line = words.at(next++);
        while (next < words.size()) {
            const QString longer = line + QLatin1Char(' ') + words.at(next);
            if (!fits(longer, room))
                break;
            line = longer;
            ++next;
        }
        lines.append(line);
    }
    return lines;
}

QString CardDelegate::footerText(const QModelIndex& index)
{
    const qint64 days = index.data(ApplicationTableModel::DaysInStageRole).toLongLong();
    QString footer = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    QString next = index.data(ApplicationTableModel::NextTaskRole).toString().trimmed();
    const QString company = index.data(ApplicationTableModel::CompanyRole).toString().trimmed();
    if (!company.isEmpty())
        next = withoutCompany(next, company);
    if (!next.isEmpty())
        footer += QStringLiteral(" \u00b7 ") + next;
    return footer;
}

int CardDelegate::wholeWordsWidth(const QAbstractItemModel& model, const QFont& font)
{
    if (model.rowCount() == 0)
        return 0;
    // The fonts fitPart() falls back to: the company's bold caption, the title's and footer's plain one.
    const QFontMetrics company(theme::font(theme::Text::Caption, theme::font(theme::Text::Title, font)));
    const QFontMetrics caption(theme::font(theme::Text::Caption, font));
    const int cap = kLongestWord * caption.averageCharWidth();
    QHash<QString, int> measured;
    const auto widestWord = [&measured, cap](const QString& text, const QFontMetrics& metrics, QChar kind) {
        int widest = 0;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (widest >= cap)
                break;
            // Keyed by the font too: a company and a title may share a word.
            const QString key = kind + word;
            auto found = measured.constFind(key);
            if (found == measured.constEnd())
                found = measured.insert(key, metrics.horizontalAdvance(word));
            widest = std::max(widest, *found);
        }
        return widest;
    };
    int widest = 0;
    for (int row = 0; row < model.rowCount() && widest < cap; ++row) {
        const QModelIndex index = model.index(row, 0);
        widest = std::max({widest,
                           widestWord(index.data(ApplicationTableModel::CompanyRole).toString(), company, u'c'),
                           widestWord(index.data(ApplicationTableModel::TitleRole).toString(), caption, u't'),
                           widestWord(footerText(index), caption, u't')});
    }
    // wrap() keeps a pixel spare on each line.
    return std::min(widest, cap) + 1 + 2 * kMargin + kAccent + 2 * kPadding;
}

QStringList CardDelegate::cachedWrap(const QString& text, const QFont& font, int firstWidth, int width,
                                     int maxLines) const
{
    const QString key =
        QStringLiteral("%1|%2|%3|%4|").arg(font.key()).arg(firstWidth).arg(width).arg(maxLines) + text;
    const auto found = m_wrapped.constFind(key);
    if (found != m_wrapped.constEnd())
        return *found;
    if (m_wrapped.size() > kCacheLimit)
        m_wrapped.clear();
    const QStringList lines = wrap(text, QFontMetrics(font), firstWidth, width, maxLines);
    m_wrapped.insert(key, lines);
    return lines;
}

int CardDelegate::cardWidth(const QStyleOptionViewItem& option) const
{
    // A list view asks for hints without a rect: the card is as wide as the column's viewport.
    if (const auto* view = qobject_cast<const QAbstractItemView*>(parent()))
        return view->viewport()->width();
    return option.rect.width();
}

int CardDelegate::textWidth(const QStyleOptionViewItem& option) const
{
    const QFontMetrics metrics(option.font);
    const int width = std::max(cardWidth(option), metrics.averageCharWidth() * 8);
    return width - 2 * kMargin - kAccent - 2 * kPadding;
}

CardDelegate::Part CardDelegate::fitPart(const QString& text, const QFont& font, int firstWidth, int width,
                                         int maxLines, bool& wordCut) const
{
    Part part{{}, font};
    // A word wider than the card ("Evergreen", "Engineering" in a 1280-pixel column) would break mid-word: the
    // line takes the caption's size, the next step down the type scale, first. Only a word too wide even then
    // is broken, and the tooltip shows it whole.
    if (!wordsFit(text, QFontMetrics(font), width)) {
        part.font = theme::font(theme::Text::Caption, font);
        if (!wordsFit(text, QFontMetrics(part.font), width))
            wordCut = true;
    }
    part.lines = cachedWrap(text, part.font, firstWidth, width, maxLines);
    return part;
}

CardDelegate::Lines CardDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                                         int textWidth) const
{
    Lines lines;
    const QString score = scoreLabel(index.data(ApplicationTableModel::MatchScoreRole));
    const int badge = badgeWidth(QFontMetrics(option.font), score);
    // Beside the badge the company's first line is shorter; a name that does not fit there starts below it
    // (one more line for the card, never a cut name).
    lines.company = fitPart(index.data(ApplicationTableModel::CompanyRole).toString(),
                            theme::font(theme::Text::Title, option.font),
                            textWidth - (badge > 0 ? badge + kBadgeGap : 0), textWidth,
                            kCompanyLines + (badge > 0 ? 1 : 0), lines.wordCut);
    lines.title = fitPart(index.data(ApplicationTableModel::TitleRole).toString(), option.font, textWidth,
                          textWidth, kTitleLines, lines.wordCut);
    lines.footer = fitPart(footerText(index), option.font, textWidth, textWidth, kFooterLines, lines.wordCut);
    return lines;
}

CardDelegate::Lines CardDelegate::shownLines(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layout(option, index, textWidth(option));
}

namespace {
// The company's block: its lines, and at least the score's pill (a body line high) beside a caption-sized name.
int companyHeight(const CardDelegate::Part& company, const QFontMetrics& body, bool badge)
{
    return std::max(company.height(), badge ? body.lineSpacing() : 0);
}
} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int width = std::max(cardWidth(option), metrics.averageCharWidth() * 8);
    const Lines lines = layout(option, index, textWidth(option));
    const bool badge = !scoreLabel(index.data(ApplicationTableModel::MatchScoreRole)).isEmpty();
    const int height = companyHeight(lines.company, metrics, badge) + lines.title.height() + lines.footer.height();
    return {width, height + kGap + 2 * kPadding + 2 * kMargin};
}

bool CardDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                             const QModelIndex& index)
{
    // A card that had to break a word shows its full text in the tooltip.
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        QStyleOptionViewItem card = option;
        card.rect = view->visualRect(index);
        if (layout(card, index, textWidth(card)).wordCut) {
            const QString full = QStringList{index.data(ApplicationTableModel::CompanyRole).toString(),
                                             index.data(ApplicationTableModel::TitleRole).toString(),
                                             footerText(index)}
                                     .join(QLatin1Char('\n'));
            QToolTip::showText(event->globalPos(), full, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int stage = index.data(ApplicationTableModel::StageRole).toInt();
    const theme::CardColors colors = theme::cardColors(palette, stage, selected);
    const QColor highlight = palette.color(QPalette::Highlight);

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, colors.background);
    painter->setPen(QPen(selected ? highlight : colors.border, 1));
    painter->drawPath(path);
    // Keyboard focus (tabbing into a column, arrow keys) gets a frame of its own, thicker than selection.
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(highlight, 2.5, Qt::SolidLine));
        painter->drawPath(path);
    }
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), kAccent, card.height()), theme::stageColor(stage));
    painter->setClipping(false);

    const QRect text = card.toRect().adjusted(kPadding + kAccent, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();

    // Score badge, top right, only once a match has been computed.
    const QString label = scoreLabel(index.data(ApplicationTableModel::MatchScoreRole));
    if (!label.isEmpty()) {
        const int width = badgeWidth(metrics, label);
        const QRect badge(text.right() - width + 1, text.top(), width, line);
        const theme::Badge look = theme::scoreBadge(index.data(ApplicationTableModel::MatchScoreRole).toDouble());
        QPainterPath pill;
        pill.addRoundedRect(badge, line / 2.0, line / 2.0);
        painter->fillPath(pill, look.fill);
        painter->setPen(look.text);
        painter->drawText(badge, Qt::AlignCenter, label);
    }

    const Lines lines = layout(option, index, text.width());
    // Each part in its own font and line spacing, as sizeHint() measured them.
    const auto drawPart = [painter, &text](const Part& part, int y) {
        const int spacing = QFontMetrics(part.font).lineSpacing();
        painter->setFont(part.font);
        for (const QString& one : part.lines) {
            painter->drawText(QRect(text.left(), y, text.width(), spacing), Qt::AlignLeft | Qt::AlignVCenter, one);
            y += spacing;
        }
    };
    painter->setPen(colors.text);
    drawPart(lines.company, text.top());
    int y = text.top() + companyHeight(lines.company, metrics, !label.isEmpty());
    drawPart(lines.title, y);
    y += lines.title.height() + kGap;
    painter->setPen(colors.secondary);
    drawPart(lines.footer, y);
    painter->restore();
}

} // namespace jobdeck
