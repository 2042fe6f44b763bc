#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace jobdeck {

// What the application commands (add, edit, move, archive) share: a step that cannot be made or undone
// reports why and makes itself obsolete, so the stack drops it and leaves no dead entry.
class ApplicationCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString&)>;

protected:
    explicit ApplicationCommand(ErrorSink onError, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_onError(std::move(onError))
    {
    }

    void fail(const QString& message)
    {
        setObsolete(true);
        if (m_onError)
            m_onError(message);
    }

private:
    ErrorSink m_onError;
};

} // namespace jobdeck
