#pragma once

#include <QMainWindow>

namespace jobdeck {

class Database;

// The window frame: menus, toolbar and status bar around the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);

private:
    Database& m_database;
};

} // namespace jobdeck
