#include "pipeline/ApplicationEdits.h"

#include "storage/ApplicationRepository.h"
#include "storage/Database.h"

namespace jobdeck {

namespace {

constexpr int kAppliedOn = int(kEditedTextFields.size()); // the index differingFields gives the applied date

// Compares the way the repository stores text: trimmed, and an empty field is empty however it was typed.
bool sameText(const QString& a, const QString& b) { return a.trimmed() == b.trimmed(); }

bool sameField(const ApplicationDraft& a, const ApplicationDraft& b, int field)
{
    if (field == kAppliedOn)
        return a.appliedOn == b.appliedOn;
    return sameText(a.*kEditedTextFields[std::size_t(field)], b.*kEditedTextFields[std::size_t(field)]);
}

} // namespace

QList<int> ApplicationEdits::differingFields(const ApplicationDraft& a, const ApplicationDraft& b)
{
    QList<int> fields;
    for (int field = 0; field <= kAppliedOn; ++field) {
        if (!sameField(a, b, field))
            fields.append(field);
    }
    return fields;
}

bool ApplicationEdits::sameFields(const ApplicationDraft& a, const ApplicationDraft& b)
{
    return differingFields(a, b).isEmpty();
}

Status ApplicationEdits::replaceFields(qint64 applicationId, const ApplicationDraft& from, const ApplicationDraft& to,
                                       const QDateTime& now) const
{
    const ApplicationRepository repository(m_database);
    return m_database.transaction([&]() -> Status {
        const Result<Application> current = repository.find(applicationId);
        if (!current)
            return current.error();
        ApplicationDraft fields = current.value();
        for (const int field : differingFields(from, to)) {
            // Someone else wrote this field since: writing ours would silently take their change back.
            if (!sameField(fields, from, field))
                return conflict(tr("%1 was edited elsewhere since.").arg(current->company));
            if (field == kAppliedOn)
                fields.appliedOn = to.appliedOn;
            else
                fields.*kEditedTextFields[std::size_t(field)] = to.*kEditedTextFields[std::size_t(field)];
        }
        return repository.update(applicationId, fields, now);
    });
}

Status ApplicationEdits::replaceArchived(qint64 applicationId, bool from, bool to, const QDateTime& now) const
{
    const ApplicationRepository repository(m_database);
    return m_database.transaction([&]() -> Status {
        const Result<Application> current = repository.find(applicationId);
        if (!current)
            return current.error();
        if (current->archived != from)
            return conflict(current->archived ? tr("%1 was archived elsewhere since.").arg(current->company)
                                              : tr("%1 was unarchived elsewhere since.").arg(current->company));
        return repository.setArchived(applicationId, to, now);
    });
}

} // namespace jobdeck
