#include "MainWindow.h"

#include "storage/Database.h"

#include <QLabel>
#include <QStatusBar>

namespace jobdeck {

MainWindow::MainWindow(Database& database, QWidget* parent) : QMainWindow(parent), m_database(database)
{
    setWindowTitle(tr("Jobdeck"));
    setCentralWidget(new QLabel(tr("Jobdeck"), this));
    statusBar()->showMessage(m_database.path());
}

} // namespace jobdeck
