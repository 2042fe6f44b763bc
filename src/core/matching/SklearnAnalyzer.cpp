#include "matching/SklearnAnalyzer.h"

#include "matching/CodePoints.h"
#include "matching/WordList.h"

namespace jobdeck {

// The pattern's second alternative, \b[A-Z]{2,}\b, can never match: scikit-learn lowercases first.
// The first, \b\w[\w-]*\w\b, is a run of word characters and hyphens that starts at a word boundary,
// cut after its last word character, and needs at least two word characters.
void SklearnAnalyzer::tokenize(const QString& text, TokenSequence& sequence) const
{
    sequence.tokens.clear();
    sequence.hashes.clear();
    sequence.storage = text.toLower();
    const QStringView s(sequence.storage);
    const WordList& stopWords = WordList::sklearnStopWords();
    const qsizetype n = s.size();
    qsizetype i = 0;
    bool previousIsWord = false;
    while (i < n) {
        int units = 1;
        const char32_t c = codepoints::at(s, i, &units);
        if (!codepoints::isPythonWord(c)) {
            previousIsWord = false;
            i += units;
            continue;
        }
        if (previousIsWord) { // inside a word: no boundary here
            i += units;
            continue;
        }
        qsizetype j = i;
        qsizetype lastWordEnd = i;
        int wordChars = 0;
        while (j < n) {
            int u = 1;
            const char32_t d = codepoints::at(s, j, &u);
            if (codepoints::isPythonWord(d)) {
                ++wordChars;
                j += u;
                lastWordEnd = j;
            } else if (d == U'-') {
                j += u;
            } else {
                break;
            }
        }
        if (wordChars >= 2) {
            const QStringView token = s.sliced(i, lastWordEnd - i);
            if (!stopWords.contains(token))
                sequence.tokens.append(token);
            i = lastWordEnd;
            previousIsWord = true;
        } else {
            i = j;
            previousIsWord = s.at(j - 1) != QLatin1Char('-');
        }
    }
}

} // namespace jobdeck
