#include "pipeline/ReminderRules.h"

#include <algorithm>
#include <QCoreApplication>

namespace jobdeck {

QList<ReminderRules::NewTask> ReminderRules::tasksFor(Stage to, const QDateTime& at, const QString& company,
                                                      const std::optional<QDateTime>& interviewAt) const
{
    QList<NewTask> result;
    if (stages::isInterview(to) && interviewAt) {
        // A prep due before the move itself (an interview within the lead time) is due at the move.
        const QString stage = stages::displayName(to);
        result.append({TaskType::Prep,
                       QCoreApplication::translate("ReminderRules", "Prepare for the %1 round at %2")
                           .arg(stage, company),
                       std::max(at, interviewAt->addSecs(-prepLeadSecs)), interviewAt});
        result.append(
            {TaskType::ThankYou,
             QCoreApplication::translate("ReminderRules", "Send a thank-you note to %1").arg(company),
             interviewAt->addSecs(thankYouDelaySecs), interviewAt});
    } else if (stages::isInterview(to)) {
        const QString stage = stages::displayName(to);
        result.append({TaskType::Prep,
                       QCoreApplication::translate("ReminderRules", "Prepare for the %1 round at %2")
                           .arg(stage, company),
                       at.addSecs(prepDelaySecs), std::nullopt});
        result.append(
            {TaskType::ThankYou,
             QCoreApplication::translate("ReminderRules", "Send a thank-you note to %1").arg(company),
             at.addSecs(thankYouDelaySecs), std::nullopt});
    } else if (to == Stage::Applied) {
        result.append(
            {TaskType::FollowUp,
             QCoreApplication::translate("ReminderRules", "Follow up on the application at %1").arg(company),
             at.addSecs(followUpDelaySecs), std::nullopt});
    }
    return result;
}

} // namespace jobdeck
