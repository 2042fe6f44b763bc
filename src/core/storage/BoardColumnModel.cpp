#include "storage/BoardColumnModel.h"

#include "storage/ApplicationTableModel.h"

#include <QMimeData>

namespace jobdeck {

QString BoardColumnModel::mimeType() { return QStringLiteral("application/x-jobdeck-application"); }

QList<qint64> BoardColumnModel::decodeIds(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QList<QByteArray> parts = data->data(mimeType()).split(',');
    QList<qint64> ids;
    for (const QByteArray& part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return {};
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QMimeData* BoardColumnModel::encodeIds(const QList<qint64>& ids)
{
    QByteArrayList parts;
    for (qint64 id : ids)
        parts.append(QByteArray::number(id));
    auto* data = new QMimeData;
    data->setData(mimeType(), parts.join(','));
    return data;
}

BoardColumnModel::BoardColumnModel(Stage stage, QObject* parent) : ApplicationFilterModel(parent)
{
    setStageFilter(stage);
    // Newest arrivals in a stage first.
    sort(ApplicationTableModel::DaysInStage, Qt::AscendingOrder);
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex& index) const
{
    // Dropping onto a card means dropping into its column.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return ApplicationFilterModel::flags(index) | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList BoardColumnModel::mimeTypes() const { return {mimeType()}; }

QMimeData* BoardColumnModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const qint64 id = index.data(ApplicationTableModel::IdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids.isEmpty() ? nullptr : encodeIds(ids);
}

Qt::DropActions BoardColumnModel::supportedDragActions() const { return Qt::MoveAction; }
Qt::DropActions BoardColumnModel::supportedDropActions() const { return Qt::MoveAction; }

QList<qint64> BoardColumnModel::movableIds(const QMimeData* data) const
{
    // Ids come from outside (another window, another process): keep only applications this board shows
    // and that are not in this column already.
    const auto* table = qobject_cast<const ApplicationTableModel*>(sourceModel());
    QList<qint64> movable;
    if (!table)
        return movable;
    for (qint64 id : decodeIds(data)) {
        const int row = table->rowOfId(id);
        if (row >= 0 && table->rowAt(row).stage != stage())
            movable.append(id);
    }
    return movable;
}

bool BoardColumnModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                       const QModelIndex&) const
{
    return action == Qt::MoveAction && !movableIds(data).isEmpty();
}

bool BoardColumnModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QList<qint64> ids = movableIds(data);
    if (action != Qt::MoveAction || ids.isEmpty())
        return false;
    emit moveRequested(ids, stage());
    // The data changes later, through the command; the view must not remove the dragged rows itself.
    return false;
}

} // namespace jobdeck
