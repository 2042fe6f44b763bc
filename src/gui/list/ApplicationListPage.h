#pragma once

#include "Page.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace jobdeck {

class ApplicationFilterModel;
class ApplicationTableModel;
class Session;

// The application table: sortable columns, an instant filter over company, title, notes and location, a
// stage filter. Selecting a row makes it the session's current application; double-click opens details.
class ApplicationListPage : public Page
{
    Q_OBJECT

public:
    explicit ApplicationListPage(Session& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("list"); }
    QString title() const override { return tr("List"); }
    QIcon icon() const override;

    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* stageFilter() const { return m_stage; }
    QTableView* view() const { return m_view; }
    ApplicationFilterModel* proxy() const { return m_proxy; }
    // Open applications (the default) or the archived ones, where Unarchive brings one back.
    QComboBox* scopeFilter() const { return m_scope; }
    QPushButton* unarchiveButton() const { return m_unarchive; }
    bool showsArchived() const;

signals:
    void openRequested(qint64 applicationId);
    void contextMenuRequested(const QPoint& globalPos);

private:
    void followCurrentApplication(qint64 id);
    void showArchived(bool archived);

    Session& m_session;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_scope = nullptr;
    QPushButton* m_unarchive = nullptr;
    QTableView* m_view = nullptr;
    ApplicationFilterModel* m_proxy = nullptr;
    ApplicationTableModel* m_archived = nullptr; // read when the Archived view is first shown
    // True while the proxy removes rows (see the constructor).
    bool m_removingRows = false;
};

} // namespace jobdeck
