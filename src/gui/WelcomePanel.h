#pragma once

#include <QWidget>

class QPushButton;

namespace jobdeck {

// What an empty database shows in place of the board and the list: what Jobdeck does and the three ways to
// start (add an application, import a file, try the sample database). It only asks; MainWindow acts.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    QPushButton* addButton() const { return m_add; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* sampleButton() const { return m_sample; }

signals:
    void addRequested();
    void importRequested();
    void sampleRequested();

private:
    QPushButton* m_add = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_sample = nullptr;
};

} // namespace jobdeck
