#pragma once

#include "matching/Analyzer.h"

namespace jobdeck {

// scikit-learn's TfidfVectorizer analyzer as cli.md pins it: lowercase, token_pattern
// (?u)\b\w[\w-]*\w\b|\b[A-Z]{2,}\b, ENGLISH_STOP_WORDS removed, then 1- and 2-grams. The reference the
// parity tests hold the engine to.
class SklearnAnalyzer final : public Analyzer
{
public:
    QString name() const override { return QStringLiteral("sklearn"); }
    void tokenize(const QString& text, TokenSequence& sequence) const override;
};

} // namespace jobdeck
