#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace jobdeck {

// The tokens of one text after lowercasing, stop-word removal and (for the default analyzer) skill
// aliasing. Views point into `storage` or into strings that live as long as the program; an empty view
// marks a phrase break, across which no bigram forms. `hashes`, when an analyzer fills it, holds
// TermTable::hash of each token (0 for a break), so counting does not read the characters again.
struct TokenSequence
{
    QString storage;
    QList<QStringView> tokens;
    QList<quint64> hashes;
};

// Turns a text into the terms TfidfModel counts: tokens, then their 1- and 2-grams ("a b").
class Analyzer
{
public:
    virtual ~Analyzer() = default;

    virtual QString name() const = 0;
    // Tokenizes into `out`, reusing its buffers: a caller with many texts allocates once, not per text.
    virtual void tokenize(const QString& text, TokenSequence& out) const = 0;
    TokenSequence tokens(const QString& text) const
    {
        TokenSequence sequence;
        tokenize(text, sequence);
        return sequence;
    }
    // A factor on the term's idf: 1 keeps scikit-learn's weighting.
    virtual double termBoost(QStringView term) const
    {
        Q_UNUSED(term);
        return 1.0;
    }
    // The same, for a caller that has the term's TermTable::hash at hand.
    virtual double termBoost(QStringView term, quint64 hash) const
    {
        Q_UNUSED(hash);
        return termBoost(term);
    }
    // Whether max_df leaves the term in the vocabulary however many documents hold it. A skill most stored
    // jobs name (SQL among data engineering jobs) is still one a job asks for: it must count in that job's
    // coverage, with the low weight its idf gives it, rather than vanish from the model.
    virtual bool keepsCommonTerm(QStringView term, quint64 hash) const
    {
        Q_UNUSED(term);
        Q_UNUSED(hash);
        return false;
    }

    // Unigrams in order, then bigrams of neighbouring tokens, joined by one space (scikit-learn's order).
    QStringList terms(const QString& text) const;

    // "default" or "sklearn"; nullptr for any other name.
    static std::shared_ptr<const Analyzer> create(const QString& name);
    static QStringList names();
};

} // namespace jobdeck
