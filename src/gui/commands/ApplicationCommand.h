#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace jobdeck {

// What the application commands (add, edit, move, archive) share: a step that cannot be made or undone
// reports why and makes itself obsolete, so the stack drops it and leaves no dead entry.
// The database may have been changed meanwhile by another process or device: the core refuses an undo or redo
// over such a change (Error::Kind::Conflict), and the step says so in words a person expects and is dropped,
// while the steps of other applications stay undoable.
class ApplicationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationCommand)

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

    enum class Step { Undo, Redo };

    // Reports `error`: a change made elsewhere by name of the application, anything else as the core words it.
    void fail(const Error& error, const QString& company, Step step)
    {
        if (error.kind != Error::Kind::Conflict) {
            fail(error.message);
            return;
        }
        fail(step == Step::Undo ? tr("%1 was changed elsewhere since; nothing undone.").arg(company)
                                : tr("%1 was changed elsewhere since; nothing redone.").arg(company));
    }

private:
    ErrorSink m_onError;
};

} // namespace jobdeck
