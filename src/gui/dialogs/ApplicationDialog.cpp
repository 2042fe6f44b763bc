#include "dialogs/ApplicationDialog.h"

#include "Theme.h"
#include "storage/ApplicationRepository.h"
#include "ui_ApplicationDialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QUrl>

namespace jobdeck {

ApplicationDialog::ApplicationDialog(Mode mode, const QDate& today, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ApplicationDialog>())
{
    m_ui->setupUi(this);
    // Designer leaves the style's margins and spacing (11 and 6 px in Fusion); dialogs sit on the 4 px grid.
    theme::setSpacing(m_ui->mainLayout, theme::space::L, theme::space::S);
    m_ui->formLayout->setSpacing(theme::space::S);
    setWindowTitle(mode == Mode::Add ? tr("New application") : tr("Edit application"));
    m_ui->sourceEdit->addItems({QString(), tr("LinkedIn"), tr("Referral"), tr("Company site"), tr("Indeed"),
                                tr("Recruiter")});
    m_ui->appliedEdit->setDate(today);
    m_ui->appliedEdit->setMaximumDate(today.addDays(1));
    m_ui->appliedCheck->setToolTip(tr("Leave unchecked for a job you have saved but not applied to yet."));
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, theme::errorText(errorPalette));
    m_ui->errorLabel->setPalette(errorPalette);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->appliedCheck, &QCheckBox::toggled, m_ui->appliedEdit, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_ui->companyEdit, m_ui->titleEdit, m_ui->urlEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ApplicationDialog::updateValidation);
        // A blank form is not a mistake: the reason OK is off shows once the user has typed something.
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_showErrors = true;
            updateValidation();
        });
    }
    // Enter in a multi-line box is a new line; Ctrl+Enter there saves, as in most editors' forms.
    for (QWidget* box : {static_cast<QWidget*>(m_ui->notesEdit), static_cast<QWidget*>(m_ui->jdEdit)})
        box->installEventFilter(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Save (Enter; Ctrl+Enter in the notes or the job description)"));
    updateValidation();
}

ApplicationDialog::~ApplicationDialog() = default;

bool ApplicationDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            // An invalid form stays open with its reason shown, as a click on the disabled OK would.
            if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok); ok->isEnabled())
                ok->click();
            else {
                m_showErrors = true;
                updateValidation();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ApplicationDialog::setDraft(const ApplicationDraft& draft)
{
    m_ui->companyEdit->setText(draft.company);
    m_ui->titleEdit->setText(draft.title);
    m_ui->sourceEdit->setCurrentText(draft.source);
    m_ui->urlEdit->setText(draft.url);
    m_ui->locationEdit->setText(draft.location);
    m_ui->salaryEdit->setText(draft.salary);
    m_ui->appliedCheck->setChecked(draft.appliedOn.has_value());
    if (draft.appliedOn)
        m_ui->appliedEdit->setDate(*draft.appliedOn);
    m_ui->notesEdit->setPlainText(draft.notes);
    m_ui->jdEdit->setPlainText(draft.jobDescription);
    m_showErrors = true;
    updateValidation();
}

ApplicationDraft ApplicationDialog::draft() const
{
    ApplicationDraft draft;
    draft.company = m_ui->companyEdit->text().trimmed();
    draft.title = m_ui->titleEdit->text().trimmed();
    draft.source = m_ui->sourceEdit->currentText().trimmed();
    draft.url = m_ui->urlEdit->text().trimmed();
    draft.location = m_ui->locationEdit->text().trimmed();
    draft.salary = m_ui->salaryEdit->text().trimmed();
    draft.notes = m_ui->notesEdit->toPlainText();
    draft.jobDescription = m_ui->jdEdit->toPlainText();
    if (m_ui->appliedCheck->isChecked())
        draft.appliedOn = m_ui->appliedEdit->date();
    return draft;
}

QString ApplicationDialog::validationError() const
{
    const ApplicationDraft typed = draft();
    if (const Result<ApplicationDraft> valid = ApplicationRepository::validated(typed); !valid)
        return valid.message();
    if (!typed.url.isEmpty()) {
        const QUrl url(typed.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty())
            return tr("The link must be a web address starting with http:// or https://.");
    }
    return {};
}

void ApplicationDialog::updateValidation()
{
    const QString error = validationError();
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(m_showErrors && !error.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace jobdeck
