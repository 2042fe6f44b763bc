#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;

namespace jobdeck {

// Opens an item view's context menu from the keyboard (the Menu key, Shift+F10) for its current item, where
// a mouse would: views with a custom context menu otherwise get a keyboard request at an arbitrary point.
class KeyboardContextMenu : public QObject
{
    Q_OBJECT

public:
    // `show` gets the global position of the current item's centre; nothing happens without a current item.
    KeyboardContextMenu(QAbstractItemView* view, std::function<void(const QPoint& globalPos)> show);

    static bool isMenuKey(int key, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void open();

    QAbstractItemView* m_view = nullptr;
    std::function<void(const QPoint&)> m_show;
};

} // namespace jobdeck
