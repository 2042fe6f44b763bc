#pragma once

#include <QStyledItemDelegate>

namespace jobdeck {

// Paints one application as a kanban card (company, title, days in stage, next task, match score) straight
// from the model's roles, so a column of 10,000 cards costs no widgets.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor stageColor(int stage);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace jobdeck
