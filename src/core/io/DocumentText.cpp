#include "io/DocumentText.h"

#include "io/DocumentTextLimits.h"
#include "io/PdfModule.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <limits>
#include <memory>

namespace jobdeck::io {
namespace {

QString name(const QString& path) { return QFileInfo(path).fileName(); }

Result<QString> nonEmpty(const QString& path, QString text)
{
    if (text.trimmed().isEmpty())
        return badInput(QCoreApplication::translate("jobdeck::io", "'%1' holds no text.").arg(name(path)));
    return text;
}

Error tooLarge(const QString& path, qint64 maxBytes)
{
    return badInput(QCoreApplication::translate("jobdeck::io", "'%1' is larger than %2 MB; Jobdeck reads resume and "
                                                               "job description files of up to %2 MB.")
                        .arg(name(path))
                        .arg(limits::megabytes(maxBytes)));
}

Error tooMuchText(const QString& path)
{
    return badInput(QCoreApplication::translate("jobdeck::io", "'%1' holds more than %2 MB of text; Jobdeck reads "
                                                               "resumes and job descriptions of up to %2 MB of text.")
                        .arg(name(path))
                        .arg(limits::megabytes(limits::kMaxTextChars)));
}

// Only a regular file of a bounded size is read: a device such as /dev/zero, or a pipe, would be read
// until memory ran out, or wait for ever.
Status checkFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return notFound(QCoreApplication::translate("jobdeck::io", "'%1' does not exist or is not a file.").arg(path));
    if (!info.isFile())
        return badInput(QCoreApplication::translate("jobdeck::io", "'%1' is not a regular file: Jobdeck reads resumes "
                                                                   "and job descriptions from files, not from devices, "
                                                                   "pipes or folders.")
                            .arg(path));
    if (info.size() > maxBytes)
        return tooLarge(path, maxBytes);
    return {};
}

// The file's bytes, never more than maxBytes: a file that grew since it was checked is refused too.
Result<QByteArray> readBytes(const QString& path, qint64 maxBytes)
{
    if (const Status checked = checkFile(path, maxBytes); !checked)
        return checked.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("jobdeck::io", "Cannot read '%1': %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(QCoreApplication::translate("jobdeck::io", "Cannot read '%1': %2").arg(path, file.errorString()));
    if (bytes.size() > maxBytes)
        return tooLarge(path, maxBytes);
    return bytes;
}

// The magic number of an OLE compound file: a legacy .doc, or a .docx that Word encrypted.
bool isCompoundFile(const QByteArray& head) { return head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")); }

// The PDF reader module, loaded once on first use: next to the executable (a Windows install, a build
// tree's own copy), where an install puts it, then the build tree it was built in.
pdf::TextFunction pdfReader(QString* tried)
{
    static QMutex mutex;
    static pdf::TextFunction function = nullptr;
    static QString searched;
    const QMutexLocker lock(&mutex);
    if (!function && searched.isEmpty()) {
        QStringList directories;
        if (QCoreApplication::instance()) {
            const QString here = QCoreApplication::applicationDirPath();
            directories << here << here + QStringLiteral("/" JOBDECK_MODULE_RELATIVE_DIR);
        }
        directories << QStringLiteral(JOBDECK_BUILD_MODULE_DIR);
        for (const QString& directory : std::as_const(directories)) {
            QLibrary library(directory + QLatin1Char('/') + QLatin1String(pdf::kModuleName));
            if (library.load()) {
                function = reinterpret_cast<pdf::TextFunction>(library.resolve(pdf::kTextSymbol));
                if (function)
                    break;
            }
            searched += (searched.isEmpty() ? QString() : QStringLiteral(", ")) + directory;
        }
    }
    if (tried)
        *tried = searched;
    return function;
}

} // namespace

QStringList DocumentText::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("pdf"), QStringLiteral("docx")};
}

Result<QString> DocumentText::read(const QString& path)
{
    // Whatever the name says, a device or a pipe is refused before its suffix is looked at.
    if (QFileInfo::exists(path)) {
        if (const Status checked = checkFile(path, std::numeric_limits<qint64>::max()); !checked)
            return checked.error();
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return readPdf(path);
    if (suffix == QLatin1String("docx"))
        return readDocx(path);
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md") || suffix == QLatin1String("text")
        || suffix == QLatin1String("markdown"))
        return readPlainText(path);
    return badInput(tr("'%1' is not a supported document: use .txt, .md, .pdf or .docx.").arg(name(path)));
}

Result<QString> DocumentText::readPlainText(const QString& path)
{
    const auto bytes = readBytes(path, limits::kMaxPlainTextBytes);
    if (!bytes)
        return bytes.error();
    // A BOM names the encoding; otherwise UTF-8, and bytes that are not UTF-8 are read as Latin-1.
    const auto encoding = QStringConverter::encodingForData(bytes.value()).value_or(QStringConverter::Utf8);
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes.value());
    if (decoder.hasError())
        text = QString::fromLatin1(bytes.value());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(0)))
        return badInput(tr("'%1' is a binary file, not text.").arg(name(path)));
    return nonEmpty(path, text);
}

