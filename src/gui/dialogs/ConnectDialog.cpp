#include "dialogs/ConnectDialog.h"

#include "dialogs/ConnectionProbe.h"
#include "dialogs/ConnectionSecrets.h"
#include "util/Settings.h"

#include "Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jobdeck {

ConnectDialog::ConnectDialog(Settings& settings, PasswordStore& passwords, Opener opener, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_passwords(passwords),
      m_opener(std::move(opener)),
      m_recent(new QListWidget(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("connectDialog"));

    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_recent->setToolTip(tr("Servers you connected to before. Passwords are never kept here, only in the "
                            "system keychain when you ask for it."));
    m_recent->setMaximumHeight(fontMetrics().height() * 6);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_host->setToolTip(tr("The PostgreSQL server's host name or address."));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ConnectionTarget::kDefaultPort);
    m_port->setToolTip(tr("The server's port (PostgreSQL's default is 5432)."));
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setToolTip(tr("The database the server's owner set up for Jobdeck (jobdeck-cli server init)."));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setToolTip(tr("Your login role on the server; you see only your own applications."));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Leave empty to use PGPASSWORD, ~/.pgpass or a service file, as libpq does."));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Keeps the password in the system keychain under \"Jobdeck\" (never in Jobdeck's "
                              "settings). Unticked, a password remembered before is forgotten."));
    m_progress->setRange(0, 0); // busy: a login has no measurable progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Tries the login without switching databases."));
    // Beside the status line, not in the button box (which shows every button it lays out): it appears with
    // a failure.
    m_useLocal = new QPushButton(tr("Use the &Local Database"), this);
    m_useLocal->setObjectName(QStringLiteral("useLocalButton"));
    m_useLocal->setToolTip(tr("Work on the database file on this computer instead."));
    m_useLocal->hide();
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    m_recentLabel = new QLabel(tr("R&ecent servers:"), this);
    m_recentLabel->setObjectName(QStringLiteral("recentServersLabel"));
    m_recentLabel->setBuddy(m_recent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_useLocal, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    theme::setSpacing(layout, theme::space::L, theme::space::S);
    form->setSpacing(theme::space::S);
    theme::setSpacing(statusRow, 0, theme::space::S);

    // Buttons are wired by hand: the box's accepted/rejected would close the dialog before the login.
    connect(m_connect, &QPushButton::clicked, this, [this] { startAttempt(Attempt::Connect); });
    connect(m_test, &QPushButton::clicked, this, [this] { startAttempt(Attempt::Test); });
    connect(m_useLocal, &QPushButton::clicked, this, [this] { done(UseLocal); });
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &ConnectDialog::attemptFinished);
    connect(m_recent, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (const std::optional<ConnectionTarget> picked =
                ConnectionTarget::fromLocator(m_recent->item(row)->data(Qt::UserRole).toString()))
            setTarget(*picked);
    });
    loadRecent();
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_host->setFocus(Qt::OtherFocusReason);
}

