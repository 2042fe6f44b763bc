#include "matching/ModelRefresher.h"

#include "util/Clock.h"

#include <QtConcurrent/QtConcurrentRun>

namespace jobdeck {

ModelRefresher::ModelRefresher(const Database& database, QString analyzer, QObject* parent)
    : QObject(parent), m_database(database), m_analyzer(std::move(analyzer))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &ModelRefresher::refreshNow);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ModelRefresher::finished);
}

ModelRefresher::~ModelRefresher()
{
    // The worker reads the database this object was given: never leave it running past us.
    m_watcher.waitForFinished();
}

void ModelRefresher::scheduleRefresh() { m_timer.start(); }

void ModelRefresher::refreshNow()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        m_pending = true; // the running pass may have read the old descriptions: run once more after it
        return;
    }
    m_pending = false;
    const Database* database = &m_database;
    const QString analyzer = m_analyzer;
    m_watcher.setFuture(QtConcurrent::run([database, analyzer] {
        Outcome outcome;
        auto corpus = MatchService::prepareStored(*database, analyzer, SystemClock::instance().now());
        if (corpus)
            outcome.corpus = std::make_shared<const RankingCorpus>(std::move(corpus).value());
        else
            outcome.error = corpus.message();
        return outcome;
    }));
}

void ModelRefresher::finished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.corpus)
        emit corpusReady(outcome.corpus);
    else
        emit refreshFailed(outcome.error);
    if (m_pending)
        refreshNow();
}

} // namespace jobdeck
