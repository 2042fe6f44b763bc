#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace jobdeck {

namespace {

// Renders on demand rather than caching pixmaps: the colour depends on the palette at paint time.
class TintedSvgEngine : public QIconEngine
{
public:
    explicit TintedSvgEngine(QString name) : m_name(std::move(name)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QImage image = Icons::render(m_name, rect.size(), dpr, Icons::color(QGuiApplication::palette(), mode));
        painter->drawImage(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        Q_UNUSED(state)
        // QIcon hands the size in device pixels here; the pixmap keeps the ratio so it paints at size / scale.
        const QSize logical = (QSizeF(size) / scale).toSize();
        return QPixmap::fromImage(Icons::render(m_name, logical, scale, Icons::color(QGuiApplication::palette(), mode)));
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QIconEngine* clone() const override { return new TintedSvgEngine(m_name); }
    QString key() const override { return QStringLiteral("jobdeck-tinted-svg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return !QFile::exists(Icons::resourcePath(m_name)); }

private:
    QString m_name;
};

} // namespace

QStringList Icons::names()
{
    return {QStringLiteral("board"),  QStringLiteral("list"),   QStringLiteral("analytics"),
            QStringLiteral("match"),  QStringLiteral("reminders"), QStringLiteral("new"),
            QStringLiteral("import"), QStringLiteral("edit"),   QStringLiteral("undo"),
            QStringLiteral("redo"),   QStringLiteral("info"), QStringLiteral("export")};
}

QString Icons::resourcePath(const QString& name)
{
    return QStringLiteral(":/jobdeck/icons/ui/") + name + QStringLiteral(".svg");
}

QIcon Icons::icon(const QString& name)
{
    return QIcon(new TintedSvgEngine(name));
}

QImage Icons::render(const QString& name, const QSize& size, qreal devicePixelRatio, const QColor& color)
{
    QSvgRenderer renderer(resourcePath(name));
    if (!renderer.isValid() || size.isEmpty())
        return {};
    QImage image((QSizeF(size) * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    // Keep the drawing's coverage, replace its colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QColor Icons::color(const QPalette& palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

} // namespace jobdeck
