#include "Theme.h"

#include <array>
#include <cmath>
#include <QLayout>
#include <QPalette>

namespace jobdeck::theme {
namespace {

constexpr std::array<int, 7> kGrid{0, space::Hairline, space::XS, space::S, space::M, space::L, space::XL};
constexpr qreal kCaption = 0.9;
constexpr qreal kHeading = 1.5;

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

bool onGrid(int pixels)
{
    return std::find(kGrid.begin(), kGrid.end(), pixels) != kGrid.end();
}

void setSpacing(QLayout* layout, int margins, int spacing)
{
    layout->setContentsMargins(margins, margins, margins, margins);
    layout->setSpacing(spacing);
}

QFont font(Text role, const QFont& base)
{
    QFont font = base;
    // A point size when the platform gives one, so the scale follows the user's font and the screen's DPI.
    const auto scaled = [&font, &base](qreal factor) {
        if (base.pointSizeF() > 0)
            font.setPointSizeF(base.pointSizeF() * factor);
        else
            font.setPixelSize(qRound(base.pixelSize() * factor));
    };
    switch (role) {
    case Text::Caption:
        scaled(kCaption);
        break;
    case Text::Body:
        break;
    case Text::Title:
        font.setBold(true);
        break;
    case Text::Heading:
        scaled(kHeading);
        font.setBold(true);
        break;
    }
    return font;
}

QList<qreal> pointSizes(const QFont& base)
{
    const qreal body = base.pointSizeF();
    return {body * kCaption, body, body * kHeading};
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor& under, const QColor& over, double amount)
{
    const QColor a = under.toRgb();
    const QColor b = over.toRgb();
    const auto mix = [amount](int x, int y) { return qRound(x + (y - x) * amount); };
    return {mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue())};
}

QColor textOn(const QColor& background)
{
    return contrast(background, Qt::white) >= contrast(background, Qt::black) ? QColor(Qt::white)
                                                                              : QColor(Qt::black);
}

QColor readable(QColor color, const QColor& background, const QColor& toward, double ratio)
{
    for (int step = 1; step <= 10 && contrast(color, background) < ratio; ++step)
        color = blend(color, toward, 0.2);
    return contrast(color, background) < ratio ? toward : color;
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x84, 0xc6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x20));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xd0));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xf0));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return dark;
}

QColor stageColor(int stage)
{
    static const std::array<QColor, 11> colors{
        QColor(0x8e, 0x9a, 0xaf), QColor(0x3d, 0x84, 0xc6), QColor(0x2e, 0xa8, 0xa8),
        QColor(0x7b, 0x61, 0xc9), QColor(0xc9, 0x6b, 0xc4), QColor(0xe0, 0x8a, 0x2e),
        QColor(0x3f, 0xa3, 0x4d), QColor(0x2b, 0x8a, 0x3e), QColor(0xc0, 0x39, 0x2b),
        QColor(0x8a, 0x8a, 0x8a), QColor(0x9e, 0x86, 0x6b)};
    return stage >= 0 && stage < int(colors.size()) ? colors[std::size_t(stage)] : colors[0];
}

CardColors cardColors(const QPalette& palette, int stage, bool selected)
{
    const bool dark = isDark(palette);
    const QColor ground = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    CardColors colors;
    // Light: a white card on the grey column; dark: a step lighter than the column, as dark themes lift
    // raised surfaces. Either way a faint wash of the stage's colour, which the text must still read on.
    const QColor lifted = dark ? blend(ground, Qt::white, 0.07) : blend(ground, Qt::white, 1.0);
    colors.background = blend(lifted, stageColor(stage), dark ? 0.08 : 0.05);
    if (selected)
        colors.background = blend(colors.background, palette.color(QPalette::Highlight), 0.22);
    colors.border = blend(colors.background, text, dark ? 0.22 : 0.25);
    colors.text = readable(text, colors.background, textOn(colors.background), 7.0);
    colors.secondary = readable(blend(colors.background, colors.text, 0.7), colors.background, colors.text);
    return colors;
}

Badge scoreBadge(double score)
{
    // Darker than the stage accents: white text on them reads at 5:1 or more.
    const QColor fill = score >= 70   ? QColor(0x2e, 0x7d, 0x32)
                        : score >= 40 ? QColor(0xa3, 0x5f, 0x00)
                                      : QColor(0x61, 0x61, 0x61);
    return {fill, QColor(Qt::white)};
}

QColor errorText(const QPalette& palette)
{
    return readable(negative(), palette.color(QPalette::Window), palette.color(QPalette::WindowText));
}

QColor positive()
{
    return {0x2e, 0x7d, 0x32};
}
QColor negative()
{
    return {0xc0, 0x39, 0x2b};
}

} // namespace jobdeck::theme
