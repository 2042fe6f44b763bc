#include "list/ApplicationListPage.h"

#include "Session.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace jobdeck {

ApplicationListPage::ApplicationListPage(Session& session, QWidget* parent)
    : Page(parent),
      m_session(session),
      m_filter(new QLineEdit(this)),
      m_stage(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_proxy(new ApplicationFilterModel(this))
{
    m_filter->setPlaceholderText(tr("Filter by company, title, notes or location"));
    m_filter->setClearButtonEnabled(true);
    m_stage->addItem(tr("All stages"), -1);
    for (Stage stage : stages::all())
        m_stage->addItem(stages::displayName(stage), static_cast<int>(stage));

    m_proxy->setSourceModel(&session.applications());
    // Before the view's selection model connects: a current row that leaves the filter (moved to another
    // stage, archived) makes its neighbour current, which is not the user choosing the neighbour.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { m_removingRows = false; });
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ApplicationTableModel::DaysInStage, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep 10,000 rows cheap to lay out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ApplicationTableModel::NextTask, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().averageCharWidth();
    const std::array<int, ApplicationTableModel::ColumnCount> widths{20, 30, 12, 14, 14, 15, 40, 9};
    // Never narrower than the header itself (with room for the sort arrow): "Days in stage" and the
    // German and French titles were cut off at the fixed widths.
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column)
        header->resizeSection(column, std::max(widths[std::size_t(column)] * em, header->sectionSizeHint(column) + 2 * em));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(new QLabel(tr("Stage:"), this));
    filters->addWidget(m_stage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ApplicationFilterModel::setFilterText);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        const int stage = m_stage->currentData().toInt();
        m_proxy->setStageFilter(stage < 0 ? std::nullopt : std::optional<Stage>(static_cast<Stage>(stage)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_removingRows)
                    m_session.setCurrentApplicationId(current.data(ApplicationTableModel::IdRole).toLongLong());
            });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(ApplicationTableModel::IdRole).toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });
    connect(&session, &Session::currentApplicationChanged, this, &ApplicationListPage::followCurrentApplication);
    connect(&session, &Session::applicationChanged, this, [this](qint64 id) {
        if (id == m_session.currentApplicationId())
            followCurrentApplication(id);
    });
    connect(&session, &Session::dataReset, this,
            [this] { followCurrentApplication(m_session.currentApplicationId()); });
}

QIcon ApplicationListPage::icon() const { return style()->standardIcon(QStyle::SP_FileDialogDetailedView); }

void ApplicationListPage::followCurrentApplication(qint64 id)
{
    const QModelIndex source = m_session.applications().indexOfId(id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Filtered out here: no other row may look selected in its place.
        m_view->selectionModel()->clear();
        return;
    }
    if (index.row() != m_view->currentIndex().row() || !m_view->selectionModel()->isRowSelected(index.row()))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace jobdeck
