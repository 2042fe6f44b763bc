#include "details/DetailsPanel.h"

#include "pipeline/PipelineService.h"
#include "Session.h"
#include "SnoozeMenu.h"
#include "Theme.h"
#include "storage/ApplicationRepository.h"
#include "storage/EventTimelineModel.h"
#include "storage/TaskModel.h"
#include "util/Clock.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jobdeck {
namespace {

// Strikes through an undone move and its undo: they stay in the log but count for nothing.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(EventTimelineModel::UndoneRole).toBool()) {
            option->font.setStrikeOut(true);
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }
};

} // namespace

DetailsPanel::DetailsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_timeline(new EventTimelineModel(session.pipeline(), this)),
      m_tasks(new TaskModel(session.database(), session.clock(), this)), m_heading(new QLabel(this)),
      m_fields(new QLabel(this)), m_edit(new QPushButton(tr("&Edit..."), this)), m_tabs(new QTabWidget(this)),
      m_timelineView(new QListView(this)), m_taskView(new QListView(this)),
      m_done(new QPushButton(tr("&Done"), this)), m_snooze(new QPushButton(tr("S&nooze"), this)),
      m_description(new QPlainTextEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_interviewRow(new QWidget(this)), m_interviewEdit(new QDateTimeEdit(m_interviewRow)),
      m_interviewSet(new QPushButton(tr("Set"), m_interviewRow)),
      m_interviewClear(new QPushButton(tr("Clear"), m_interviewRow))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_fields->setWordWrap(true);
    m_fields->setTextFormat(Qt::RichText);
    m_fields->setOpenExternalLinks(true);
    m_fields->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    // A long move ("Fachgespräch → Vor-Ort-Gespräch") wraps in the panel rather than hiding behind a scrollbar.
    m_timelineView->setWordWrap(true);
    m_timelineView->setResizeMode(QListView::Adjust);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_interviewEdit->setCalendarPopup(true);
    m_interviewEdit->setTimeSpec(Qt::LocalTime);
    m_interviewEdit->setToolTip(tr("When this round's interview takes place: prep falls due the day before, "
                                   "the thank-you note a day after."));
    auto* interviewLabel = new QLabel(tr("&Interview at"), m_interviewRow);
    interviewLabel->setBuddy(m_interviewEdit);
    auto* interviewLayout = new QHBoxLayout(m_interviewRow);
    theme::setSpacing(interviewLayout, 0, theme::space::S);
    interviewLayout->addWidget(interviewLabel);
    interviewLayout->addWidget(m_interviewEdit, 1);
    interviewLayout->addWidget(m_interviewSet);
    interviewLayout->addWidget(m_interviewClear);
    m_interviewRow->hide();
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_taskView->setModel(m_tasks);
    m_taskView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_taskView->setWordWrap(true);
    m_description->setReadOnly(true);
    m_notes->setReadOnly(true);
    auto* snoozeMenu = new SnoozeMenu(this);
    m_snooze->setMenu(snoozeMenu);

    auto* taskPage = new QWidget;
    auto* taskButtons = new QHBoxLayout;
    taskButtons->addWidget(m_done);
    taskButtons->addWidget(m_snooze);
    taskButtons->addStretch();
    auto* taskLayout = new QVBoxLayout(taskPage);
    theme::setSpacing(taskLayout, theme::space::S, theme::space::S);
    taskLayout->addWidget(m_taskView, 1);
    taskLayout->addLayout(taskButtons);
    m_tabs->addTab(m_timelineView, tr("Timeline"));
    m_tabs->addTab(taskPage, tr("Tasks"));
    // "Posting", not "Job description": four tabs then fit the panel's usual width without scroll arrows.
    m_tabs->addTab(m_description, tr("Posting"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("The job description, as you pasted or imported it"));
    m_tabs->addTab(m_notes, tr("Notes"));
    // Every tab in sight (issue 14: they hid behind scroll arrows); in a panel narrower than usual they elide.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_edit, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    theme::setSpacing(layout, theme::space::S, theme::space::S);
    layout->addLayout(header);
    layout->addWidget(m_fields);
    layout->addWidget(m_interviewRow);
    layout->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_applicationId); });
    connect(m_done, &QPushButton::clicked, this, &DetailsPanel::completeSelectedTask);
    connect(m_interviewSet, &QPushButton::clicked, this, &DetailsPanel::setInterview);
    connect(m_interviewClear, &QPushButton::clicked, this, &DetailsPanel::clearInterview);
    connect(snoozeMenu, &SnoozeMenu::chosen, this, [this](SnoozeMenu::Choice choice) {
        if (const qint64 task = selectedTaskId(); task > 0) {
            if (const Status snoozed = m_session.snoozeTask(task, SnoozeMenu::until(choice, m_session.clock().now()));
                !snoozed)
                m_session.reportError(snoozed.message());
        }
    });
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DetailsPanel::updateTaskButtons);
    connect(m_tasks, &QAbstractItemModel::modelReset, this, &DetailsPanel::updateTaskButtons);
    connect(&session, &Session::currentApplicationChanged, this, &DetailsPanel::showApplication);
    connect(&session, &Session::applicationChanged, this, [this](qint64 id) {
        if (id == m_applicationId)
            reload();
    });
    connect(&session, &Session::dataReset, this, &DetailsPanel::reload);
    showApplication(session.currentApplicationId());
}

