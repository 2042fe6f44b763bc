#include "NotificationBar.h"

#include "Icons.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace jobdeck {

NotificationBar::NotificationBar(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("notificationBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::ToolTipBase));
    tinted.setColor(QPalette::WindowText, tinted.color(QPalette::ToolTipText));
    setPalette(tinted);
    m_text->setWordWrap(true);
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("notificationIcon"));
    // Drawn in the bar's own (tooltip) text colour, not the window's.
    icon->setPixmap(QPixmap::fromImage(Icons::render(QStringLiteral("info"), QSize(16, 16), devicePixelRatioF(),
                                                     palette().color(QPalette::WindowText))));
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::space::S, theme::space::XS, theme::space::S, theme::space::XS);
    layout->setSpacing(theme::space::S);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(dismiss);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openRequested(m_applicationId);
        hide();
    });
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void NotificationBar::showMessage(const QString& message, qint64 applicationId)
{
    m_text->setText(message);
    m_applicationId = applicationId;
    m_open->setVisible(applicationId > 0);
    show();
}

QString NotificationBar::message() const { return m_text->text(); }

} // namespace jobdeck
