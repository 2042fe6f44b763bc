#pragma once

#include <QDateTime>
#include <QMenu>

namespace jobdeck {

// The three snooze choices (an hour, tomorrow morning, next week) relative to a given "now".
class SnoozeMenu : public QMenu
{
    Q_OBJECT

public:
    enum class Choice { OneHour, Tomorrow, NextWeek };

    explicit SnoozeMenu(QWidget* parent = nullptr);

    // When a task snoozed at `now` becomes due again; "tomorrow" means 09:00 local time.
    static QDateTime until(Choice choice, const QDateTime& now);

signals:
    void chosen(jobdeck::SnoozeMenu::Choice choice);
};

} // namespace jobdeck
