#pragma once

#include <QColor>
#include <QFont>

class QLayout;
class QPalette;

// Jobdeck's look in one place: a spacing grid on a 4 px base, a type scale derived from the platform's font
// (never a hard-coded pixel size), and the colours of cards, badges and chips, picked so that their text
// keeps WCAG AA contrast (4.5:1) on light and dark palettes alike.
namespace jobdeck::theme {

// The spacing grid. Hairline is for the gap between two cards and inside a column header, where a whole step
// would cost a 1280-pixel board its card width.
namespace space {
constexpr int Hairline = 2;
constexpr int XS = 4;
constexpr int S = 8;
constexpr int M = 12;
constexpr int L = 16;
constexpr int XL = 24;
} // namespace space

// True for 0 and the steps above: what a margin or a spacing may be.
bool onGrid(int pixels);
// Sets a layout's four margins and its spacing from the grid.
void setSpacing(QLayout* layout, int margins, int spacing);

// The type scale, relative to the platform's (or the user's) font.
enum class Text
{
    Caption, // secondary notes, the Closed group's caption: a step smaller
    Body,    // everything else
    Title,   // card companies, column headers, table groups: body, bold
    Heading, // a page's one big line (the match score, the welcome): half again as large, bold
};
QFont font(Text role, const QFont& base);
// The point sizes the scale allows for `base` (caption, body, heading), for tests and checks.
QList<qreal> pointSizes(const QFont& base);

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double luminance(const QColor& color);
double contrast(const QColor& a, const QColor& b);
// `over` laid over `under` at `amount` (0 to 1), opaque.
QColor blend(const QColor& under, const QColor& over, double amount);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background);
// `color` moved towards `toward` until it reads at `ratio` on `background` (or reaches `toward`).
QColor readable(QColor color, const QColor& background, const QColor& toward, double ratio = 4.5);
bool isDark(const QPalette& palette);
// A dark palette like the ones desktops hand to Qt in dark mode: what --dark renders with and tests check.
QPalette darkPalette();

// One colour per stage (Stage's order), mid-saturation hues that read as accents on light and dark grounds;
// the charts' series take theirs from here too.
QColor stageColor(int stage);

// A board card: lifted off the column's ground, tinted faintly with its stage's colour.
struct CardColors
{
    QColor background;
    QColor border;
    QColor text;      // company and title
    QColor secondary; // days in stage and the next task
};
// A selected card takes a wash of the palette's highlight; its text is chosen to read on that too.
CardColors cardColors(const QPalette& palette, int stage, bool selected = false);

// The score's pill on a card: 70 and up green, 40 and up amber, below that grey; white text on each.
struct Badge
{
    QColor fill;
    QColor text;
};
Badge scoreBadge(double score);

// An error message's colour on `palette`'s window: red, lightened on a dark one until it reads at 4.5:1.
QColor errorText(const QPalette& palette);

// Chips of the match page: aligned (positive) and missing (negative) terms.
QColor positive();
QColor negative();

} // namespace jobdeck::theme
