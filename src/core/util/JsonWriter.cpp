#include "util/JsonWriter.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace jobdeck {
namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

JsonWriter::JsonWriter()
{
    m_first.push_back(true);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.back())
        m_bytes.push_back(',');
    m_first.back() = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_bytes.push_back('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_first.pop_back();
    m_bytes.push_back('}');
}

void JsonWriter::beginArray()
{
    separate();
    m_bytes.push_back('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_first.pop_back();
    m_bytes.push_back(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_bytes.push_back('"');
    m_bytes.append(name.data(), size_t(name.size())); // keys are plain ASCII names: nothing to escape
    m_bytes.append("\":");
    m_afterKey = true;
}

void JsonWriter::value(const QString& text)
{
    separate();
    string(text);
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    if (std::all_of(text.begin(), text.end(), [](char c) {
            const auto unit = static_cast<unsigned char>(c);
            return unit >= 0x20 && unit < 0x80 && c != '"' && c != '\\';
        })) {
        m_bytes.push_back('"');
        m_bytes.append(text.data(), size_t(text.size()));
        m_bytes.push_back('"');
    } else {
        string(QString(text));
    }
}

void JsonWriter::value(double number)
{
    separate();
    this->number(number);
}

void JsonWriter::number(double number)
{
    // As QJsonDocument (QByteArray::number(number, 'g', QLocale::FloatingPointShortest)): the shortest
    // digits that read back as the same double, in decimal form unless the exponent form is shorter
    // ("0.001", "1e-04", "100", "1e+05"), the exponent signed and of two digits at least; 0 for either zero;
    // no JSON for inf and NaN. std::to_chars finds the digits (Ryu) for a tenth of the cost.
    if (!qIsFinite(number)) {
        m_bytes.append("null");
        return;
    }
    if (number == 0) {
        m_bytes.push_back('0');
        return;
    }
    char scientific[32];
    *std::to_chars(scientific, scientific + sizeof scientific - 1, number, std::chars_format::scientific).ptr = '\0';
    // "-d.ddde-XX": the sign, the digits without their point, and the exponent of the first digit.
    const char* at = scientific;
    const bool negative = *at == '-';
    at += negative;
    char digits[24];
    int count = 0;
    for (; *at != 'e'; ++at) {
        if (*at != '.')
            digits[count++] = *at;
    }
    const int exponent = int(std::strtol(at + 1, nullptr, 10));
    const int magnitude = std::abs(exponent);
    const int exponentLength = (count > 1 ? count + 1 : 1) + 2 + (magnitude >= 100 ? 3 : 2);
    const int decimalLength = exponent >= 0 ? std::max(count, exponent + 1) + (count > exponent + 1 ? 1 : 0)
                                            : 2 + (-exponent - 1) + count;
    if (negative)
        m_bytes.push_back('-');
    if (decimalLength <= exponentLength) {
        if (exponent >= 0) {
            const int whole = exponent + 1;
            m_bytes.append(digits, size_t(std::min(count, whole)));
            if (count > whole) {
                m_bytes.push_back('.');
                m_bytes.append(digits + whole, size_t(count - whole));
            } else {
                m_bytes.append(size_t(whole - count), '0');
            }
        } else {
            m_bytes.append("0.");
            m_bytes.append(size_t(-exponent - 1), '0');
            m_bytes.append(digits, size_t(count));
        }
        return;
    }
    m_bytes.push_back(digits[0]);
    if (count > 1) {
        m_bytes.push_back('.');
        m_bytes.append(digits + 1, size_t(count - 1));
    }
    m_bytes.push_back('e');
    m_bytes.push_back(exponent < 0 ? '-' : '+');
    if (magnitude < 10)
        m_bytes.push_back('0');
    char exponentDigits[8];
    const std::to_chars_result end = std::to_chars(exponentDigits, exponentDigits + sizeof exponentDigits, magnitude);
    m_bytes.append(exponentDigits, end.ptr);
}

void JsonWriter::value(const QJsonValue& any)
{
    if (any.isString()) {
        value(any.toString());
        return;
    }
    if (any.isDouble()) {
        const QCborValue stored = QCborValue::fromJsonValue(any);
        if (stored.isInteger()) {
            separate();
            char digits[24];
            const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, stored.toInteger());
            m_bytes.append(digits, end.ptr);
        } else {
            value(any.toDouble());
        }
        return;
    }
    if (any.isNull() || any.isUndefined()) {
        null();
        return;
    }
    // Anything else (a bool, an array, an object) is rare in an output line: QJsonDocument writes it.
    separate();
    const QByteArray wrapped = QJsonDocument(QJsonArray{any}).toJson(QJsonDocument::Compact);
    m_bytes.append(wrapped.constData() + 1, size_t(wrapped.size() - 2));
}

void JsonWriter::null()
{
    separate();
    m_bytes.append("null");
}

void JsonWriter::string(const QString& text)
{
    // QJsonDocument's escapes: the two JSON specials and the C0 controls escaped (\b \f \n \r \t by
    // name, the rest as \u00xx), everything else in UTF-8, and a lone surrogate as \uxxxx. Written through
    // a pointer into room for the longest case (6 bytes a unit), then cut to what was written.
    const qsizetype size = text.size();
    const size_t start = m_bytes.size();
    m_bytes.resize(start + size_t(size) * 6 + 2);
    char* out = m_bytes.data() + start;
    auto escapedUnit = [&out](char16_t unit) {
        *out++ = '\\';
        *out++ = 'u';
        *out++ = hexDigit((unit >> 12) & 0xf);
        *out++ = hexDigit((unit >> 8) & 0xf);
        *out++ = hexDigit((unit >> 4) & 0xf);
        *out++ = hexDigit(unit & 0xf);
    };
    *out++ = '"';
    const char16_t* unit = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = unit + size;
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = static_cast<char>(u);
                continue;
            }
            char named = 0;
            switch (u) {
            case '"': named = '"'; break;
            case '\\': named = '\\'; break;
            case 0x8: named = 'b'; break;
            case 0xc: named = 'f'; break;
            case 0xa: named = 'n'; break;
            case 0xd: named = 'r'; break;
            case 0x9: named = 't'; break;
            default: break;
            }
            if (named) {
                *out++ = '\\';
                *out++ = named;
            } else {
                escapedUnit(u);
            }
        } else if (u < 0x800) {
            *out++ = static_cast<char>(0xc0 | (u >> 6));
            *out++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t c = QChar::surrogateToUcs4(u, *unit++);
            *out++ = static_cast<char>(0xf0 | (c >> 18));
            *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escapedUnit(u);
        } else {
            *out++ = static_cast<char>(0xe0 | (u >> 12));
            *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    m_bytes.resize(size_t(out - m_bytes.data()));
}

} // namespace jobdeck
