#include "matching/JsonLines.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

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
    // `scratch` is reused from line to line, so unescaping allocates nothing in the common case.
    FlatObject(QByteArrayView line, QByteArray& scratch) : m_s(line), m_scratch(scratch) {}

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
            skipSpace();
            m_scratch.resize(0);
            if (!string(m_scratch))
                return std::nullopt;
            const bool isId = m_scratch == "id";
            const bool isText = m_scratch == "text";
            skipSpace();
            if (!take(':'))
                return std::nullopt;
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                m_scratch.resize(0);
                if (!string(m_scratch))
                    return std::nullopt;
                // The text goes straight from UTF-8 to the QString the analyzers read, with no
                // QJsonValue between them.
                if (isText) {
                    result.text = QString::fromUtf8(m_scratch);
                    haveText = true;
                } else if (isId) {
                    result.id = QJsonValue(QString::fromUtf8(m_scratch));
                    haveId = true;
                }
            } else {
                QJsonValue value;
                if (!number(value))
                    return std::nullopt;
                if (isId) {
                    result.id = value;
                    haveId = true;
                } else if (isText) {
                    haveText = false;
                }
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
    QByteArray& m_scratch;
    qsizetype m_i = 0;
};

// What one slice of the file held: its objects, its line count, and its first bad line (0 if none)
// with the reason.
struct Chunk
{
    enum class Problem { None, NotAnObject, MissingFields };
    QList<IdentifiedText> lines;
    qsizetype lineCount = 0;
    qsizetype badLine = 0;
    Problem problem = Problem::None;
};

Chunk parseChunk(QByteArrayView bytes)
{
    Chunk chunk;
    QByteArray scratch;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = bytes.sliced(start, end - start);
        start = end + 1;
        ++chunk.lineCount;
        if (line.trimmed().isEmpty())
            continue;
        if (auto fast = FlatObject(line, scratch).parse(); fast && (fast->id.isString() || fast->id.isDouble())) {
            chunk.lines.append(std::move(*fast));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            chunk.badLine = chunk.lineCount;
            chunk.problem = Chunk::Problem::NotAnObject;
            return chunk;
        }
        const QJsonObject object = document.object();
        const QJsonValue id = object.value(QStringLiteral("id"));
        const QJsonValue text = object.value(QStringLiteral("text"));
        if (!(id.isString() || id.isDouble()) || !text.isString()) {
            chunk.badLine = chunk.lineCount;
            chunk.problem = Chunk::Problem::MissingFields;
            return chunk;
        }
        chunk.lines.append(IdentifiedText{id, text.toString()});
    }
    return chunk;
}

// Above this size a file is read in slices side by side, cut at line ends.
constexpr qsizetype kBytesPerSlice = 1 << 20;

} // namespace

Result<QList<IdentifiedText>> JsonLines::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read '%1': %2").arg(path, file.errorString()));
    // One read into a buffer of the file's size, rather than readAll()'s growing one; whatever the
    // size did not announce (a pipe, a file still growing) is read after it.
    QByteArray bytes(std::max<qint64>(0, file.size()), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const qint64 n = file.read(bytes.data() + got, bytes.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    bytes.truncate(got);
    bytes.append(file.readAll());
    if (file.error() != QFileDevice::NoError)
        return failure(tr("Cannot read '%1': %2").arg(path, file.errorString()));
    return parse(bytes, path);
}

Result<QList<IdentifiedText>> JsonLines::parse(const QByteArray& bytes, const QString& name)
{
    // Cut big files into slices that end at a line end, one per core, and parse them side by side.
    const int cores = std::max(1, QThread::idealThreadCount());
    const qsizetype slices = std::clamp<qsizetype>(bytes.size() / kBytesPerSlice, 1, cores);
    std::vector<qsizetype> cuts{0};
    for (qsizetype k = 1; k < slices; ++k) {
        const qsizetype from = std::max(cuts.back(), bytes.size() * k / slices);
        const qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            break;
        cuts.push_back(end + 1);
    }
    cuts.push_back(bytes.size());
    std::vector<Chunk> chunks(cuts.size() - 1);
    QList<QFuture<void>> running;
    for (size_t k = 1; k < chunks.size(); ++k) {
        running.append(QtConcurrent::run([&bytes, &chunks, &cuts, k] {
            chunks[k] = parseChunk(QByteArrayView(bytes).sliced(cuts[k], cuts[k + 1] - cuts[k]));
        }));
    }
    chunks[0] = parseChunk(QByteArrayView(bytes).sliced(0, cuts[1]));
    for (QFuture<void>& future : running)
        future.waitForFinished();

    QList<IdentifiedText> lines;
    qsizetype total = 0;
    for (const Chunk& chunk : chunks)
        total += chunk.lines.size();
    lines.reserve(total);
    qsizetype linesBefore = 0;
    for (Chunk& chunk : chunks) {
        if (chunk.problem == Chunk::Problem::NotAnObject)
            return badInput(tr("%1 line %2: not a JSON object").arg(name).arg(linesBefore + chunk.badLine));
        if (chunk.problem == Chunk::Problem::MissingFields)
            return badInput(tr("%1 line %2: needs \"id\" (a string or number) and \"text\" (a string)")
                                .arg(name)
                                .arg(linesBefore + chunk.badLine));
        for (IdentifiedText& line : chunk.lines)
            lines.append(std::move(line));
        linesBefore += chunk.lineCount;
    }
    if (lines.isEmpty())
        return badInput(tr("'%1' holds no job descriptions").arg(name));
    return lines;
}

} // namespace jobdeck
