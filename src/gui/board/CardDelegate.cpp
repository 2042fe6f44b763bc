#include "board/CardDelegate.h"

#include "storage/ApplicationTableModel.h"

#include <QPainter>
#include <QPainterPath>

#include <array>

namespace jobdeck {
namespace {

constexpr int kMargin = 4;
constexpr int kPadding = 8;
constexpr int kAccent = 4;

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

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 24, 3 * metrics.lineSpacing() + 2 * kPadding + 2 * kMargin + 4};
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
    int badgeWidth = 0;
    const QVariant score = index.data(ApplicationTableModel::MatchScoreRole);
    if (score.isValid()) {
        const QString label = QString::number(qRound(score.toDouble()));
        badgeWidth = metrics.horizontalAdvance(label) + 10;
        const QRect badge(text.right() - badgeWidth + 1, text.top(), badgeWidth, line);
        const double value = score.toDouble();
        const QColor fill = value >= 70 ? QColor(0x3f, 0xa3, 0x4d) : value >= 40 ? QColor(0xe0, 0x8a, 0x2e)
                                                                                 : QColor(0x8a, 0x8a, 0x8a);
        QPainterPath pill;
        pill.addRoundedRect(badge, line / 2.0, line / 2.0);
        painter->fillPath(pill, fill);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, label);
        badgeWidth += 6;
    }

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(textColor);
    const QRect companyRect(text.left(), text.top(), text.width() - badgeWidth, line);
    painter->drawText(companyRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(ApplicationTableModel::CompanyRole).toString(),
                                                    Qt::ElideRight, companyRect.width()));
    painter->setFont(option.font);
    const QRect titleRect(text.left(), text.top() + line, text.width(), line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(ApplicationTableModel::TitleRole).toString(), Qt::ElideRight,
                                         titleRect.width()));

    const qint64 days = index.data(ApplicationTableModel::DaysInStageRole).toLongLong();
    QString footer = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    const QString next = index.data(ApplicationTableModel::NextTaskRole).toString();
    if (!next.isEmpty())
        footer += QStringLiteral(" \u00b7 ") + next;
    painter->setPen(dim);
    const QRect footerRect(text.left(), text.top() + 2 * line, text.width(), line);
    painter->drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(footer, Qt::ElideRight, footerRect.width()));
    painter->restore();
}

} // namespace jobdeck
