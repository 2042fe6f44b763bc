#pragma once

#include "storage/Records.h"
#include "util/Result.h"

#include <QAbstractListModel>

namespace jobdeck {

class PipelineService;

// One application's stage history from the immutable event log, oldest first, for the details timeline. An
// undone move and its undo stay in the list (the log is the truth) but say so, and UndoneRole marks both so
// the view can strike them through: they count for nothing.
class EventTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        AtRole = Qt::UserRole + 1,
        StageRole,
        PreviousRole,
        UndoneRole,
        EventIdRole
    };

    explicit EventTimelineModel(const PipelineService& pipeline, QObject* parent = nullptr);

    Status showApplication(qint64 applicationId);
    void clear();
    qint64 applicationId() const { return m_applicationId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const PipelineService& m_pipeline;
    qint64 m_applicationId = 0;
    QList<StageEvent> m_events;
};

} // namespace jobdeck
