#include "util/JsonWriter.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace jobdeck {
namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscapedUnit(QByteArray& out, char16_t unit)
{
    out.append("\\u");
    out.append(hexDigit((unit >> 12) & 0xf));
    out.append(hexDigit((unit >> 8) & 0xf));
    out.append(hexDigit((unit >> 4) & 0xf));
    out.append(hexDigit(unit & 0xf));
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
        m_bytes.append(',');
    m_first.back() = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_bytes.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_first.pop_back();
    m_bytes.append('}');
}

void JsonWriter::beginArray()
{
    separate();
    m_bytes.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_first.pop_back();
    m_bytes.append(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_bytes.append('"');
    m_bytes.append(name.data(), name.size()); // keys are plain ASCII names: nothing to escape
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
    value(QString(text));
}

void JsonWriter::value(double number)
{
    separate();
    // As QJsonDocument: the shortest form that reads back as the same double; no JSON for inf and NaN.
    if (qIsFinite(number))
        m_bytes.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_bytes.append("null");
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
            m_bytes.append(QByteArray::number(stored.toInteger()));
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
    m_bytes.append(wrapped.mid(1, wrapped.size() - 2));
}

void JsonWriter::null()
{
    separate();
    m_bytes.append("null");
}

void JsonWriter::string(const QString& text)
{
    // QJsonDocument's escapes: the two JSON specials and the C0 controls escaped (\b \f \n \r \t by
    // name, the rest as \u00xx), everything else in UTF-8, and a lone surrogate as \uxxxx.
    m_bytes.append('"');
    const char16_t* unit = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                m_bytes.append(static_cast<char>(u));
                continue;
            }
            switch (u) {
            case '"': m_bytes.append("\\\""); break;
            case '\\': m_bytes.append("\\\\"); break;
            case 0x8: m_bytes.append("\\b"); break;
            case 0xc: m_bytes.append("\\f"); break;
            case 0xa: m_bytes.append("\\n"); break;
            case 0xd: m_bytes.append("\\r"); break;
            case 0x9: m_bytes.append("\\t"); break;
            default:
                m_bytes.append("\\u00");
                m_bytes.append(hexDigit(u >> 4));
                m_bytes.append(hexDigit(u & 0xf));
            }
        } else if (u < 0x800) {
            m_bytes.append(static_cast<char>(0xc0 | (u >> 6)));
            m_bytes.append(static_cast<char>(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t c = QChar::surrogateToUcs4(u, *unit++);
            m_bytes.append(static_cast<char>(0xf0 | (c >> 18)));
            m_bytes.append(static_cast<char>(0x80 | ((c >> 12) & 0x3f)));
            m_bytes.append(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
            m_bytes.append(static_cast<char>(0x80 | (c & 0x3f)));
        } else if (QChar::isSurrogate(u)) {
            appendEscapedUnit(m_bytes, u);
        } else {
            m_bytes.append(static_cast<char>(0xe0 | (u >> 12)));
            m_bytes.append(static_cast<char>(0x80 | ((u >> 6) & 0x3f)));
            m_bytes.append(static_cast<char>(0x80 | (u & 0x3f)));
        }
    }
    m_bytes.append('"');
}

} // namespace jobdeck
