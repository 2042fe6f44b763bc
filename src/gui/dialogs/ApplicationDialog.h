#pragma once

#include "storage/Records.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApplicationDialog;
}

namespace jobdeck {

// Adds or edits an application's fields. OK stays disabled, with the reason shown, until the input is
// valid: a company and a title, and a link (if any) that is an http(s) address. Enter in a one-line field
// and Ctrl+Enter anywhere (in the notes and the job description too, where Enter starts a new line) press OK.
class ApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    ApplicationDialog(Mode mode, const QDate& today, QWidget* parent = nullptr);
    ~ApplicationDialog() override;

    void setDraft(const ApplicationDraft& draft);
    // The fields as typed, trimmed; valid whenever OK is enabled.
    ApplicationDraft draft() const;
    // Empty when the input is acceptable, else the first problem in words.
    QString validationError() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateValidation();

    std::unique_ptr<Ui::ApplicationDialog> m_ui;
    // Off until the user types or a stored application is loaded (see the constructor).
    bool m_showErrors = false;
};

} // namespace jobdeck
