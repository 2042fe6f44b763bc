#include "MainWindow.h"

#include "FileDialogs.h"
#include "Autostart.h"
#include "Icons.h"
#include "NotificationBar.h"
#include "Page.h"
#include "Session.h"
#include "Theme.h"
#include "WelcomePanel.h"
#include "analytics/AnalyticsPage.h"
#include "board/BoardPage.h"
#include "details/DetailsPanel.h"
#include "dialogs/ApplicationDialog.h"
#include "dialogs/BackupActions.h"
#include "dialogs/InterviewMoveDialog.h"
#include "list/ApplicationListPage.h"
#include "matching/MatchPage.h"
#include "reminders/RemindersPage.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

// Q_INIT_RESOURCE cannot be used inside a namespace; the icons live in this static library.
namespace jobdeck {

QIcon MainWindow::appIcon()
{
    // The drawn bitmaps where they exist (the 16 px one is redrawn for the pixel grid), the SVG above them.
    QIcon icon(QStringLiteral(":/jobdeck/icons/jobdeck.svg"));
    for (const int size : {16, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/jobdeck/icons/png/jobdeck-%1.png").arg(size), QSize(size, size));
    return icon;
}

MainWindow::MainWindow(Session& session, Settings& settings, QWidget* parent)
    : QMainWindow(parent),
      m_session(session),
      m_settings(settings),
      m_splitter(new QSplitter(this)),
      m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_content(new QStackedWidget(this)),
      m_welcome(new WelcomePanel(this)),
      m_details(new DetailsPanel(session, this)),
      m_notificationBar(new NotificationBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Jobdeck"));
    setWindowIcon(appIcon());

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar::item { padding: %1px %2px; }")
                                 .arg(theme::space::S)
                                 .arg(theme::space::XS));
    m_sidebar->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_sidebar->setMaximumWidth(fontMetrics().averageCharWidth() * 26);
    // The pages' names fit (addPage widens it for a longer one): a scrollbar here would hide nothing.
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_notificationBar);
    m_content->addWidget(m_pages);
    m_content->addWidget(m_welcome);
    centralLayout->addWidget(m_content, 1);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(central);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 18, 1000});
    setCentralWidget(m_splitter);

    auto* board = new BoardPage(session, this);
    auto* list = new ApplicationListPage(session, this);
    auto* analytics = new AnalyticsPage(session, this);
    auto* reminders = new RemindersPage(session, this);
    addPage(board);
    addPage(list);
    addPage(analytics);
    addPage(new MatchPage(session, this));
    addPage(reminders);
    connect(reminders, &RemindersPage::openRequested, this, &MainWindow::openApplication);
    // A double-click on a card edits it; the details panel already follows the selection.
    connect(board, &BoardPage::editRequested, this, &MainWindow::editApplication);
    connect(list, &ApplicationListPage::openRequested, this, &MainWindow::openApplication);
    connect(board, &BoardPage::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(list, &ApplicationListPage::contextMenuRequested, this, &MainWindow::showContextMenu);

    auto* dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setWidget(m_details);
    dock->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_detailsToggle = dock->toggleViewAction();
    m_detailsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    createFileMenu();
    createEditMenu();
    createApplicationMenu();
    createViewMenu();
    createHelpMenu();
    createToolBar();
    createStatusBar();
    // Import, export and backups (issue 6): File menu items, Import on the toolbar, and the day's backup of
    // this database once the window is up.
    auto* backups = new BackupActions(session, this);
    addFileActions(backups->actions());
    m_importAction = backups->actions().constFirst();
    m_importAction->setIcon(Icons::icon(QStringLiteral("import")));
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("mainToolBar")))
        bar->insertAction(m_editApplication, backups->actions().constFirst());
    connect(backups, &BackupActions::done, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(backups, &BackupActions::dailyBackupFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(message));
    });
    QTimer::singleShot(0, backups, &BackupActions::startDailyBackup);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (auto* page = qobject_cast<Page*>(m_pages->currentWidget()))
            page->activate();
        updateWelcome();
    });
    connect(m_welcome, &WelcomePanel::addRequested, this, &MainWindow::addApplication);
    connect(m_welcome, &WelcomePanel::importRequested, m_importAction, &QAction::trigger);
    connect(m_welcome, &WelcomePanel::sampleRequested, this, &MainWindow::sampleDatabaseRequested);
    // The welcome goes as soon as an application exists (added, imported, undone back) and comes back when
    // the last one is erased.
    connect(&session, &Session::applicationChanged, this, &MainWindow::updateWelcome);
    connect(&session, &Session::dataReset, this, &MainWindow::updateWelcome);
    connect(m_details, &DetailsPanel::editRequested, this, &MainWindow::editApplication);
    connect(&session, &Session::errorOccurred, this, &MainWindow::showError);
    connect(&session, &Session::notice, this, [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(&session, &Session::currentApplicationChanged, this, &MainWindow::updateActions);
    connect(&session, &Session::applicationChanged, this, &MainWindow::updateActions);
    connect(&session, &Session::tasksChanged, this, &MainWindow::updateCounts);
    connect(&session, &Session::dataReset, this, &MainWindow::updateCounts);
    ApplicationTableModel* model = &session.applications();
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateWelcome);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateWelcome);
    connect(&settings, &Settings::recentFilesChanged, this, &MainWindow::updateRecentFiles);
    m_sidebar->setCurrentRow(0);
    updateRecentFiles();
    updateCounts();
    updateActions();
    updateWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    // A translation may name a page longer than the default width holds: never cut a page's name.
    const int needed = m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 4;
    m_sidebar->setMaximumWidth(qMax(m_sidebar->maximumWidth(), needed));
    m_sidebar->setMinimumWidth(qMax(m_sidebar->minimumWidth(), needed));
}

