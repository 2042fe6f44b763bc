#pragma once

#include <QChar>
#include <QStringView>

namespace jobdeck::codepoints {

// The code point at `i` (a surrogate pair read as one) and how many UTF-16 units it takes.
inline char32_t at(QStringView text, qsizetype i, int* units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

// Python's \w in a str pattern: letters, numbers (every N* category) and the underscore.
inline bool isPythonWord(char32_t c) { return c == U'_' || QChar::isLetterOrNumber(c); }

} // namespace jobdeck::codepoints
