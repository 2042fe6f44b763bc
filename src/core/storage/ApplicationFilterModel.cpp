#include "storage/ApplicationFilterModel.h"

#include "storage/ApplicationTableModel.h"

namespace jobdeck {

ApplicationFilterModel::ApplicationFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ApplicationTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ApplicationFilterModel::setFilterText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void ApplicationFilterModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    invalidateRowsFilter();
}

void ApplicationFilterModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    invalidateRowsFilter();
}

qint64 ApplicationFilterModel::idAt(int row) const
{
    return index(row, 0).data(ApplicationTableModel::IdRole).toLongLong();
}

bool ApplicationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_stage && source.data(ApplicationTableModel::StageRole).toInt() != static_cast<int>(*m_stage))
        return false;
    if (m_openOnly) {
        const auto stage = static_cast<Stage>(source.data(ApplicationTableModel::StageRole).toInt());
        if (stages::isEnd(stage) || stage == Stage::Accepted)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = source.data(ApplicationTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace jobdeck
