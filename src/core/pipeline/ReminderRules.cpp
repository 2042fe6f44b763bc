#include "pipeline/ReminderRules.h"

#include <QCoreApplication>

namespace jobdeck {

QList<ReminderRules::NewTask> ReminderRules::tasksFor(Stage to, const QDateTime& at, const QString& company) const
{
    QList<NewTask> result;
    if (stages::isInterview(to)) {
        const QString stage = stages::displayName(to);
        result.append({TaskType::Prep,
                       QCoreApplication::translate("ReminderRules", "Prepare for the %1 round at %2").arg(stage, company),
                       at.addSecs(prepDelaySecs)});
        result.append({TaskType::ThankYou,
                       QCoreApplication::translate("ReminderRules", "Send a thank-you note to %1").arg(company),
                       at.addSecs(thankYouDelaySecs)});
    } else if (to == Stage::Applied) {
        result.append({TaskType::FollowUp,
                       QCoreApplication::translate("ReminderRules", "Follow up on the application at %1").arg(company),
                       at.addSecs(followUpDelaySecs)});
    }
    return result;
}

} // namespace jobdeck
