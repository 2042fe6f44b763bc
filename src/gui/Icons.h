#pragma once

#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QStringList>

namespace jobdeck {

// The interface's one icon set (issue 14): monochrome SVGs under :/jobdeck/icons/ui, drawn in black and
// recoloured when painted, so they match the text of whatever palette is in use (light, dark, disabled,
// selected) instead of mixing the styles' coloured standard icons.
class Icons
{
public:
    // Every icon of the set, by name ("board", "undo", ...).
    static QStringList names();
    static QString resourcePath(const QString& name);
    // An icon that reads the application palette each time it is painted, so a palette change (dark mode)
    // recolours it. QIcon::name() gives the set's name back.
    static QIcon icon(const QString& name);
    // The icon at size (logical pixels) and device pixel ratio, tinted with color; null if the name is unknown.
    static QImage render(const QString& name, const QSize& size, qreal devicePixelRatio, const QColor& color);
    // The colour an icon is painted in for mode, from palette: the text colour, the disabled group's one
    // when disabled, the highlighted text when selected.
    static QColor color(const QPalette& palette, QIcon::Mode mode);
};

} // namespace jobdeck
