#pragma once

#include "storage/ApplicationFilterModel.h"

namespace jobdeck {

// One kanban column: the applications in one stage, as drag sources and a drop target. Cards travel as
// the MIME type application/x-jobdeck-application carrying application ids. A drop never changes the data
// itself: the ids are re-validated and handed on through moveRequested, so the stage changes only through
// PipelineService (an undoable command in the GUI).
class BoardColumnModel : public ApplicationFilterModel
{
    Q_OBJECT

public:
    static QString mimeType();
    // The ids carried by a drag, or nothing when the payload is not a list of positive integers.
    static QList<qint64> decodeIds(const QMimeData* data);
    static QMimeData* encodeIds(const QList<qint64>& ids);

    explicit BoardColumnModel(Stage stage, QObject* parent = nullptr);
    Stage stage() const { return *stageFilter(); }

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // Applications dropped here that exist and are in another stage.
    void moveRequested(const QList<qint64>& ids, jobdeck::Stage to);

private:
    QList<qint64> movableIds(const QMimeData* data) const;
};

} // namespace jobdeck
