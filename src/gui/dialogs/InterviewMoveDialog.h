#pragma once

#include "pipeline/Stage.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;

namespace jobdeck {

// Moves an application into an interview round with the interview's date and time, in one step: prep then
// falls due the day before and the thank-you a day after (PipelineService::move with interviewAt).
class InterviewMoveDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` is the application's stage: the round after it is proposed. `now` is the clock's time, so
    // the proposed interview (tomorrow at 10:00) follows the app's clock in tests.
    InterviewMoveDialog(const QString& company, Stage current, const QDateTime& now, QWidget* parent = nullptr);

    Stage stage() const;
    QDateTime interviewAt() const;
    void setInterviewAt(const QDateTime& at);
    void setStage(Stage stage);

private:
    QComboBox* m_stage;
    QDateTimeEdit* m_when;
};

} // namespace jobdeck