void MainWindow::addFileActions(const QList<QAction*>& actions) { m_fileMenu->insertActions(m_fileSection, actions); }

QString MainWindow::currentPageId() const
{
    const auto* page = qobject_cast<const Page*>(m_pages->currentWidget());
    return page ? page->pageId() : QString();
}

Page* MainWindow::page(const QString& id) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* page = qobject_cast<Page*>(m_pages->widget(i));
        if (page && page->pageId() == id)
            return page;
    }
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (const auto* page = qobject_cast<const Page*>(m_pages->widget(i)))
            ids.append(page->pageId());
    }
    return ids;
}

bool MainWindow::showPage(const QString& id)
{
    Page* wanted = page(id);
    if (!wanted)
        return false;
    m_sidebar->setCurrentRow(m_pages->indexOf(wanted));
    return true;
}

bool MainWindow::isBusy() const
{
    const auto* current = qobject_cast<const Page*>(m_pages->currentWidget());
    return current && current->isBusy();
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(tr("&New Database..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                          &MainWindow::newDatabaseRequested);
    m_fileMenu->addAction(tr("&Open Database..."), QKeySequence::Open, this, [this] {
        const QString path =
            filedialogs::openFile(this, filedialogs::Kind::Database, tr("Open a Jobdeck database"),
                                  tr("Jobdeck databases (*.sqlite *.jobdeck *.db);;All files (*)"));
        if (!path.isEmpty())
            emit openDatabaseRequested(path);
    });
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    // Issue 16: the same pipeline from a PostgreSQL server, and back to this computer's file.
    QAction* server = m_fileMenu->addAction(tr("&Connect to Server..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                            this, &MainWindow::connectToServerRequested);
    server->setObjectName(QStringLiteral("connectToServer"));
    server->setToolTip(tr("Work on a Jobdeck database on a PostgreSQL server, shared by your devices"));
    QAction* local = m_fileMenu->addAction(tr("&Use Local Database"), this, &MainWindow::useLocalDatabaseRequested);
    local->setObjectName(QStringLiteral("useLocalDatabase"));
    local->setToolTip(tr("Work on the database file on this computer"));
    m_fileMenu->addSeparator();
    // Import, export and backup actions are inserted above this separator (addFileActions).
    m_fileSection = m_fileMenu->addSeparator();
    // The sample opens as its own database, so it never mixes with the user's applications.
    QAction* sample = m_fileMenu->addAction(tr("Try the &Sample Database"), this, &MainWindow::sampleDatabaseRequested);
    sample->setObjectName(QStringLiteral("trySampleDatabase"));
    sample->setStatusTip(tr("Opens a separate database filled with a demo pipeline; File > Open Recent brings yours back"));
    m_fileMenu->addSeparator();
    QAction* keep = m_fileMenu->addAction(tr("&Keep Running in the Tray When Closed"));
    keep->setObjectName(QStringLiteral("keepRunningInTray"));
    keep->setCheckable(true);
    keep->setChecked(m_settings.keepRunningInTray());
    keep->setStatusTip(tr("Closing the window leaves Jobdeck in the system tray, so reminders still appear"));
    connect(keep, &QAction::toggled, this, [this](bool on) {
        m_settings.setKeepRunningInTray(on);
        m_settings.sync();
    });
    QAction* login = m_fileMenu->addAction(tr("Start at &Login"));
    login->setObjectName(QStringLiteral("startAtLogin"));
    login->setCheckable(true);
    login->setEnabled(Autostart::isSupported());
    login->setChecked(Autostart::isSupported() && m_settings.startAtLogin() && Autostart::isEnabled());
    connect(login, &QAction::toggled, this, [this, login](bool on) {
        if (const Status set = Autostart::setEnabled(on, QCoreApplication::applicationFilePath()); !set) {
            const QSignalBlocker blocker(login);
            login->setChecked(!on);
            showError(set.message());
            return;
        }
        m_settings.setStartAtLogin(on);
        m_settings.sync();
    });
    m_fileMenu->addSeparator();
    QAction* quit = m_fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_session.undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    QAction* find = menu->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        showPage(QStringLiteral("list"));
        if (auto* list = qobject_cast<ApplicationListPage*>(page(QStringLiteral("list"))))
            list->filterEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    find->setObjectName(QStringLiteral("findAction"));
}

void MainWindow::createApplicationMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Application"));
    m_newApplication = menu->addAction(tr("&New Application..."), QKeySequence::New, this,
                                       &MainWindow::addApplication);
    m_newApplication->setIcon(Icons::icon(QStringLiteral("new")));
    m_newApplication->setObjectName(QStringLiteral("newApplication"));
    m_editApplication = menu->addAction(tr("&Edit Application..."), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                        [this] { editApplication(m_session.currentApplicationId()); });
    m_editApplication->setIcon(Icons::icon(QStringLiteral("edit")));
    m_editApplication->setObjectName(QStringLiteral("editApplication"));
    m_archiveApplication = menu->addAction(tr("&Archive"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this,
                                           [this] { m_session.archiveApplication(m_session.currentApplicationId()); });
    m_archiveApplication->setObjectName(QStringLiteral("archiveApplication"));
    menu->addSeparator();
    m_moveMenu = menu->addMenu(tr("&Move To"));
    for (Stage stage : stages::all()) {
        QAction* action = m_moveMenu->addAction(stages::displayName(stage), this, [this, stage] {
            m_session.moveApplications({m_session.currentApplicationId()}, stage);
        });
        action->setObjectName(QStringLiteral("moveTo_") + stages::id(stage));
        // The current stage shows checked (and cannot be picked): the menu says where the application is.
        action->setCheckable(true);
        action->setData(static_cast<int>(stage));
        if (stage == Stage::Rejected)
            m_moveMenu->insertSeparator(action);
    }
    m_nextStage = menu->addAction(tr("Move to Ne&xt Stage"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), this,
                                  [this] { m_session.moveCurrentBy(1); });
    m_previousStage = menu->addAction(tr("Move to &Previous Stage"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
                                      this, [this] { m_session.moveCurrentBy(-1); });
    m_moveToInterview = menu->addAction(tr("Move to &Interview Round..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                                        this, [this] { moveToInterview(m_session.currentApplicationId()); });
    m_moveToInterview->setObjectName(QStringLiteral("moveToInterview"));
    QAction* reject = menu->addAction(tr("Mark &Rejected"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                                      [this] { m_session.moveApplications({m_session.currentApplicationId()},
                                                                          Stage::Rejected); });
    reject->setObjectName(QStringLiteral("markRejected"));
}

void MainWindow::createViewMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto* page = qobject_cast<const Page*>(m_pages->widget(i));
        if (!page)
            continue;
        menu->addAction(page->title(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                        [this, id = page->pageId()] { showPage(id); });
    }
    menu->addSeparator();
    menu->addAction(m_detailsToggle);
}

void MainWindow::createHelpMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Help"));
    menu->addAction(tr("&About Jobdeck"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newApplication);
    bar->addAction(m_editApplication);
    bar->addSeparator();
    QAction* undo = findChild<QAction*>(QStringLiteral("undoAction"));
    QAction* redo = findChild<QAction*>(QStringLiteral("redoAction"));
    undo->setIcon(Icons::icon(QStringLiteral("undo")));
    redo->setIcon(Icons::icon(QStringLiteral("redo")));
    // The buttons say "Undo" and "Redo"; what they would undo (the menu item's text, "Undo Add application
    // Ledger Labs — Analytics Engineer") is their tooltip, so the toolbar keeps its width.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    bar->addAction(undo);
    bar->addAction(redo);
}

void MainWindow::createStatusBar()
{
    m_counts = new QLabel(this);
    m_path = new QLabel(this);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setDatabaseLabel(shortPath(m_session.database().path()), QDir::toNativeSeparators(m_session.database().path()));
    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(m_path);
}

QString MainWindow::shortPath(const QString& path)
{
    // A file under the home folder as ~/..., the way a person writes it: shorter in the status bar, and a
    // screenshot (rendered with its own home) shows no temporary folder. The tooltip keeps the full path.
    const QString home = QDir::homePath();
    const QString shown = QDir::cleanPath(path);
    if (!home.isEmpty() && home != QDir::rootPath() && shown.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(QStringLiteral("~") + shown.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

void MainWindow::setDatabaseLabel(const QString& text, const QString& toolTip)
{
    m_path->setText(text);
    m_path->setToolTip(toolTip);
}

void MainWindow::updateCounts()
{
    const int open = m_session.applications().rowCount();
    int active = 0;
    for (int row = 0; row < open; ++row) {
        if (!stages::isEnd(m_session.applications().rowAt(row).stage))
            ++active;
    }
    const Result<int> due = TaskRepository(m_session.database()).countDue(m_session.clock().now());
    const int overdue = due ? due.value() : 0;
    // Labels before numbers read right for 1 and for 60 without plural forms for English.
    m_counts->setText(tr("Applications: %1 \u00b7 Active: %2 \u00b7 Tasks due: %3").arg(open).arg(active).arg(overdue));
}

void MainWindow::updateActions()
{
    const bool has = m_session.applications().rowOfId(m_session.currentApplicationId()) >= 0;
    for (QAction* action : {m_editApplication, m_archiveApplication, m_nextStage, m_previousStage, m_moveToInterview})
        action->setEnabled(has);
    m_moveMenu->setEnabled(has);
    const int row = m_session.applications().rowOfId(m_session.currentApplicationId());
    const int current = row >= 0 ? static_cast<int>(m_session.applications().rowAt(row).stage) : -1;
    for (QAction* action : m_moveMenu->actions()) {
        if (action->isSeparator())
            continue;
        const bool here = current == action->data().toInt();
        action->setChecked(here);
        action->setEnabled(!here);
    }
}

bool MainWindow::isWelcomeShown() const { return m_content->currentWidget() == m_welcome; }

void MainWindow::updateWelcome()
{
    // Archived applications count: a database holding only those is not a first run.
    const Result<qint64> count = ApplicationRepository(m_session.database()).count(true);
    const QString page = currentPageId();
    const bool show = count && *count == 0 && (page == QLatin1String("board") || page == QLatin1String("list"));
    if (show == isWelcomeShown())
        return;
    const bool hadFocus = m_content->currentWidget()->isAncestorOf(QApplication::focusWidget());
    m_content->setCurrentWidget(show ? static_cast<QWidget*>(m_welcome) : m_pages);
    // The keyboard follows what replaced the focused widget.
    if (hadFocus)
        m_content->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString& file : files)
        m_recentMenu->addAction(file, this, [this, file] { emit openDatabaseRequested(file); });
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), &m_settings, &Settings::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showError(const QString& message) { statusBar()->showMessage(message, 10000); }

void MainWindow::showContextMenu(const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(m_editApplication);
    menu.addMenu(m_moveMenu);
    menu.addAction(m_nextStage);
    menu.addAction(m_previousStage);
    menu.addSeparator();
    menu.addAction(m_archiveApplication);
    menu.exec(globalPos);
}

void MainWindow::addApplication()
{
    ApplicationDialog dialog(ApplicationDialog::Mode::Add, m_session.clock().now().toLocalTime().date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ApplicationDraft draft = dialog.draft();
    const Result<qint64> id = m_session.addApplication(draft, draft.appliedOn ? Stage::Applied : Stage::Saved);
    if (!id)
        QMessageBox::warning(this, tr("New application"), id.message());
}

void MainWindow::editApplication(qint64 id)
{
    const Result<Application> found = ApplicationRepository(m_session.database()).find(id);
    if (!found)
        return;
    ApplicationDialog dialog(ApplicationDialog::Mode::Edit, m_session.clock().now().toLocalTime().date(), this);
    dialog.setDraft(found.value());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status saved = m_session.updateApplication(id, dialog.draft()); !saved)
        QMessageBox::warning(this, tr("Edit application"), saved.message());
}

void MainWindow::moveToInterview(qint64 id)
{
    const Result<Application> found = ApplicationRepository(m_session.database()).find(id);
    if (!found)
        return;
    InterviewMoveDialog dialog(found->company, found->stage, m_session.clock().now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session.moveToInterview(id, dialog.stage(), dialog.interviewAt());
}

void MainWindow::openApplication(qint64 id)
{
    m_session.setCurrentApplicationId(id);
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("detailsDock"))) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::loadSampleData()
{
    const Result<qint64> count = ApplicationRepository(m_session.database()).count(true);
    if (count && *count > 0
        && QMessageBox::question(this, tr("Load sample data"),
                                 tr("This database already holds %n application(s). Add the sample pipeline anyway?",
                                    nullptr, int(*count)))
               != QMessageBox::Yes)
        return;
    const Result<int> loaded = m_session.loadSampleData(60);
    if (!loaded)
        QMessageBox::warning(this, tr("Load sample data"), loaded.message());
    else
        statusBar()->showMessage(tr("Added %1 sample applications.").arg(*loaded), 5000);
}

void MainWindow::showAbout()
{
    const Database& database = m_session.database();
    const QString where =
        database.isServer()
            ? tr("Your applications are on a PostgreSQL server, where row-level security shows them to your "
                 "login alone:")
            : tr("Everything stays in one SQLite file on this computer:");
    // The skill taxonomy carries O*NET data under CC BY 4.0, whose attribution must reach the user.
    QMessageBox::about(this, tr("About Jobdeck"),
                       tr("<h3>Jobdeck %1</h3><p>A private, offline job-search tracker: every application, "
                          "every stage it moved through, the follow-ups each move calls for, and how well a "
                          "resume fits each job.</p><p>%2<br><tt>%3</tt></p><p>Built with Qt %4.</p>"
                          "<p><small>The skill list includes information from the O*NET 29.2 Database by the "
                          "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used "
                          "under the CC BY 4.0 licence and modified by Jobdeck; USDOL/ETA has not approved, "
                          "endorsed or tested these modifications.</small></p>")
                           .arg(QApplication::applicationVersion(), where.toHtmlEscaped(),
                                database.path().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: most of the screen, centred, so the board shows its stages rather than a small window.
        if (const QScreen* where = screen()) {
            const QRect available = where->availableGeometry();
            resize((available.size() * 0.8).expandedTo(minimumSizeHint()).boundedTo(available.size()));
            move(available.center() - QPoint(width() / 2, height() / 2));
        }
    }
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState(QStringLiteral("main")));
    if (const QString last = m_settings.lastPage(); !last.isEmpty())
        showPage(last);
    if (const std::optional<QStringList> collapsed = m_settings.collapsedBoardStages()) {
        if (auto* board = findChild<BoardPage*>())
            board->setCollapsedStageIds(*collapsed);
    }
}

void MainWindow::saveLayout() const
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    m_settings.setLastPage(currentPageId());
    if (const auto* board = findChild<BoardPage*>())
        m_settings.setCollapsedBoardStages(board->collapsedStageIds());
    m_settings.sync();
}

void MainWindow::setTrayCheck(std::function<bool()> trayAvailable)
{
    m_trayAvailable = std::move(trayAvailable);
    // Dialogs closing while the window is in the tray must not end the application; Quit does.
    QApplication::setQuitOnLastWindowClosed(!keepsRunningWhenClosed());
}

bool MainWindow::keepsRunningWhenClosed() const
{
    return m_trayAvailable && m_settings.keepRunningInTray() && m_trayAvailable();
}

void MainWindow::showAsBefore()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    QApplication::setQuitOnLastWindowClosed(true);
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    if (!m_quitting && keepsRunningWhenClosed()) {
        // Reminders keep coming from the tray; Quit (File menu, tray menu, Ctrl+Q) ends Jobdeck.
        QApplication::setQuitOnLastWindowClosed(false);
        const bool first = !m_settings.trayNoteShown();
        if (first) {
            m_settings.setTrayNoteShown(true);
            m_settings.sync();
        }
        hide();
        event->ignore();
        emit hiddenToTray(first);
        return;
    }
    event->accept();
}

} // namespace jobdeck