Result<QString> DocumentText::readPdf(const QString& path)
{
    const auto bytes = readBytes(path, limits::kMaxDocumentFileBytes);
    if (!bytes)
        return bytes.error();
    if (!bytes->startsWith("%PDF"))
        return badInput(tr("'%1' is not a PDF file, or it is damaged.").arg(name(path)));
    QString searched;
    const pdf::TextFunction reader = pdfReader(&searched);
    if (!reader)
        return failure(tr("Cannot read PDF files: the PDF module (%1) is missing from %2.")
                           .arg(QLatin1String(pdf::kModuleName), searched));
    QString text;
    const pdf::Limits pdfLimits{limits::kMaxPdfPages, limits::kMaxTextChars};
    switch (pdf::Outcome(reader(&bytes.value(), &pdfLimits, &text))) {
    case pdf::Outcome::Text:
        return text;
    case pdf::Outcome::NotPdf:
        return badInput(tr("'%1' is not a PDF file, or it is damaged.").arg(name(path)));
    case pdf::Outcome::Damaged:
        return badInput(tr("'%1' is a damaged PDF that cannot be read.").arg(name(path)));
    case pdf::Outcome::Encrypted:
        return badInput(tr("'%1' is an encrypted PDF: save a copy without a password and try again.").arg(name(path)));
    case pdf::Outcome::NoPages:
        return badInput(tr("'%1' is a PDF with no pages.").arg(name(path)));
    case pdf::Outcome::TooManyPages:
        return badInput(tr("'%1' has more than %2 pages; Jobdeck reads PDF files of up to %2 pages.")
                            .arg(name(path))
                            .arg(limits::kMaxPdfPages));
    case pdf::Outcome::TooMuchText:
        return tooMuchText(path);
    case pdf::Outcome::NoText:
        break;
    }
    return badInput(tr("'%1' has no text layer (a scanned or image-only PDF): export it with its text or "
                       "use a .txt copy.").arg(name(path)));
}

Result<QString> DocumentText::readDocx(const QString& path)
{
    const auto head = readBytes(path, limits::kMaxDocumentFileBytes);
    if (!head)
        return head.error();
    if (isCompoundFile(head.value()))
        return badInput(tr("'%1' is an encrypted or legacy Word file: save it as an unprotected .docx.").arg(name(path)));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return badInput(tr("'%1' is not a valid .docx file (it is not a readable zip archive).").arg(name(path)));
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml")))
        return badInput(tr("'%1' is not a Word document: it has no word/document.xml.").arg(name(path)));
    // A few kilobytes of zip can inflate to gigabytes (a zip bomb): the part's declared size is checked
    // first, and since it may lie, the part is read in slices and never past the limit.
    const auto xmlTooLarge = [&] {
        return badInput(tr("'%1' unpacks to more than %2 MB of document text and markup; Jobdeck reads Word "
                           "documents of up to %2 MB unpacked.")
                            .arg(name(path))
                            .arg(limits::megabytes(limits::kMaxDocxXmlBytes)));
    };
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && info.uncompressedSize > quint64(limits::kMaxDocxXmlBytes))
        return xmlTooLarge();
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly))
        return badInput(tr("'%1' is damaged: its document part cannot be read.").arg(name(path)));

    // Text runs (w:t), tabs and breaks, a line per paragraph; everything else is layout.
    QXmlStreamReader reader;
    QString text;
    QByteArray slice(64 * 1024, Qt::Uninitialized);
    qint64 unpacked = 0;
    bool inText = false;
    for (;;) {
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.hasError())
                break;
            if (reader.isStartElement()) {
                const QStringView element = reader.name();
                if (element == QLatin1String("t"))
                    inText = true;
                else if (element == QLatin1String("tab"))
                    text += QLatin1Char('\t');
                else if (element == QLatin1String("br") || element == QLatin1String("cr"))
                    text += QLatin1Char('\n');
            } else if (reader.isEndElement()) {
                if (reader.name() == QLatin1String("t"))
                    inText = false;
                else if (reader.name() == QLatin1String("p"))
                    text += QLatin1Char('\n');
            } else if (inText && reader.isCharacters()) {
                text += reader.text();
            }
            if (text.size() > limits::kMaxTextChars)
                return tooMuchText(path);
        }
        if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            break;
        const qint64 got = part.read(slice.data(), slice.size());
        if (got < 0)
            return badInput(tr("'%1' is damaged: its document part cannot be read.").arg(name(path)));
        if (got == 0)
            break;
        unpacked += got;
        if (unpacked > limits::kMaxDocxXmlBytes)
            return xmlTooLarge();
        reader.addData(QByteArray(slice.constData(), qsizetype(got)));
    }
    if (reader.hasError())
        return badInput(tr("'%1' is damaged: %2").arg(name(path), reader.errorString()));
    return nonEmpty(path, text);
}

} // namespace jobdeck::io
