#include "list/ApplicationListPage.h"

#include "Icons.h"
#include "KeyboardContextMenu.h"
#include "Session.h"
#include "Theme.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jobdeck {

ApplicationListPage::ApplicationListPage(Session& session, QWidget* parent)
    : Page(parent),
      m_session(session),
      m_filter(new QLineEdit(this)),
      m_stage(new QComboBox(this)),
      m_scope(new QComboBox(this)),
      m_unarchive(new QPushButton(tr("&Unarchive"), this)),
      m_view(new QTableView(this)),
      m_proxy(new ApplicationFilterModel(this)),
      m_archived(new ApplicationTableModel(session.database(), session.clock(), this))
{
    m_archived->setShowsArchived(true);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Open applications"), false);
    m_scope->addItem(tr("Archived"), true);
    m_unarchive->setObjectName(QStringLiteral("unarchive"));
    m_unarchive->setToolTip(tr("Bring the selected application back to the board"));
    m_unarchive->hide();
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
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + theme::space::M);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Short values (stage, source, dates, numbers) as wide as their longest, never cut ("Hacker Ne...", or a
    // German stage); the title and the next task share what is left, eliding with a tooltip on a laptop.
    for (const int column : {int(ApplicationTableModel::StageColumn), int(ApplicationTableModel::Source),
                             int(ApplicationTableModel::Applied), int(ApplicationTableModel::DaysInStage),
                             int(ApplicationTableModel::MatchScore)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApplicationTableModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicationTableModel::NextTask, QHeaderView::Stretch);
    header->resizeSection(ApplicationTableModel::Company,
                          std::max(20 * m_view->fontMetrics().averageCharWidth(),
                                   header->sectionSizeHint(ApplicationTableModel::Company)
                                       + 2 * m_view->fontMetrics().averageCharWidth()));

    auto* filters = new QHBoxLayout;
    theme::setSpacing(filters, 0, theme::space::S);
    filters->addWidget(m_filter, 1);
    filters->addWidget(new QLabel(tr("Stage:"), this));
    filters->addWidget(m_stage);
    filters->addWidget(m_scope);
    filters->addWidget(m_unarchive);
    auto* layout = new QVBoxLayout(this);
    theme::setSpacing(layout, theme::space::S, theme::space::S);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ApplicationFilterModel::setFilterText);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        const int stage = m_stage->currentData().toInt();
        m_proxy->setStageFilter(stage < 0 ? std::nullopt : std::optional<Stage>(static_cast<Stage>(stage)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_unarchive->setEnabled(current.isValid());
                if (current.isValid() && !m_removingRows)
                    m_session.setCurrentApplicationId(current.data(ApplicationTableModel::IdRole).toLongLong());
            });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { showArchived(m_scope->currentData().toBool()); });
    connect(m_unarchive, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_session.unarchiveApplication(current.data(ApplicationTableModel::IdRole).toLongLong());
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
    new KeyboardContextMenu(m_view, [this](const QPoint& globalPos) { emit contextMenuRequested(globalPos); });
    connect(&session, &Session::currentApplicationChanged, this, &ApplicationListPage::followCurrentApplication);
    connect(&session, &Session::applicationChanged, this, [this](qint64 id) {
        // An archive or unarchive moves the row between the two tables.
        if (showsArchived())
            (void)m_archived->refreshApplication(id);
        if (id == m_session.currentApplicationId())
            followCurrentApplication(id);
    });
    connect(&session, &Session::dataReset, this,
            [this] { followCurrentApplication(m_session.currentApplicationId()); });
}

QIcon ApplicationListPage::icon() const { return Icons::icon(QStringLiteral("list")); }

void ApplicationListPage::showArchived(bool archived)
{
    if (archived) {
        if (const Status loaded = m_archived->reload(); !loaded)
            m_session.reportError(loaded.message());
    }
    m_proxy->setSourceModel(archived ? m_archived : &m_session.applications());
    m_unarchive->setVisible(archived);
    m_unarchive->setEnabled(false);
    followCurrentApplication(m_session.currentApplicationId());
}

bool ApplicationListPage::showsArchived() const { return m_scope->currentData().toBool(); }

void ApplicationListPage::followCurrentApplication(qint64 id)
{
    const auto* table = qobject_cast<const ApplicationTableModel*>(m_proxy->sourceModel());
    const QModelIndex source = table ? table->indexOfId(id) : QModelIndex();
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
