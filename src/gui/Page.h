#pragma once

#include <QIcon>
#include <QWidget>

namespace jobdeck {

// A page of the main window (board, list, analytics, ...): a stable id for settings and --view, a title for
// the sidebar, and whether it is still computing (screenshots wait for that).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    virtual bool isBusy() const { return false; }
    // Called when the page becomes visible, so hidden pages can postpone work.
    virtual void activate() {}
};

} // namespace jobdeck
