#pragma once

#include "matching/TfidfModel.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jobdeck {

class Database;

// A job description the user stored with an application: what the model is fitted on.
struct StoredJobDescription
{
    qint64 applicationId = 0;
    QString text;
    QString company;  // what the application's explanations never name (Matcher::namesOf)
    QString location;
};

// A model as persisted: the fitted model and the hash of the corpus it was fitted on.
struct StoredModel
{
    std::shared_ptr<const TfidfModel> model;
    QString corpusHash;
    QDateTime fittedAt;
};

// The matcher's persistence: the `matcher_models` table (one row per analyzer) and the stored job
// descriptions. Works on the calling thread's connection, so a worker thread may use it too.
class ModelStore
{
public:
    explicit ModelStore(const Database& database) : m_database(database) {}

    // Every non-empty job_description, by application id.
    Result<QList<StoredJobDescription>> jobDescriptions() const;
    // The saved model for an analyzer; nothing when none is saved or it was saved by another format
    // (the caller refits then).
    Result<std::optional<StoredModel>> load(const QString& analyzer) const;
    Status save(const TfidfModel& model, const QString& corpusHash, const QDateTime& fittedAt) const;

    // Identifies a corpus with the analyzer and options fitted on it: a changed, added or removed job
    // description changes it.
    static QString corpusHash(const QList<StoredJobDescription>& corpus, const QString& analyzer,
                              const TfidfOptions& options);

private:
    const Database& m_database;
};

} // namespace jobdeck
