#include "storage/EventTimelineModel.h"

#include "pipeline/PipelineService.h"

#include <QLocale>

namespace jobdeck {

EventTimelineModel::EventTimelineModel(const PipelineService& pipeline, QObject* parent)
    : QAbstractListModel(parent), m_pipeline(pipeline)
{
}

Status EventTimelineModel::showApplication(qint64 applicationId)
{
    const Result<QList<StageEvent>> events = m_pipeline.history(applicationId);
    if (!events)
        return events.error();
    beginResetModel();
    m_applicationId = applicationId;
    m_events = events.value();
    endResetModel();
    return {};
}

void EventTimelineModel::clear()
{
    beginResetModel();
    m_applicationId = 0;
    m_events.clear();
    endResetModel();
}

int EventTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant EventTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const StageEvent& event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        if (!event.previous)
            return tr("%1  %2").arg(when, stages::displayName(event.current));
        const QString move =
            tr("%1  %2 \u2192 %3")
                .arg(when, stages::displayName(*event.previous), stages::displayName(event.current));
        if (event.reverts)
            return tr("%1 (undo)").arg(move);
        if (event.revertedBy)
            return tr("%1 (undone)").arg(move);
        return move;
    }
    case Qt::ToolTipRole: {
        const QString when = QLocale().toString(event.at.toLocalTime(), QLocale::LongFormat);
        if (event.reverts || event.revertedBy)
            return tr("%1\nUndone: this move and its undo count for nothing.").arg(when);
        return when;
    }
    case UndoneRole:
        return event.reverts != 0 || event.revertedBy != 0;
    case EventIdRole:
        return event.id;
    case AtRole: return event.at;
    case StageRole: return static_cast<int>(event.current);
    case PreviousRole: return event.previous ? QVariant(static_cast<int>(*event.previous)) : QVariant();
    default: return {};
    }
}

} // namespace jobdeck
