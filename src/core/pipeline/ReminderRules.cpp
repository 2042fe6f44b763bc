#include "pipeline/ReminderRules.h"

#include <algorithm>
#include <QCoreApplication>

namespace jobdeck {

QList<ReminderRules::NewTask> ReminderRules::tasksFor(Stage to, const QDateTime& at, const QString& company,
                                                      const std::optional<QDateTime>& interviewAt) const
{
    QList<NewTask> result;
    if (stages::isInterview(to)) {
        // Around the interview when its time is known; a prep due before the move itself (an interview
        // within the lead time) is due at the move.
        const QDateTime prepDue = interviewAt ? std::max(at, interviewAt->addSecs(-prepLeadSecs))
                                              : at.addSecs(prepDelaySecs);
        const QDateTime thankYouDue = interviewAt.value_or(at).addSecs(thankYouDelaySecs);
        result.append({TaskType::Prep,
                       QCoreApplication::translate("ReminderRules", "Prepare for the %1 round at %2")
                           .arg(stages::displayName(to), company),
                       prepDue, interviewAt});
        result.append(
            {TaskType::ThankYou,
             QCoreApplication::translate("ReminderRules", "Send a thank-you note to %1").arg(company),
             thankYouDue, interviewAt});
    } else if (to == Stage::Applied) {
        result.append(
            {TaskType::FollowUp,
             QCoreApplication::translate("ReminderRules", "Follow up on the application at %1").arg(company),
             at.addSecs(followUpDelaySecs), std::nullopt});
    }
    return result;
}

} // namespace jobdeck
