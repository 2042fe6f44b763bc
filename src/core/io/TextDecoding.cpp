#include "io/TextDecoding.h"

#include <array>
#include <QCoreApplication>
#include <QStringDecoder>

namespace jobdeck::io {
namespace {

// 0x80-0x9F in Windows-1252; 0 marks the five bytes the code page leaves undefined (kept as Latin-1).
constexpr std::array<char16_t, 32> kHighControls{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    // The BOM is handled by decodeText: the decoder must keep a U+FEFF that is part of the text.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Text with a lone surrogate cannot be stored as UTF-8 without losing a character.
bool hasLoneSurrogate(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace

QString fromWindows1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte <= 0x9F && kHighControls[byte - 0x80] != 0)
            text.append(QChar(kHighControls[byte - 0x80]));
        else
            text.append(QChar(char16_t(byte)));
    }
    return text;
}

Result<DecodedText> decodeText(const QByteArray& bytes)
{
    DecodedText decoded;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const std::optional<QString> text = strictUtf8(QByteArrayView(bytes).sliced(3));
        if (!text)
            return badInput(QCoreApplication::translate(
                "TextDecoding",
                "The file says it is UTF-8 but holds bytes that are not UTF-8; save it again as "
                "\"CSV UTF-8\" and retry."));
        decoded.text = *text;
        decoded.encoding = QStringLiteral("UTF-8 with BOM");
        return decoded;
    }
    const bool le = bytes.startsWith("\xFF\xFE");
    if (le || bytes.startsWith("\xFE\xFF")) {
        if (bytes.size() % 2 != 0)
            return badInput(QCoreApplication::translate(
                "TextDecoding", "The file says it is UTF-16 but ends in the middle of a character."));
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        decoded.text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError() || hasLoneSurrogate(decoded.text))
            return badInput(QCoreApplication::translate(
                "TextDecoding", "The file says it is UTF-16 but holds invalid characters."));
        decoded.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        return decoded;
    }
    if (bytes.contains('\0'))
        return badInput(QCoreApplication::translate(
            "TextDecoding",
            "This is not a text file (it holds NUL bytes): Jobdeck imports CSV and Jobdeck JSON."));
    if (const std::optional<QString> text = strictUtf8(bytes)) {
        decoded.text = *text;
        decoded.encoding = QStringLiteral("UTF-8");
        return decoded;
    }
    decoded.text = fromWindows1252(bytes);
    decoded.encoding = QStringLiteral("Windows-1252");
    decoded.warnings.append(QCoreApplication::translate(
        "TextDecoding", "The file is not UTF-8; it was read as Windows-1252. Check accented letters, or "
                        "save it as \"CSV UTF-8\" and import it again."));
    return decoded;
}

} // namespace jobdeck::io
