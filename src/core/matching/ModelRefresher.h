#pragma once

#include "matching/MatchService.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace jobdeck {

class Database;

// Keeps the ranking corpus in step with the stored job descriptions for the GUI: each change calls
// scheduleRefresh(); after a quiet spell (debounce) the stored model is checked and refitted if the
// descriptions changed, always on a worker thread. Results arrive by signal on the owner's thread.
class ModelRefresher : public QObject
{
    Q_OBJECT

public:
    // The database must outlive the refresher.
    ModelRefresher(const Database& database, QString analyzer, QObject* parent = nullptr);
    ~ModelRefresher() override;

    void setDebounceInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int debounceInterval() const { return m_timer.interval(); }
    bool isBusy() const { return m_watcher.isRunning(); }

public slots:
    // Call after any job description changed; several calls within the interval make one refit.
    void scheduleRefresh();
    // Starts now (on a worker), skipping the debounce.
    void refreshNow();

signals:
    void corpusReady(std::shared_ptr<const jobdeck::RankingCorpus> corpus);
    void refreshFailed(const QString& reason);

private:
    struct Outcome
    {
        std::shared_ptr<const RankingCorpus> corpus;
        QString error;
    };
    void finished();

    const Database& m_database;
    QString m_analyzer;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
    bool m_pending = false;
};

} // namespace jobdeck
