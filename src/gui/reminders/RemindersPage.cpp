#include "reminders/RemindersPage.h"

#include "FileDialogs.h"
#include "Icons.h"
#include "Session.h"
#include "Theme.h"
#include "SnoozeMenu.h"
#include "io/IcsWriter.h"
#include "storage/TaskModel.h"
#include "storage/TaskRepository.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace jobdeck {

RemindersPage::RemindersPage(Session& session, QWidget* parent)
    : Page(parent),
      m_session(session),
      m_tasks(new TaskModel(session.database(), session.clock(), this)),
      m_done(new QPushButton(tr("&Done"), this)),
      m_snooze(new QPushButton(tr("S&nooze"), this)),
      m_open(new QPushButton(tr("&Open Application"), this))
{
    auto* exportButton = new QPushButton(tr("Export to Calendar (.ics)..."), this);
    auto* snoozeMenu = new SnoozeMenu(this);
    m_snooze->setMenu(snoozeMenu);
    auto* buttons = new QHBoxLayout;
    theme::setSpacing(buttons, 0, theme::space::S);
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(exportButton);

    m_empty = new QLabel(tr("No follow-ups pending. Moving an application to a new stage adds the follow-ups "
                            "it calls for here, such as a nudge a week after applying."),
                         this);
    m_empty->setObjectName(QStringLiteral("remindersEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    theme::setSpacing(layout, theme::space::S, theme::space::S);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    for (int bucket = 0; bucket < 3; ++bucket) {
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(m_tasks);
        proxy->setFilterRole(TaskModel::BucketRole);
        proxy->setFilterFixedString(QString::number(bucket));
        auto* heading = new QLabel(this);
        auto* view = new QListView(this);
        view->setModel(proxy);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setUniformItemSizes(true);
        view->setObjectName(QStringLiteral("bucket%1").arg(bucket));
        m_buckets.append(proxy);
        m_views.append(view);
        m_headings.append(heading);
        layout->addWidget(heading);
        layout->addWidget(view, bucket == 2 ? 2 : 1);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, bucket](const QModelIndex& current) { select(bucket, current); });
        connect(view, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
            emit openRequested(index.data(TaskModel::ApplicationIdRole).toLongLong());
        });
    }

    connect(m_done, &QPushButton::clicked, this, &RemindersPage::completeSelected);
    connect(snoozeMenu, &SnoozeMenu::chosen, this, [this](SnoozeMenu::Choice choice) {
        if (m_selectedTask <= 0)
            return;
        if (const Status snoozed = m_session.snoozeTask(m_selectedTask, SnoozeMenu::until(choice, m_session.clock().now()));
            !snoozed)
            m_session.reportError(snoozed.message());
    });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_selectedApplication); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = filedialogs::saveFile(this, filedialogs::Kind::Calendar, tr("Export follow-ups"),
                                                   QStringLiteral("jobdeck-follow-ups.ics"),
                                                   tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            exportCalendar(path);
    });
    connect(m_tasks, &QAbstractItemModel::modelReset, this, &RemindersPage::updateHeadings);
    connect(&session, &Session::tasksChanged, this, &RemindersPage::reload);
    connect(&session, &Session::dataReset, this, &RemindersPage::reload);
    reload();
}

QIcon RemindersPage::icon() const { return Icons::icon(QStringLiteral("reminders")); }

void RemindersPage::activate() { reload(); }

void RemindersPage::reload()
{
    const qint64 kept = m_selectedTask;
    if (const Status loaded = m_tasks->showPending(); !loaded)
        m_session.reportError(loaded.message());
    m_selectedTask = 0;
    m_selectedApplication = 0;
    // A reload after someone else's change (another device, the CLI) keeps the task picked here while it is
    // still pending; it does not make its application current again (the board may have moved on).
    for (int bucket = 0; kept > 0 && bucket < m_buckets.size(); ++bucket) {
        for (int row = 0; row < m_buckets.at(bucket)->rowCount(); ++row) {
            const QModelIndex index = m_buckets.at(bucket)->index(row, 0);
            if (index.data(TaskModel::IdRole).toLongLong() != kept)
                continue;
            const QSignalBlocker blocker(m_views.at(bucket)->selectionModel());
            m_views.at(bucket)->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_views.at(bucket)->viewport()->update();
            m_selectedTask = kept;
            m_selectedApplication = index.data(TaskModel::ApplicationIdRole).toLongLong();
        }
    }
    updateButtons();
}

void RemindersPage::updateHeadings()
{
    const QStringList names{tr("Overdue"), tr("Today"), tr("Upcoming")};
    for (int bucket = 0; bucket < 3; ++bucket)
        m_headings[bucket]->setText(
            QStringLiteral("<b>%1</b> (%2)").arg(names.at(bucket)).arg(m_buckets.at(bucket)->rowCount()));
    m_empty->setVisible(m_tasks->rowCount() == 0);
}

void RemindersPage::select(int bucket, const QModelIndex& index)
{
    if (!index.isValid())
        return;
    // One selection across the three lists.
    for (int other = 0; other < m_views.size(); ++other) {
        if (other != bucket) {
            const QSignalBlocker blocker(m_views[other]->selectionModel());
            m_views[other]->selectionModel()->clear();
            m_views[other]->viewport()->update();
        }
    }
    m_selectedTask = index.data(TaskModel::IdRole).toLongLong();
    m_selectedApplication = index.data(TaskModel::ApplicationIdRole).toLongLong();
    m_session.setCurrentApplicationId(m_selectedApplication);
    updateButtons();
}

void RemindersPage::updateButtons()
{
    for (QPushButton* button : {m_done, m_snooze, m_open})
        button->setEnabled(m_selectedTask > 0);
}

void RemindersPage::completeSelected()
{
    if (m_selectedTask <= 0)
        return;
    if (const Status done = m_session.completeTask(m_selectedTask); !done)
        m_session.reportError(done.message());
}

bool RemindersPage::exportCalendar(const QString& path)
{
    const Result<QList<FollowUpTask>> pending = TaskRepository(m_session.database()).list();
    if (!pending) {
        m_session.reportError(pending.message());
        return false;
    }
    if (const Status written = IcsWriter::write(path, pending.value(), m_session.clock().now()); !written) {
        m_session.reportError(written.message());
        return false;
    }
    return true;
}

} // namespace jobdeck
