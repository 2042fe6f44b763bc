#include "matching/JsonLines.h"

#include "io/DocumentTextLimits.h"
#include "util/HugePages.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <optional>

namespace jobdeck {
namespace {

// Writes a code point as UTF-8 at `out` and steps past it.
void putUtf8(char*& out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
}

int hex4(QByteArrayView s, qsizetype& i)
{
    if (i + 4 > s.size())
        return -1;
    int value = 0;
    for (int k = 0; k < 4; ++k) {
        const char c = s[i++];
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

// One escape after a backslash at s[i - 1]: checks it and, when `out` is given, writes what it means there
// as UTF-8 and steps past it. Never more bytes than the escape takes: 1 for 2, at most 3 for "\uXXXX" and
// 4 for a surrogate pair's 12. False for anything JSON does not allow.
bool escape(QByteArrayView s, qsizetype& i, char** out)
{
    if (i >= s.size())
        return false;
    const char e = s[i++];
    char plain = 0;
    switch (e) {
    case '"': plain = '"'; break;
    case '\\': plain = '\\'; break;
    case '/': plain = '/'; break;
    case 'b': plain = '\b'; break;
    case 'f': plain = '\f'; break;
    case 'n': plain = '\n'; break;
    case 'r': plain = '\r'; break;
    case 't': plain = '\t'; break;
    case 'u': {
        const int unit = hex4(s, i);
        if (unit < 0)
            return false;
        char32_t code = char32_t(unit);
        if (unit >= 0xD800 && unit < 0xDC00) {
            if (i + 2 > s.size() || s[i] != '\\' || s[i + 1] != 'u')
                return false;
            i += 2;
            const int low = hex4(s, i);
            if (low < 0xDC00 || low >= 0xE000)
                return false;
            code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
        } else if (unit >= 0xDC00 && unit < 0xE000) {
            return false;
        }
        if (out)
            putUtf8(*out, code);
        return true;
    }
    default:
        return false;
    }
    if (out)
        *(*out)++ = plain;
    return true;
}

// The content of a JSON string (what lies between its quotes), unescaped, as UTF-8, in place of what `out`
// held. Written through a pointer into room for the whole string (an escape only shrinks): a job ad has an
// escaped line end every sentence or two, and appending each run and each escape was most of the cost.
bool unescape(QByteArrayView raw, QByteArray& out)
{
    out.resize(raw.size());
    char* const start = out.data();
    char* to = start;
    const char* data = raw.data();
    qsizetype runStart = 0;
    for (;;) {
        const void* found = std::memchr(data + runStart, '\\', size_t(raw.size() - runStart));
        const qsizetype i = found ? static_cast<const char*>(found) - data : raw.size();
        std::memcpy(to, data + runStart, size_t(i - runStart));
        to += i - runStart;
        if (!found)
            break;
        qsizetype next = i + 1;
        if (!escape(raw, next, &to)) {
            out.clear();
            return false;
        }
        runStart = next;
    }
    out.truncate(to - start);
    return true;
}

// Checks one line holding a flat JSON object with a fast scanner: the id is decoded, the text only
// located. Returns nothing for anything it does not handle, and the caller asks QJsonDocument.
class FlatObject
{
public:
    FlatObject(QByteArrayView line, qsizetype offset) : m_s(line), m_offset(offset) {}

    struct Found
    {
        QJsonValue id;
        JsonLines::Entry text;
    };

    std::optional<Found> parse()
    {
        Found found;
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
            qsizetype keyStart = 0;
            qsizetype keyEnd = 0;
            bool keyEscaped = false;
            if (!string(keyStart, keyEnd, keyEscaped) || keyEscaped)
                return std::nullopt;
            const QByteArrayView key = m_s.sliced(keyStart, keyEnd - keyStart);
            const bool isId = key == "id";
            const bool isText = key == "text";
            skipSpace();
            if (!take(':'))
                return std::nullopt;
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                qsizetype start = 0;
                qsizetype end = 0;
                bool escaped = false;
                if (!string(start, end, escaped))
                    return std::nullopt;
                if (isText) {
                    found.text = JsonLines::Entry{m_offset + start, end - start, escaped, -1};
                    haveText = true;
                } else if (isId) {
                    QByteArray id;
                    if (!unescape(m_s.sliced(start, end - start), id))
                        return std::nullopt;
                    found.id = QJsonValue(QString::fromUtf8(id));
                    haveId = true;
                }
            } else {
                QJsonValue value;
                if (!number(value))
                    return std::nullopt;
                if (isId) {
                    found.id = value;
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
            if (m_i != m_s.size() || !haveId || !haveText || !(found.id.isString() || found.id.isDouble()))
                return std::nullopt;
            return found;
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
    // A JSON string: checks it and gives the range of its content (between the quotes). The quotes and
    // backslashes are found with memchr and the control characters JSON forbids with a loop the compiler
    // vectorizes: job ads are long strings with few escapes. The next quote is searched for again only
    // once an escape has stepped past it (an escaped quote): searching from every escape to a quote
    // megabytes away made a line of escapes (json.dumps escapes all non-ASCII) quadratic: 28 s for 4 MB.
    bool string(qsizetype& start, qsizetype& end, bool& escaped)
    {
        if (!take('"'))
            return false;
        start = m_i;
        const char* data = m_s.data();
        const qsizetype n = m_s.size();
        qsizetype quoteAt = -1;
        for (;;) {
            if (quoteAt < m_i) {
                const char* quote = static_cast<const char*>(std::memchr(data + m_i, '"', size_t(n - m_i)));
                if (!quote)
                    return false;
                quoteAt = quote - data;
            }
            const char* slash = static_cast<const char*>(std::memchr(data + m_i, '\\', size_t(quoteAt - m_i)));
            const qsizetype runEnd = slash ? slash - data : quoteAt;
            if (hasControl(data + m_i, runEnd - m_i))
                return false;
            if (!slash) {
                end = quoteAt;
                m_i = quoteAt + 1;
                return true;
            }
            escaped = true;
            m_i = runEnd + 1;
            if (!escape(m_s, m_i, nullptr))
                return false;
        }
    }
    static bool hasControl(const char* run, qsizetype size)
    {
        unsigned char below = 0;
        for (qsizetype k = 0; k < size; ++k)
            below |= static_cast<unsigned char>(static_cast<unsigned char>(run[k]) < 0x20);
        return below != 0;
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
    qsizetype m_offset = 0; // where the line starts in the file
    qsizetype m_i = 0;
};

// What one slice of the file held: its objects, its line count, and its first bad line (0 if none)
// with the reason.
struct Chunk
{
    enum class Problem { None, NotAnObject, MissingFields, TooLong };
    std::vector<JsonLines::Entry> entries;
    QList<QJsonValue> ids;
    QStringList decoded;
    qsizetype lineCount = 0;
    qsizetype badLine = 0;
    Problem problem = Problem::None;
};

Chunk checkChunk(QByteArrayView bytes, qsizetype offset)
{
    Chunk chunk;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = bytes.sliced(start, end - start);
        const qsizetype lineOffset = offset + start;
        start = end + 1;
        ++chunk.lineCount;
        if (line.size() > limits::kMaxJsonLineBytes) {
            chunk.badLine = chunk.lineCount;
            chunk.problem = Chunk::Problem::TooLong;
            return chunk;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (auto fast = FlatObject(line, lineOffset).parse()) {
            chunk.entries.push_back(fast->text);
            chunk.ids.append(fast->id);
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
        chunk.entries.push_back(JsonLines::Entry{0, 0, false, chunk.decoded.size()});
        chunk.decoded.append(text.toString());
        chunk.ids.append(id);
    }
    return chunk;
}

// Above this size a file is checked in slices side by side, cut at line ends.
constexpr qsizetype kBytesPerSlice = 1 << 20;

} // namespace

void JsonLines::FreeLarge::operator()(char* data) const noexcept { freeLarge(data); }

Result<JsonLines> JsonLines::open(const QString& path)
{
    // Only a regular file of a bounded size: /dev/zero or a pipe would be read until memory ran out.
    const QFileInfo info(path);
    if (!info.exists())
        return failure(tr("Cannot read '%1': there is no such file").arg(path));
    if (!info.isFile())
        return badInput(tr("Cannot read '%1': it is not a regular file").arg(path));
    const qint64 maxBytes = limits::kMaxJsonLinesFileBytes;
    const auto tooLarge = [&] {
        return badInput(tr("'%1' is larger than %2 MB; Jobdeck ranks job description files of up to %2 MB")
                            .arg(path)
                            .arg(limits::megabytes(maxBytes)));
    };
    if (info.size() > maxBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read '%1': %2").arg(path, file.errorString()));
    JsonLines lines;
    // One read into a buffer of the file's size (in huge pages when big: fewer faults than a copy into
    // fresh 4 KB pages); whatever the size did not announce (a file that grew) is read after it.
    const qint64 size = std::clamp<qint64>(file.size(), 0, maxBytes);
    if (size > 0) {
        std::shared_ptr<char> buffer(static_cast<char*>(allocateLarge(size_t(size))), FreeLarge());
        qint64 got = 0;
        while (got < size) {
            const qint64 n = file.read(buffer.get() + got, size - got);
            if (n <= 0)
                break;
            got += n;
        }
        if (file.error() != QFileDevice::NoError)
            return failure(tr("Cannot read '%1': %2").arg(path, file.errorString()));
        if (got == size && file.atEnd()) {
            lines.m_buffer = std::move(buffer);
            lines.m_bufferSize = size;
            return check(std::move(lines), path);
        }
        lines.m_bytes = QByteArray(buffer.get(), got);
    }
    lines.m_bytes += file.read(maxBytes + 1 - lines.m_bytes.size());
    if (file.error() != QFileDevice::NoError)
        return failure(tr("Cannot read '%1': %2").arg(path, file.errorString()));
    if (lines.m_bytes.size() > maxBytes)
        return tooLarge();
    return check(std::move(lines), path);
}

Result<JsonLines> JsonLines::parse(const QByteArray& bytes, const QString& name)
{
    JsonLines lines;
    lines.m_bytes = bytes;
    return check(std::move(lines), name);
}

Result<JsonLines> JsonLines::check(JsonLines lines, const QString& name)
{
    const QByteArrayView bytes(lines.data(), lines.size());
    // Cut big files into slices that end at a line end, one per core, and check them side by side.
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
        running.append(QtConcurrent::run([bytes, &chunks, &cuts, k] {
            chunks[k] = checkChunk(bytes.sliced(cuts[k], cuts[k + 1] - cuts[k]), cuts[k]);
        }));
    }
    chunks[0] = checkChunk(bytes.sliced(0, cuts[1]), 0);
    for (QFuture<void>& future : running)
        future.waitForFinished();

    qsizetype total = 0;
    for (const Chunk& chunk : chunks)
        total += qsizetype(chunk.entries.size());
    lines.m_entries.reserve(size_t(total));
    lines.m_ids.reserve(total);
    qsizetype linesBefore = 0;
    for (Chunk& chunk : chunks) {
        if (chunk.problem == Chunk::Problem::NotAnObject)
            return badInput(tr("%1 line %2: not a JSON object").arg(name).arg(linesBefore + chunk.badLine));
        if (chunk.problem == Chunk::Problem::TooLong)
            return badInput(tr("%1 line %2 is larger than %3 MB; Jobdeck reads job descriptions of up to %3 MB a line")
                                .arg(name)
                                .arg(linesBefore + chunk.badLine)
                                .arg(limits::megabytes(limits::kMaxJsonLineBytes)));
        if (chunk.problem == Chunk::Problem::MissingFields)
            return badInput(tr("%1 line %2: needs \"id\" (a string or number) and \"text\" (a string)")
                                .arg(name)
                                .arg(linesBefore + chunk.badLine));
        for (Entry entry : chunk.entries) {
            if (entry.decoded >= 0)
                entry.decoded += lines.m_decoded.size();
            lines.m_entries.push_back(entry);
        }
        lines.m_ids.append(chunk.ids);
        lines.m_decoded.append(chunk.decoded);
        linesBefore += chunk.lineCount;
    }
    if (lines.m_entries.empty())
        return badInput(tr("'%1' holds no job descriptions").arg(name));
    return lines;
}

void JsonLines::read(qsizetype i, QString& text) const
{
    const Entry& entry = m_entries.at(size_t(i));
    if (entry.decoded >= 0) {
        text = m_decoded.at(entry.decoded);
        return;
    }
    QByteArrayView raw(data() + entry.start, entry.size);
    thread_local QByteArray unescaped; // reused: one allocation per thread, not per text
    if (entry.escaped) {
        unescaped.resize(0);
        unescape(raw, unescaped); // checked when the file was opened
        raw = unescaped;
    }
    // Into the caller's buffer: a UTF-16 text never has more units than its UTF-8 has bytes.
    text.resize(raw.size());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QChar* end = decoder.appendToBuffer(text.data(), raw);
    text.truncate(end - text.constData());
}

QString JsonLines::text(qsizetype i) const
{
    QString text;
    read(i, text);
    return text;
}

} // namespace jobdeck
