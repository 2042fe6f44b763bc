#pragma once

#include <QCoreApplication>
#include "matching/Analyzer.h"
#include "matching/DocumentSource.h"
#include "matching/TermTable.h"
#include "matching/TfidfOptions.h"
#include "util/Result.h"

#include <Eigen/SparseCore>

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace jobdeck {

using SparseVector = Eigen::SparseVector<double>;
using SparseRows = Eigen::SparseMatrix<double, Eigen::RowMajor>;

class TfidfModel;

// What fitting yields: the model and the fitted documents' l2-normalised rows, in input order.
// Moving one swaps the rows: Eigen 3.4's sparse matrices have no move, so std::move would copy them.
struct FittedCorpus
{
    std::shared_ptr<const TfidfModel> model;
    SparseRows rows;

    FittedCorpus(std::shared_ptr<const TfidfModel> fitted, SparseRows&& fittedRows) : model(std::move(fitted))
    {
        rows.swap(fittedRows);
    }
    FittedCorpus(FittedCorpus&& other) noexcept : model(std::move(other.model)) { rows.swap(other.rows); }
    FittedCorpus& operator=(FittedCorpus&& other) noexcept
    {
        model = std::move(other.model);
        rows.swap(other.rows);
        return *this;
    }
    FittedCorpus(const FittedCorpus&) = default;
    FittedCorpus& operator=(const FittedCorpus&) = default;
};

// A fitted TF-IDF vocabulary, computed exactly as scikit-learn's TfidfVectorizer does: smooth idf
// ln((1+n)/(1+df))+1, optional sublinear tf 1+ln(tf), l2 norm, min_df/max_df/max_features. Immutable
// once fitted or loaded, so one model can serve many threads.
class TfidfModel
{
    Q_DECLARE_TR_FUNCTIONS(jobdeck::TfidfModel)

public:
    // 3: the terms dropped as too common (2: the terms as one string and their lengths; 1 stored one string
    // per term).
    static constexpr quint32 kFormatVersion = 3;

    // Fits on the documents and returns their vectors too (one pass over the texts). Fails when the
    // bounds leave no terms, as scikit-learn does.
    static Result<FittedCorpus> fit(const DocumentSource& documents, std::shared_ptr<const Analyzer> analyzer,
                                    const TfidfOptions& options = {});
    static Result<FittedCorpus> fit(const QStringList& documents, std::shared_ptr<const Analyzer> analyzer,
                                    const TfidfOptions& options = {});
    // Reads what save() wrote; refuses another format version or damaged data.
    static Result<std::shared_ptr<const TfidfModel>> load(const QByteArray& data);
    QByteArray save() const;

    SparseVector transform(const QString& text) const;
    // Vectors of many texts as rows (for a MatchIndex over documents the model was not fitted on).
    SparseRows transformAll(const QStringList& texts) const;

    const Analyzer& analyzer() const { return *m_analyzer; }
    const TfidfOptions& options() const { return m_options; }
    qsizetype documentCount() const { return m_documentCount; }
    qsizetype termCount() const { return qsizetype(m_offsets.size()) - 1; }
    QStringView term(int index) const
    {
        const size_t i = static_cast<size_t>(index);
        return QStringView(m_pool).sliced(m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }
    // Every term in column order (a copy: for tests and tools, not for hot paths).
    QStringList terms() const;
    double idf(int index) const { return m_idf.at(index); }
    // The terms the fit dropped because more documents than max_df allows hold them, sorted (the common
    // half of scikit-learn's stop_words_): a skill among them ("python" in a corpus of Python jobs) has no
    // column, yet an explanation still names it where both texts do.
    const QStringList& droppedAsCommon() const { return m_droppedAsCommon; }
    // The column of a term, or -1.
    int indexOf(QStringView term) const;
    // Unique to this model in this process: part of the Matcher's cache key.
    quint64 serial() const { return m_serial; }

private:
    TfidfModel();
    // Indexes the terms; `hashes`, when given, holds TermTable::hash of each term in column order.
    void buildIndex(const quint64* hashes = nullptr);
    // The TF-IDF weight of a term seen `count` times in a document.
    double weight(int column, int count) const;
    // Writes a row's columns and l2-normalised weights from its (column, count) pairs.
    void weighRow(const std::pair<int, int>* counts, qsizetype size, int* columns, double* values) const;
    // Weighted, normalised vector from (column, count) pairs sorted by column.
    void fillRow(const std::vector<std::pair<int, int>>& counts, std::vector<std::pair<int, double>>& out) const;
    std::vector<std::pair<int, int>> countTerms(const QString& text, QString& scratch) const;

    std::shared_ptr<const Analyzer> m_analyzer;
    TfidfOptions m_options;
    qsizetype m_documentCount = 0;
    // The terms in column order (sorted, as scikit-learn's vocabulary_), back to back in one string:
    // term i is m_pool[m_offsets[i], m_offsets[i + 1]). One allocation instead of one per term.
    QString m_pool;
    std::vector<qsizetype> m_offsets{0};
    QList<double> m_idf;
    QStringList m_droppedAsCommon;
    TermTable m_index; // views into m_pool
    quint64 m_serial = 0;
};

} // namespace jobdeck
