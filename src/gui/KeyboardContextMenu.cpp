#include "KeyboardContextMenu.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QKeyEvent>

namespace jobdeck {

KeyboardContextMenu::KeyboardContextMenu(QAbstractItemView* view, std::function<void(const QPoint&)> show)
    : QObject(view), m_view(view), m_show(std::move(show))
{
    view->installEventFilter(this);
}

bool KeyboardContextMenu::isMenuKey(int key, Qt::KeyboardModifiers modifiers)
{
    const Qt::KeyboardModifiers plain = modifiers & ~Qt::KeypadModifier;
    return (key == Qt::Key_Menu && plain == Qt::NoModifier) || (key == Qt::Key_F10 && plain == Qt::ShiftModifier);
}

bool KeyboardContextMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view)
        return false;
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (isMenuKey(key->key(), key->modifiers())) {
            open();
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride) {
        // Shift+F10 must reach the view rather than a window shortcut.
        auto* key = static_cast<QKeyEvent*>(event);
        if (isMenuKey(key->key(), key->modifiers())) {
            key->accept();
            return true;
        }
    } else if (event->type() == QEvent::ContextMenu
               && static_cast<QContextMenuEvent*>(event)->reason() == QContextMenuEvent::Keyboard) {
        open();
        return true;
    }
    return false;
}

void KeyboardContextMenu::open()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_view->scrollTo(current);
    const QRect rect = m_view->visualRect(current);
    m_show(m_view->viewport()->mapToGlobal(rect.center()));
}

} // namespace jobdeck
