#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace jobdeck {

// A strip at the top of the window that shows a reminder where there is no system tray: the message, an
// "Open" button for the application it concerns, and a dismiss button.
class NotificationBar : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBar(QWidget* parent = nullptr);

    void showMessage(const QString& message, qint64 applicationId);
    QString message() const;
    qint64 applicationId() const { return m_applicationId; }

signals:
    void openRequested(qint64 applicationId);

private:
    QLabel* m_text = nullptr;
    QPushButton* m_open = nullptr;
    qint64 m_applicationId = 0;
};

} // namespace jobdeck
