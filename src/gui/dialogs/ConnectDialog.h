#pragma once

#include "dialogs/ConnectionTarget.h"
#include "util/Result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace jobdeck {

class PasswordStore;
class Settings;

// File > Connect to Server: host, port, database, user and password, with the recent servers (from the
// settings, never with a password) and the password remembered in the system keychain when asked. The login
// is tried on a worker thread (the window stays live, Cancel stops waiting); only then does `opener` switch
// the app to the server on the GUI thread. A failure says which server and why, keeps everything typed, and
// offers the local database instead (the dialog then ends with UseLocal).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Switches the app to the server once the login works; a failure keeps the dialog open with its message.
    using Opener = std::function<Status(const ConnectionTarget& target, const QString& password)>;
    enum Outcome { UseLocal = QDialog::Accepted + 1 };

    ConnectDialog(Settings& settings, PasswordStore& passwords, Opener opener, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields (and the password from the keychain, unless one was typed already).
    void setTarget(const ConnectionTarget& target);
    ConnectionTarget target() const;
    QString password() const;
    // Connects at once with what the fields hold (a start on a server, --db postgresql://...).
    void connectNow();
    bool isBusy() const;
    // What the status line says now (an error, progress, a keychain problem).
    QString statusText() const;
    // A keychain problem met while remembering the password after connecting, for the window to show.
    QString keychainMessage() const { return m_keychainMessage; }

protected:
    void reject() override;

private:
    enum class Attempt { None, Test, Connect };
    void startAttempt(Attempt attempt);
    void attemptFinished();
    void finishConnect();
    void setBusy(bool busy, const QString& message = {});
    void showFailure(const QString& message);
    void showStatus(const QString& message);
    bool checkComplete();
    void loadRecent();
    void readPassword(const ConnectionTarget& target);

    Settings& m_settings;
    PasswordStore& m_passwords;
    Opener m_opener;
    QListWidget* m_recent = nullptr;
    QLabel* m_recentLabel = nullptr; // hidden with the list while there is no recent server
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_useLocal = nullptr;
    QPushButton* m_cancel = nullptr;
    QFutureWatcher<Status> m_watcher;
    Attempt m_attempt = Attempt::None;
    // What the running attempt tries, as it was when it started (the fields may not change meanwhile, but
    // the result is judged against this).
    ConnectionTarget m_tried;
    QString m_triedPassword;
    QString m_keychainMessage;
    // libpq options of the target last set (sslmode=...), kept while the fields are edited.
    QString m_options;
    int m_pendingReads = 0;
    bool m_connectWhenRead = false;
};

} // namespace jobdeck
