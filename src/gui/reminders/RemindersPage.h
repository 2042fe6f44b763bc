#pragma once

#include "Page.h"

class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace jobdeck {

class Session;
class TaskModel;

// Pending follow-ups in three groups (overdue, today, upcoming) with done, snooze (an hour, tomorrow, next
// week), open the application, and export as an .ics calendar file.
class RemindersPage : public Page
{
    Q_OBJECT

public:
    explicit RemindersPage(Session& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("reminders"); }
    QString title() const override { return tr("Reminders"); }
    QIcon icon() const override;
    void activate() override;

    TaskModel* tasks() const { return m_tasks; }
    // The list of one bucket (TaskModel::Bucket order: overdue, today, upcoming).
    QListView* bucketView(int bucket) const { return m_views.at(bucket); }
    qint64 selectedTaskId() const { return m_selectedTask; }
    bool exportCalendar(const QString& path);

public slots:
    void reload();
    void completeSelected();

signals:
    void openRequested(qint64 applicationId);

private:
    void select(int bucket, const QModelIndex& index);
    void updateButtons();
    void updateHeadings();

    Session& m_session;
    TaskModel* m_tasks = nullptr;
    QList<QSortFilterProxyModel*> m_buckets;
    QList<QListView*> m_views;
    QList<QLabel*> m_headings;
    // Says why the page is empty and what fills it, while no follow-up is pending.
    QLabel* m_empty = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_snooze = nullptr;
    QPushButton* m_open = nullptr;
    qint64 m_selectedTask = 0;
    qint64 m_selectedApplication = 0;
};

} // namespace jobdeck
