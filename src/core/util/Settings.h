#pragma once

#include <optional>

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace jobdeck {

// The desktop app's preferences in one typed place: recent databases, window layout, the last page.
// Tests pass a file of their own so they never touch the user's settings.
class Settings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;

    // The user's settings (organisation and application name), or the INI file at `filePath`.
    explicit Settings(const QString& filePath = {}, QObject* parent = nullptr);
    ~Settings() override;

    QStringList recentFiles() const;
    // Puts `path` first, without duplicates, keeping at most kMaxRecentFiles.
    void addRecentFile(const QString& path);
    void clearRecentFiles();

    // Servers connected to (libpq URIs without a password: passwords live in the system keychain only),
    // newest first, at most kMaxRecentFiles.
    QStringList recentServers() const;
    void addRecentServer(const QString& locator);
    // The database (a file or a server URI) used last, opened again at the next start; empty at first.
    QString lastDatabase() const;
    void setLastDatabase(const QString& locator);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState(const QString& name) const;
    void setSplitterState(const QString& name, const QByteArray& state);
    QString lastPage() const;
    void setLastPage(const QString& page);
    // The board's collapsed stages (stage ids), or nothing before the board was first left: then the board's
    // own default (the ends collapsed) holds.
    std::optional<QStringList> collapsedBoardStages() const;
    void setCollapsedBoardStages(const QStringList& stages);
    // The language override ("de", "fr", "en"); empty follows the system.
    QString language() const;
    void setLanguage(const QString& language);
    // Closing the window keeps Jobdeck running in the system tray (where there is one), so reminders
    // still fire; on by default. The note saying so is shown once.
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);
    bool trayNoteShown() const;
    void setTrayNoteShown(bool shown);
    // Start Jobdeck when the user logs in (an XDG autostart entry on Linux); off by default.
    bool startAtLogin() const;
    void setStartAtLogin(bool start);

    // The folder a file dialog for `kind` ("resume", "import", "backup", ...) last picked a file in; empty
    // before the first.
    QString fileFolder(const QString& kind) const;
    void setFileFolder(const QString& kind, const QString& folder);

    void sync();

signals:
    void recentFilesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace jobdeck
