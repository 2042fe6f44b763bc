// Fuzzes what Jobdeck reads of a stranger's files: a resume or job description as .docx and .pdf (the
// seeds include a zip bomb), and the same bytes as a `rank --jds` file. Nothing may crash, and nothing
// read may pass the limits of io/DocumentTextLimits.h.
#include "io/DocumentText.h"
#include "io/DocumentTextLimits.h"
#include "matching/JsonLines.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace jobdeck;

namespace {

QCoreApplication* g_app = nullptr;
QTemporaryDir* g_dir = nullptr;

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    g_dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* name : {"input.docx", "input.pdf", "input.txt"}) {
        const QString path = g_dir->filePath(QString::fromLatin1(name));
        write(path, bytes);
        const Result<QString> text = io::DocumentText::read(path);
        if (text && text->size() > limits::kMaxTextChars)
            std::abort();
        if (!text && text.message().isEmpty())
            std::abort(); // every refusal says why
    }
    const Result<JsonLines> lines = JsonLines::parse(bytes, QStringLiteral("input.jsonl"));
    if (lines) {
        QString text;
        for (qsizetype i = 0; i < lines->count(); ++i) {
            lines->read(i, text);
            if (text.size() > limits::kMaxJsonLineBytes)
                std::abort();
        }
    }
    return 0;
}
