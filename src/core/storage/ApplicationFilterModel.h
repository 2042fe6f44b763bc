#pragma once

#include "pipeline/Stage.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace jobdeck {

// Narrows an ApplicationTableModel by free text (every word must appear in the company, title, notes or
// location) and by stage, and sorts by each column's natural order rather than its display text.
class ApplicationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ApplicationFilterModel(QObject* parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString& text);
    std::optional<Stage> stageFilter() const { return m_stage; }
    void setStageFilter(std::optional<Stage> stage);

    // Only applications still in the pipeline (no end stage, not accepted): the ones worth ranking.
    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);

    qint64 idAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    std::optional<Stage> m_stage;
    bool m_openOnly = false;
};

} // namespace jobdeck
