#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent>

#include <algorithm>
#include <type_traits>
#include <utility>

namespace jobdeck {

// Runs `work` on a worker thread and returns its result, for a step the person waits for anyway (a restore,
// a backup, an export) that can take seconds on a large database. The window keeps painting meanwhile, and
// input is held back until the work is done, so no click or shortcut acts on data halfway through; past
// 300 ms a small dialog says what is going on. `work` must not touch widgets; it gets its own database
// connection through Database, as the import's worker does.
template <typename Work>
auto runBusy(QWidget* parent, const QString& label, Work work) -> std::invoke_result_t<Work>
{
    using Output = std::invoke_result_t<Work>;
    QFutureWatcher<Output> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Output>::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(label, QString(), 0, 0, parent);
    const QString title = parent ? parent->window()->windowTitle() : QString();
    progress.setWindowTitle(title);
    // Wide enough for the window's title in the title bar (its font is the window manager's, often bolder),
    // which QProgressDialog's own size, made for the label, cut to "jobs.s... bdeck".
    progress.setMinimumWidth(std::max(progress.sizeHint().width(),
                                      progress.fontMetrics().horizontalAdvance(title) * 6 / 5 + 120));
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.hide(); // QProgressDialog would show itself after its own delay; the timer below decides
    QTimer reveal;
    reveal.setSingleShot(true);
    QObject::connect(&reveal, &QTimer::timeout, &progress, &QProgressDialog::show);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished()) {
        reveal.start(300);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return watcher.result();
}

} // namespace jobdeck
