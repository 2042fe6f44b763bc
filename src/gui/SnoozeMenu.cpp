#include "SnoozeMenu.h"

namespace jobdeck {

SnoozeMenu::SnoozeMenu(QWidget* parent) : QMenu(tr("Snooze"), parent)
{
    addAction(tr("For an hour"), this, [this] { emit chosen(Choice::OneHour); });
    addAction(tr("Until tomorrow"), this, [this] { emit chosen(Choice::Tomorrow); });
    addAction(tr("Until next week"), this, [this] { emit chosen(Choice::NextWeek); });
}

QDateTime SnoozeMenu::until(Choice choice, const QDateTime& now)
{
    switch (choice) {
    case Choice::OneHour: return now.addSecs(3600);
    case Choice::Tomorrow: {
        const QDateTime local = now.toLocalTime();
        return QDateTime(local.date().addDays(1), QTime(9, 0), Qt::LocalTime).toUTC();
    }
    case Choice::NextWeek: return now.addDays(7);
    }
    return now;
}

} // namespace jobdeck
