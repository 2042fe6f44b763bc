#include "matching/ModelStore.h"

#include "matching/SkillTaxonomy.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {

Result<QList<StoredJobDescription>> ModelStore::jobDescriptions() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, job_description, company, location FROM applications "
                                   "WHERE length(trim(job_description)) > 0 ORDER BY id")))
        return Database::queryError(QStringLiteral("reading the job descriptions"), query);
    QList<StoredJobDescription> corpus;
    while (query.next())
        corpus.append(StoredJobDescription{query.value(0).toLongLong(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toString()});
    return corpus;
}

Result<std::optional<StoredModel>> ModelStore::load(const QString& analyzer) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT format_version, corpus_hash, fitted_at, data FROM matcher_models "
                                 "WHERE analyzer = ?"));
    query.addBindValue(analyzer);
    if (!query.exec())
        return Database::queryError(QStringLiteral("reading the matching model"), query);
    if (!query.next() || query.value(0).toUInt() != TfidfModel::kFormatVersion)
        return std::optional<StoredModel>();
    auto model = TfidfModel::load(query.value(3).toByteArray());
    if (!model || model.value()->analyzer().name() != analyzer)
        return std::optional<StoredModel>(); // damaged: refitting replaces it
    StoredModel stored;
    stored.model = std::move(model).value();
    stored.corpusHash = query.value(1).toString();
    stored.fittedAt = time::parseIso(query.value(2).toString()).value_or(QDateTime());
    return std::optional<StoredModel>(std::move(stored));
}

Status ModelStore::save(const TfidfModel& model, const QString& corpusHash, const QDateTime& fittedAt) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO matcher_models (analyzer, format_version, corpus_hash, fitted_at, data) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (%1) DO UPDATE SET "
                                 "format_version = excluded.format_version, corpus_hash = excluded.corpus_hash, "
                                 "fitted_at = excluded.fitted_at, data = excluded.data")
                      .arg(m_database.dialect().perUserKey(QStringLiteral("analyzer"))));
    query.addBindValue(model.analyzer().name());
    query.addBindValue(TfidfModel::kFormatVersion);
    query.addBindValue(corpusHash);
    query.addBindValue(time::toIso(fittedAt));
    query.addBindValue(model.save());
    if (!query.exec())
        return Database::queryError(QStringLiteral("saving the matching model"), query);
    return {};
}

QString ModelStore::corpusHash(const QList<StoredJobDescription>& corpus, const QString& analyzer,
                               const TfidfOptions& options)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(analyzer.toUtf8());
    const double bounds[] = {options.minDf.value, double(options.minDf.isProportion), options.maxDf.value,
                             double(options.maxDf.isProportion), double(options.maxFeatures),
                             double(options.sublinearTf)};
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(bounds), sizeof bounds));
    // The default analyzer reads through the skill taxonomy: a model saved with another one is refitted.
    // Its models also keep common skills past max_df (Analyzer::keepsCommonTerm) since "skills-kept".
    if (analyzer == QLatin1String("default")) {
        hash.addData(SkillTaxonomy::builtIn().fingerprint());
        hash.addData(QByteArrayView("skills-kept"));
    }
    for (const StoredJobDescription& jd : corpus) {
        const qint64 header[] = {jd.applicationId, jd.text.size()};
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(header), sizeof header));
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(jd.text.constData()), jd.text.size() * 2));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace jobdeck