QSize DetailsPanel::minimumSizeHint() const
{
    // The tab bar's own hint is every tab whole; the tab widget's frame and this panel's margins come on top.
    const int frame = m_tabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_tabs);
    const QMargins margins = layout()->contentsMargins();
    const int tabs = m_tabs->tabBar()->sizeHint().width() + 2 * frame + margins.left() + margins.right();
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(std::max(size.width(), tabs));
    return size;
}

void DetailsPanel::showApplication(qint64 id)
{
    m_applicationId = id;
    reload();
}

void DetailsPanel::reload()
{
    const Result<Application> found = m_applicationId > 0 ? ApplicationRepository(m_session.database()).find(m_applicationId)
                                                           : Result<Application>(notFound({}));
    const bool shown = found.ok();
    m_edit->setEnabled(shown);
    m_tabs->setEnabled(shown);
    if (!shown) {
        m_heading->setText(tr("<i>Select an application to see its details.</i>"));
        m_fields->clear();
        m_timeline->clear();
        m_tasks->clear();
        m_description->clear();
        m_notes->clear();
        m_interviewRow->hide();
        return;
    }
    const Application& a = found.value();
    m_heading->setText(QStringLiteral("<b style='font-size:%1pt'>%2</b><br>%3")
                           .arg(theme::font(theme::Text::Heading, font()).pointSizeF())
                           .arg(a.company.toHtmlEscaped(), a.title.toHtmlEscaped()));
    QStringList rows;
    const auto add = [&rows](const QString& label, const QString& value) {
        if (!value.isEmpty())
            rows.append(QStringLiteral("<tr><td style='padding-right:%1px'>%2</td><td>%3</td></tr>")
                            .arg(theme::space::S)
                            .arg(label, value));
    };
    const qint64 days = std::max<qint64>(0, a.stageEnteredAt.secsTo(m_session.clock().now()) / 86400);
    add(tr("Stage"), tr("%1, for %2 days").arg(stages::displayName(a.stage)).arg(days));
    add(tr("Source"), a.source.toHtmlEscaped());
    add(tr("Location"), a.location.toHtmlEscaped());
    add(tr("Salary"), a.salary.toHtmlEscaped());
    add(tr("Applied"), a.appliedOn ? QLocale().toString(*a.appliedOn, QLocale::LongFormat) : QString());
    if (a.matchScore)
        add(tr("Similarity"), QString::number(qRound(*a.matchScore)));
    if (!a.url.isEmpty())
        add(tr("Link"), QStringLiteral("<a href=\"%1\">%2</a>").arg(a.url.toHtmlEscaped(), a.url.toHtmlEscaped()));
    m_fields->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    m_description->setPlainText(a.jobDescription);
    m_notes->setPlainText(a.notes);
    showInterview(a);
    for (const Status& status : {m_timeline->showApplication(a.id), m_tasks->showApplication(a.id)}) {
        if (!status)
            m_session.reportError(status.message());
    }
}

void DetailsPanel::showInterview(const Application& application)
{
    m_interviewRow->setVisible(stages::isInterview(application.stage));
    if (!stages::isInterview(application.stage))
        return;
    const Result<std::optional<QDateTime>> interview = m_session.pipeline().interviewAt(application.id);
    if (!interview)
        m_session.reportError(interview.message());
    const bool known = interview && interview->has_value();
    // Without a time yet, the editor offers tomorrow at ten as a starting point.
    const QDateTime tomorrow(m_session.clock().now().toLocalTime().date().addDays(1), QTime(10, 0));
    m_interviewEdit->setDateTime(known ? (*interview)->toLocalTime() : tomorrow);
    m_interviewClear->setEnabled(known);
}

void DetailsPanel::setInterview()
{
    if (const Status set =
            m_session.pipeline().setInterviewAt(m_applicationId, m_interviewEdit->dateTime().toUTC());
        !set)
        m_session.reportError(set.message());
    else
        m_session.refreshApplication(m_applicationId);
}

void DetailsPanel::clearInterview()
{
    if (const Status cleared = m_session.pipeline().setInterviewAt(m_applicationId, std::nullopt); !cleared)
        m_session.reportError(cleared.message());
    else
        m_session.refreshApplication(m_applicationId);
}

qint64 DetailsPanel::selectedTaskId() const
{
    const QModelIndex current = m_taskView->currentIndex();
    return current.isValid() ? current.data(TaskModel::IdRole).toLongLong() : 0;
}

void DetailsPanel::updateTaskButtons()
{
    const QModelIndex current = m_taskView->currentIndex();
    const bool pending = current.isValid()
                         && current.data(TaskModel::StatusRole).toInt() == static_cast<int>(TaskStatus::Pending);
    m_done->setEnabled(pending);
    m_snooze->setEnabled(pending);
}

void DetailsPanel::completeSelectedTask()
{
    if (const qint64 task = selectedTaskId(); task > 0) {
        if (const Status done = m_session.completeTask(task); !done)
            m_session.reportError(done.message());
    }
}

} // namespace jobdeck
