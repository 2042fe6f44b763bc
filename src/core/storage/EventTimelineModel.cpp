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

namespace {

// When an event happened, as the timeline says it. An event at midnight UTC was given as a date only (an
// application's "applied on", an import's date column): it reads as that date, not as a time that a zone
// west of Greenwich would even put on the day before.
QString when(const QDateTime& at, QLocale::FormatType format)
{
    const QDateTime utc = at.toUTC();
    if (utc.time() == QTime(0, 0))
        return QLocale().toString(utc.date(), format);
    return QLocale().toString(at.toLocalTime(), format);
}

} // namespace

QVariant EventTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const StageEvent& event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString shortWhen = when(event.at, QLocale::ShortFormat);
        if (!event.previous)
            return tr("%1  %2").arg(shortWhen, stages::displayName(event.current));
        const QString move =
            tr("%1  %2 \u2192 %3")
                .arg(shortWhen, stages::displayName(*event.previous), stages::displayName(event.current));
        if (event.reverts)
            return tr("%1 (undo)").arg(move);
        if (event.revertedBy)
            return tr("%1 (undone)").arg(move);
        return move;
    }
    case Qt::ToolTipRole: {
        const QString longWhen = when(event.at, QLocale::LongFormat);
        if (event.reverts || event.revertedBy)
            return tr("%1\nUndone: this move and its undo count for nothing.").arg(longWhen);
        return longWhen;
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
