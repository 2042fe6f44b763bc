#include "matching/JsonLines.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace jobdeck {
namespace {

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// A cursor over one line holding a flat JSON object; every method returns false on anything it does
// not handle, and the caller falls back to QJsonDocument.
class FlatObject
{
public:
    explicit FlatObject(QByteArrayView line) : m_s(line) {}

    std::optional<IdentifiedText> parse()
    {
        IdentifiedText result;
        bool haveId = false;
        bool haveText = false;
        skipSpace();
        if (!take('{'))
            return std::nullopt;
        skipSpace();
        if (take('}'))
            return std::nullopt;
        for (;;) {
            QByteArray key;
            skipSpace();
            if (!string(key))
                return std::nullopt;
            skipSpace();
            if (!take(':'))
                return std::nullopt;
            skipSpace();
            QJsonValue value;
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                QByteArray text;
                if (!string(text))
                    return std::nullopt;
                value = QString::fromUtf8(text);
            } else if (!number(value)) {
                return std::nullopt;
            }
            if (key == "id") {
                result.id = value;
                haveId = true;
            } else if (key == "text") {
                result.text = value.toString();
                haveText = value.isString();
            }
            skipSpace();
            if (take(','))
                continue;
            if (!take('}'))
                return std::nullopt;
            skipSpace();
            if (m_i != m_s.size() || !haveId || !haveText)
                return std::nullopt;
            return result;
        }
    }

private:
    void skipSpace()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool take(char c)
    {
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    int hex4()
    {
        if (m_i + 4 > m_s.size())
            return -1;
        int value = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_s[m_i++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= c - '0';
            else if (c >= 'a' && c <= 'f')
                value |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                value |= c - 'A' + 10;
            else
                return -1;
        }
        return value;
    }
    // A JSON string, unescaped, as UTF-8.
    bool string(QByteArray& out)
    {
        if (!take('"'))
            return false;
        qsizetype runStart = m_i;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c == '"') {
                out.append(m_s.sliced(runStart, m_i - runStart));
                ++m_i;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                ++m_i;
                continue;
            }
            out.append(m_s.sliced(runStart, m_i - runStart));
            ++m_i;
            if (m_i >= m_s.size())
                return false;
            const char e = m_s[m_i++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                int unit = hex4();
                if (unit < 0)
                    return false;
                char32_t code = char32_t(unit);
                if (unit >= 0xD800 && unit < 0xDC00) {
                    if (!(take('\\') && take('u')))
                        return false;
                    const int low = hex4();
                    if (low < 0xDC00 || low >= 0xE000)
                        return false;
                    code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                } else if (unit >= 0xDC00 && unit < 0xE000) {
                    return false;
                }
                appendUtf8(out, code);
                break;
            }
            default:
                return false;
            }
            runStart = m_i;
        }
        return false;
    }
    bool number(QJsonValue& value)
    {
        const qsizetype start = m_i;
        bool integral = true;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c == '.' || c == 'e' || c == 'E')
                integral = false;
            else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9')))
                break;
            ++m_i;
        }
        if (m_i == start)
            return false;
        const QByteArray text = m_s.sliced(start, m_i - start).toByteArray();
        bool ok = false;
        if (integral) {
            const qint64 n = text.toLongLong(&ok);
            if (ok) {
                value = QJsonValue(n);
                return true;
            }
        }
        const double d = text.toDouble(&ok);
        if (ok)
            value = QJsonValue(d);
        return ok;
    }

    QByteArrayView m_s;
    qsizetype m_i = 0;
};

} // namespace

Result<QList<IdentifiedText>> JsonLines::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read '%1': %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<QList<IdentifiedText>> JsonLines::parse(const QByteArray& bytes, const QString& name)
{
    QList<IdentifiedText> lines;
    qsizetype lineNumber = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line(bytes.constData() + start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        if (auto fast = FlatObject(line).parse(); fast && (fast->id.isString() || fast->id.isDouble())) {
            lines.append(std::move(*fast));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return badInput(tr("%1 line %2: not a JSON object").arg(name).arg(lineNumber));
        const QJsonObject object = document.object();
        const QJsonValue id = object.value(QStringLiteral("id"));
        const QJsonValue text = object.value(QStringLiteral("text"));
        if (!(id.isString() || id.isDouble()) || !text.isString())
            return badInput(tr("%1 line %2: needs \"id\" (a string or number) and \"text\" (a string)")
                                .arg(name)
                                .arg(lineNumber));
        lines.append(IdentifiedText{id, text.toString()});
    }
    if (lines.isEmpty())
        return badInput(tr("'%1' holds no job descriptions").arg(name));
    return lines;
}

} // namespace jobdeck
