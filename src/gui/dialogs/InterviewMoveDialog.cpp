#include "dialogs/InterviewMoveDialog.h"

#include "Theme.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jobdeck {

namespace {

const Stage kRounds[] = {Stage::Screen, Stage::Technical, Stage::Onsite, Stage::Final};

// The round after `current`, or the first one for an application not yet interviewing.
Stage proposedRound(Stage current)
{
    for (Stage round : kRounds) {
        if (stages::rank(round) > stages::rank(current))
            return round;
    }
    return Stage::Final;
}

} // namespace

InterviewMoveDialog::InterviewMoveDialog(const QString& company, Stage current, const QDateTime& now,
                                         QWidget* parent)
    : QDialog(parent), m_stage(new QComboBox(this)), m_when(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Schedule an Interview"));
    for (Stage round : kRounds)
        m_stage->addItem(stages::displayName(round), static_cast<int>(round));
    setStage(stages::isEnd(current) ? Stage::Screen : proposedRound(current));

    m_when->setCalendarPopup(true);
    m_when->setTimeSpec(Qt::LocalTime);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime local = now.toLocalTime();
    m_when->setDateTime(QDateTime(local.date().addDays(1), QTime(10, 0)));

    auto* intro = new QLabel(tr("Move %1 to an interview round. Prep falls due the day before the interview, "
                                "the thank-you note a day after it.")
                                 .arg(company),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Round:"), m_stage);
    form->addRow(tr("Interview &at:"), m_when);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    theme::setSpacing(layout, theme::space::L, theme::space::S);
    form->setSpacing(theme::space::S);
}

Stage InterviewMoveDialog::stage() const
{
    return static_cast<Stage>(m_stage->currentData().toInt());
}

QDateTime InterviewMoveDialog::interviewAt() const
{
    return m_when->dateTime().toUTC();
}

void InterviewMoveDialog::setInterviewAt(const QDateTime& at)
{
    m_when->setDateTime(at.toLocalTime());
}

void InterviewMoveDialog::setStage(Stage stage)
{
    const int index = m_stage->findData(static_cast<int>(stage));
    if (index >= 0)
        m_stage->setCurrentIndex(index);
}

} // namespace jobdeck