// The worker holds copies only: leaving it running (at most the timeout) is safe; its answer is dropped.
ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::loadRecent()
{
    m_recent->clear();
    for (const QString& locator : m_settings.recentServers()) {
        const std::optional<ConnectionTarget> target = ConnectionTarget::fromLocator(locator);
        if (!target)
            continue;
        auto* item = new QListWidgetItem(target->displayName(), m_recent);
        item->setData(Qt::UserRole, locator);
        item->setToolTip(target->address());
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_recentLabel->setVisible(m_recent->count() > 0);
}

void ConnectDialog::setTarget(const ConnectionTarget& target)
{
    // Another server's password must not travel with a new target.
    if (target != this->target())
        m_password->clear();
    m_options = target.options;
    m_host->setText(target.host);
    m_port->setValue(target.port);
    m_database->setText(target.database);
    m_user->setText(target.user);
    if (m_password->text().isEmpty() && target.isComplete())
        readPassword(target);
}

void ConnectDialog::readPassword(const ConnectionTarget& target)
{
    ++m_pendingReads;
    m_passwords.read(target.keychainKey(), this, [this, target](const Result<QString>& read) {
        --m_pendingReads;
        // The fields moved on to another server meanwhile, or the user typed a password: leave it alone.
        if (this->target() == target && m_password->text().isEmpty()) {
            if (!read) {
                showStatus(tr("%1 Type the password, or leave it empty to use ~/.pgpass.").arg(read.message()));
            } else {
                m_password->setText(*read);
                m_remember->setChecked(!read->isEmpty());
            }
        }
        if (m_connectWhenRead && m_pendingReads == 0) {
            m_connectWhenRead = false;
            startAttempt(Attempt::Connect);
        }
    });
}

ConnectionTarget ConnectDialog::target() const
{
    ConnectionTarget target;
    target.host = m_host->text().trimmed();
    target.port = m_port->value();
    target.database = m_database->text().trimmed();
    target.user = m_user->text().trimmed();
    target.options = m_options;
    return target;
}

QString ConnectDialog::password() const { return m_password->text(); }

bool ConnectDialog::isBusy() const { return m_attempt != Attempt::None; }

QString ConnectDialog::statusText() const { return m_status->text(); }

void ConnectDialog::connectNow()
{
    // A password still on its way from the keychain is waited for: connecting without it would fail first.
    if (m_pendingReads > 0) {
        m_connectWhenRead = true;
        setBusy(true, tr("Reading the password from the system keychain\u2026"));
        return;
    }
    startAttempt(Attempt::Connect);
}

bool ConnectDialog::checkComplete()
{
    const ConnectionTarget wanted = target();
    QLineEdit* missing = wanted.host.isEmpty() ? m_host
        : wanted.database.isEmpty()            ? m_database
        : wanted.user.isEmpty()                ? m_user
                                               : nullptr;
    if (!missing)
        return true;
    showStatus(tr("Fill in the host, the database and the user."));
    missing->setFocus(Qt::OtherFocusReason);
    return false;
}

void ConnectDialog::startAttempt(Attempt attempt)
{
    if (isBusy() || !checkComplete())
        return;
    m_attempt = attempt;
    m_tried = target();
    m_triedPassword = password();
    setBusy(true, tr("Connecting to %1\u2026").arg(m_tried.address()));
    m_watcher.setFuture(ConnectionProbe::start(m_tried.locator(), m_triedPassword));
}

void ConnectDialog::attemptFinished()
{
    const Attempt attempt = std::exchange(m_attempt, Attempt::None);
    if (attempt == Attempt::None)
        return; // cancelled: its answer is not wanted
    const Status reached = m_watcher.result();
    if (!reached) {
        setBusy(false);
        showFailure(reached.message());
        return;
    }
    if (attempt == Attempt::Test) {
        setBusy(false);
        showStatus(tr("The login on %1 works.").arg(m_tried.address()));
        return;
    }
    finishConnect();
}

void ConnectDialog::finishConnect()
{
    const Status opened = m_opener ? m_opener(m_tried, m_triedPassword) : Status();
    if (!opened) {
        setBusy(false);
        showFailure(opened.message());
        return;
    }
    m_settings.addRecentServer(m_tried.locator());
    m_settings.sync();
    // The keychain is asked only now that the password is known to work; the dialog closes once it answered.
    const QString key = m_tried.keychainKey();
    setBusy(true, tr("Connected. Updating the system keychain\u2026"));
    m_attempt = Attempt::Connect;
    auto finished = [this](const Status& stored) {
        m_attempt = Attempt::None;
        if (!stored)
            m_keychainMessage = stored.message();
        setBusy(false);
        accept();
    };
    if (m_remember->isChecked() && !m_triedPassword.isEmpty()) {
        m_passwords.write(key, m_triedPassword, this, finished);
    } else {
        // Not remembering: a password stored earlier goes. No keychain at all is no news to someone who did
        // not ask for it.
        m_passwords.remove(key, this, [finished](const Status&) { finished(Status()); });
    }
}

void ConnectDialog::setBusy(bool busy, const QString& message)
{
    for (QWidget* field : std::initializer_list<QWidget*>{m_recent, m_host, m_port, m_database, m_user, m_password,
                                                          m_remember, m_test, m_connect, m_useLocal})
        field->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setToolTip(busy ? tr("Stop waiting for the server; everything typed stays.") : QString());
    if (busy)
        showStatus(message);
}

void ConnectDialog::showStatus(const QString& message) { m_status->setText(message); }

void ConnectDialog::showFailure(const QString& message)
{
    showStatus(message);
    m_useLocal->show();
    m_useLocal->setEnabled(true);
}

void ConnectDialog::reject()
{
    if (m_connectWhenRead) {
        // Cancel while the keychain is still answering: connect no more, keep the dialog and its fields.
        m_connectWhenRead = false;
        setBusy(false);
        showStatus(tr("Stopped waiting for the system keychain."));
        return;
    }
    if (m_attempt == Attempt::Test || (m_attempt == Attempt::Connect && m_watcher.isRunning())) {
        // Cancel while connecting stops waiting, nothing more: the fields stay as typed.
        m_attempt = Attempt::None;
        m_watcher.setFuture(QFuture<Status>());
        setBusy(false);
        showStatus(tr("Stopped waiting for %1.").arg(m_tried.address()));
        return;
    }
    if (isBusy())
        return; // the keychain is answering after a switch that already happened
    QDialog::reject();
}

} // namespace jobdeck
