#pragma once

#include <QIcon>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace jobdeck {

class DetailsPanel;
class NotificationBar;
class Page;
class Session;
class Settings;
class WelcomePanel;

// The window frame: sidebar, pages, the details dock, menus, toolbar and status bar. It composes page
// classes and routes actions to the session; it holds no logic of its own beyond layout and wiring.
// Menus are built in small methods; other features add to the File menu through fileMenu() and
// addFileActions() (import and backup items go there, above "Try the sample database").
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Jobdeck's icon, for the window, the tray and dialogs.
    static QIcon appIcon();

    Session& session() const { return m_session; }
    Settings& settings() const { return m_settings; }
    QMenu* fileMenu() const { return m_fileMenu; }
    // Inserts actions into the File menu in the section reserved for import, export and backups.
    void addFileActions(const QList<QAction*>& actions);

    QString currentPageId() const;
    bool showPage(const QString& id);
    Page* page(const QString& id) const;
    QStringList pageIds() const;
    bool isBusy() const;
    DetailsPanel* details() const { return m_details; }
    NotificationBar* notificationBar() const { return m_notificationBar; }
    // The first-run panel, shown in place of the board and the list while the database holds no application.
    WelcomePanel* welcome() const { return m_welcome; }
    bool isWelcomeShown() const;
    QAction* importAction() const { return m_importAction; }

    // What the status bar says about the open database (its file by default; "Server: user@host/db").
    void setDatabaseLabel(const QString& text, const QString& toolTip = {});
    // A database file's path as the status bar shows it: under the home folder as ~/...
    static QString shortPath(const QString& path);

    void restoreLayout();
    void saveLayout() const;

    // Whether this desktop has a system tray, asked again at each close (a tray host can go away). With a
    // tray and the keep-running setting on, closing the window hides it and Jobdeck keeps running.
    void setTrayCheck(std::function<bool()> trayAvailable);
    bool keepsRunningWhenClosed() const;
    // Shows the window as it was (maximised stays maximised, a minimised one comes back) and raises it.
    void showAsBefore();

public slots:
    void addApplication();
    void editApplication(qint64 id);
    // Asks for the round and the interview's time, then moves (one undo step).
    void moveToInterview(qint64 id);
    void openApplication(qint64 id);
    void loadSampleData();
    void showAbout();
    // Really quits (File > Quit, the tray's Quit): the window closes even when it would go to the tray.
    void quit();

signals:
    // The window went to the tray on close; `firstTime` is true once, for the note that says so.
    void hiddenToTray(bool firstTime);
    void newDatabaseRequested();
    void openDatabaseRequested(const QString& path);
    // "Try the sample data": the sample lives in its own database (AppController opens it), never in this one.
    void sampleDatabaseRequested();
    // File > Connect to Server and File > Use Local Database (AppController switches).
    void connectToServerRequested();
    void useLocalDatabaseRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void createFileMenu();
    void createEditMenu();
    void createApplicationMenu();
    void createViewMenu();
    void createHelpMenu();
    void createToolBar();
    void createStatusBar();
    void updateRecentFiles();
    void updateCounts();
    void updateActions();
    void updateWelcome();
    void showError(const QString& message);
    void showContextMenu(const QPoint& globalPos);

    Session& m_session;
    Settings& m_settings;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    // The pages, or the welcome panel in their place.
    QStackedWidget* m_content = nullptr;
    WelcomePanel* m_welcome = nullptr;
    QAction* m_importAction = nullptr;
    DetailsPanel* m_details = nullptr;
    NotificationBar* m_notificationBar = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_moveMenu = nullptr;
    QAction* m_fileSection = nullptr;
    QAction* m_newApplication = nullptr;
    QAction* m_editApplication = nullptr;
    QAction* m_archiveApplication = nullptr;
    QAction* m_nextStage = nullptr;
    QAction* m_previousStage = nullptr;
    QAction* m_moveToInterview = nullptr;
    QAction* m_detailsToggle = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_path = nullptr;
    std::function<bool()> m_trayAvailable;
    bool m_quitting = false;
};

} // namespace jobdeck
