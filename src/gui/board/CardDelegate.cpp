#include "board/CardDelegate.h"

#include "storage/ApplicationTableModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

#include <array>

namespace jobdeck {
namespace {

constexpr int kMargin = 2;
constexpr int kPadding = 5;
constexpr int kAccent = 4;
constexpr int kGap = 2; // between the title and the footer
constexpr int kCompanyLines = 2;
constexpr int kTitleLines = 3;
constexpr int kFooterLines = 3;

QString scoreLabel(const QVariant& score) { return score.isValid() ? QString::number(qRound(score.toDouble())) : QString(); }

// The pill of the match score and the space it keeps from the company name.
int badgeWidth(const QFontMetrics& metrics, const QString& label)
{
    return label.isEmpty() ? 0 : metrics.horizontalAdvance(label) + 10;
}
constexpr int kCacheLimit = 8192;

} // namespace

QColor CardDelegate::stageColor(int stage)
{
    // Mid-saturation hues that read on light and dark palettes alike.
    static const std::array<QColor, 11> colors{
        QColor(0x8e, 0x9a, 0xaf), QColor(0x3d, 0x84, 0xc6), QColor(0x2e, 0xa8, 0xa8), QColor(0x7b, 0x61, 0xc9),
        QColor(0xc9, 0x6b, 0xc4), QColor(0xe0, 0x8a, 0x2e), QColor(0x3f, 0xa3, 0x4d), QColor(0x2b, 0x8a, 0x3e),
        QColor(0xc0, 0x39, 0x2b), QColor(0x8a, 0x8a, 0x8a), QColor(0x9e, 0x86, 0x6b)};
    return stage >= 0 && stage < int(colors.size()) ? colors[std::size_t(stage)] : colors[0];
}

QStringList CardDelegate::wrap(const QString& text, const QFontMetrics& metrics, int width, int maxLines)
{
    QStringList lines;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype next = 0;
    while (next < words.size()) {
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(words.mid(next).join(QLatin1Char(' ')), Qt::ElideRight, width));
            break;
        }
        QString line = words.at(next++);
        while (next < words.size()) {
            const QString longer = line + QLatin1Char(' ') + words.at(next);
            // One pixel spare: the advance is rounded, and a line that is a fraction too wide gets elided.
            if (metrics.horizontalAdvance(longer) > width - 1)
                break;
            line = longer;
            ++next;
        }
        // Only a single word wider than the card is cut here.
        lines.append(metrics.horizontalAdvance(line) > width - 1 ? metrics.elidedText(line, Qt::ElideRight, width) : line);
    }
    return lines;
}

QString CardDelegate::footerText(const QModelIndex& index)
{
    const qint64 days = index.data(ApplicationTableModel::DaysInStageRole).toLongLong();
    QString footer = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    QString next = index.data(ApplicationTableModel::NextTaskRole).toString().trimmed();
    // Reminder titles end with the company ("Follow up on the application at Orbit Space"), which the card
    // shows on its first line: drop it and the short preposition before it, as a person would on a card.
    const QString company = index.data(ApplicationTableModel::CompanyRole).toString().trimmed();
    if (!company.isEmpty() && next.endsWith(QLatin1Char(' ') + company) && next.size() > company.size() + 1) {
        QString rest = next.left(next.size() - company.size() - 1).trimmed();
        const qsizetype space = rest.lastIndexOf(QLatin1Char(' '));
        if (space > 0 && rest.size() - space - 1 <= 4)
            rest = rest.left(space);
        next = rest;
    }
    if (!next.isEmpty())
        footer += QStringLiteral(" \u00b7 ") + next;
    return footer;
}

QStringList CardDelegate::cachedWrap(const QString& text, const QFont& font, int width, int maxLines) const
{
    const QString key = QStringLiteral("%1|%2|%3|").arg(font.key()).arg(width).arg(maxLines) + text;
    const auto found = m_wrapped.constFind(key);
    if (found != m_wrapped.constEnd())
        return *found;
    if (m_wrapped.size() > kCacheLimit)
        m_wrapped.clear();
    const QStringList lines = wrap(text, QFontMetrics(font), width, maxLines);
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

CardDelegate::Lines CardDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                                         int textWidth) const
{
    Lines lines;
    QFont bold = option.font;
    bold.setBold(true);
    const QString score = scoreLabel(index.data(ApplicationTableModel::MatchScoreRole));
    const int badge = badgeWidth(QFontMetrics(option.font), score);
    lines.company = cachedWrap(index.data(ApplicationTableModel::CompanyRole).toString(), bold,
                               textWidth - (badge > 0 ? badge + 4 : 0), kCompanyLines);
    lines.title = cachedWrap(index.data(ApplicationTableModel::TitleRole).toString(), option.font, textWidth,
                             kTitleLines);
    lines.footer = cachedWrap(footerText(index), option.font, textWidth, kFooterLines);
    return lines;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int width = std::max(cardWidth(option), metrics.averageCharWidth() * 8);
    const int textWidth = width - 2 * kMargin - kAccent - 2 * kPadding;
    const Lines lines = layout(option, index, textWidth);
    const auto atLeastOne = [](const QStringList& part) { return int(std::max<qsizetype>(1, part.size())); };
    const int rows = atLeastOne(lines.company) + atLeastOne(lines.title) + atLeastOne(lines.footer);
    return {width, rows * metrics.lineSpacing() + kGap + 2 * kPadding + 2 * kMargin};
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, palette.color(QPalette::Base));
    if (selected)
        painter->fillPath(path, QColor(palette.color(QPalette::Highlight).red(),
                                       palette.color(QPalette::Highlight).green(),
                                       palette.color(QPalette::Highlight).blue(), 48));
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), 1));
    painter->drawPath(path);
    const int stage = index.data(ApplicationTableModel::StageRole).toInt();
    // Keyboard focus (tabbing into a column, arrow keys) gets a frame of its own, thicker than selection.
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5, Qt::SolidLine));
        painter->drawPath(path);
    }
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), kAccent, card.height()), stageColor(stage));
    painter->setClipping(false);

    const QRect text = card.toRect().adjusted(kPadding + kAccent, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();
    const QColor textColor = palette.color(QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.7f);

    // Score badge, top right, only once a match has been computed.
    const QString label = scoreLabel(index.data(ApplicationTableModel::MatchScoreRole));
    if (!label.isEmpty()) {
        const int width = badgeWidth(metrics, label);
        const QRect badge(text.right() - width + 1, text.top(), width, line);
        const double value = index.data(ApplicationTableModel::MatchScoreRole).toDouble();
        const QColor fill = value >= 70 ? QColor(0x3f, 0xa3, 0x4d) : value >= 40 ? QColor(0xe0, 0x8a, 0x2e)
                                                                                 : QColor(0x8a, 0x8a, 0x8a);
        QPainterPath pill;
        pill.addRoundedRect(badge, line / 2.0, line / 2.0);
        painter->fillPath(pill, fill);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, label);
    }

    const Lines lines = layout(option, index, text.width());
    const auto drawLines = [painter, &text, line](const QStringList& part, int y) {
        for (const QString& one : part) {
            painter->drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter, one);
            y += line;
        }
        return y + line * int(part.isEmpty());
    };
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(textColor);
    int y = drawLines(lines.company, text.top());
    painter->setFont(option.font);
    y = drawLines(lines.title, y) + kGap;
    painter->setPen(dim);
    drawLines(lines.footer, y);
    painter->restore();
}

} // namespace jobdeck
