#include "matching/Analyzer.h"

#include "matching/SklearnAnalyzer.h"
#include "matching/TechAnalyzer.h"

namespace jobdeck {

QStringList Analyzer::terms(const QString& text) const
{
    const TokenSequence sequence = tokens(text);
    QStringList terms;
    for (QStringView token : sequence.tokens) {
        if (!token.isEmpty())
            terms.append(token.toString());
    }
    for (qsizetype i = 0; i + 1 < sequence.tokens.size(); ++i) {
        const QStringView first = sequence.tokens.at(i);
        const QStringView second = sequence.tokens.at(i + 1);
        if (!first.isEmpty() && !second.isEmpty())
            terms.append(first.toString() + QLatin1Char(' ') + second.toString());
    }
    return terms;
}

std::shared_ptr<const Analyzer> Analyzer::create(const QString& name)
{
    if (name == QLatin1String("default"))
        return std::make_shared<TechAnalyzer>();
    if (name == QLatin1String("sklearn"))
        return std::make_shared<SklearnAnalyzer>();
    return nullptr;
}

QStringList Analyzer::names() { return {QStringLiteral("default"), QStringLiteral("sklearn")}; }

} // namespace jobdeck
