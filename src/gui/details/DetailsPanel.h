#pragma once

#include <QWidget>

class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace jobdeck {

struct Application;
class EventTimelineModel;
class Session;
class TaskModel;

// The current application in full: fields, job description, notes, the stage timeline from the event log
// and its tasks with done and snooze. Follows the session's current application.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(Session& session, QWidget* parent = nullptr);

    qint64 applicationId() const { return m_applicationId; }
    EventTimelineModel* timeline() const { return m_timeline; }
    TaskModel* tasks() const { return m_tasks; }
    QListView* taskView() const { return m_taskView; }
    QDateTimeEdit* interviewEdit() const { return m_interviewEdit; }
    // Never so narrow that a tab's name is cut (German and French ones are longer).
    QSize minimumSizeHint() const override;

public slots:
    void showApplication(qint64 id);
    void completeSelectedTask();
    // Sets the current round's interview to the editor's time (or clears it): prep and thank-you follow.
    void setInterview();
    void clearInterview();

signals:
    void editRequested(qint64 id);

private:
    void reload();
    void showInterview(const Application& application);
    void updateTaskButtons();
    qint64 selectedTaskId() const;

    Session& m_session;
    qint64 m_applicationId = 0;
    EventTimelineModel* m_timeline = nullptr;
    TaskModel* m_tasks = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_fields = nullptr;
    QPushButton* m_edit = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListView* m_timelineView = nullptr;
    QListView* m_taskView = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_snooze = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QWidget* m_interviewRow = nullptr; // shown in an interview stage only
    QDateTimeEdit* m_interviewEdit = nullptr;
    QPushButton* m_interviewSet = nullptr;
    QPushButton* m_interviewClear = nullptr;
};

} // namespace jobdeck
