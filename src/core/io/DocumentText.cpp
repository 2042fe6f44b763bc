#include "io/DocumentText.h"

#include <poppler-qt6.h>
#include <quazip.h>
#include <quazipfile.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>

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

Result<QByteArray> readBytes(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return notFound(QCoreApplication::translate("jobdeck::io", "'%1' does not exist or is not a file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("jobdeck::io", "Cannot read '%1': %2").arg(path, file.errorString()));
    return file.readAll();
}

// The magic number of an OLE compound file: a legacy .doc, or a .docx that Word encrypted.
bool isCompoundFile(const QByteArray& head) { return head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")); }

// Poppler prints its own diagnostics ("Incorrect password") on stderr; the Result already says what
// went wrong, in words meant for the user.
void quietPoppler(const QString&, const QVariant&) {}

} // namespace

QStringList DocumentText::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("pdf"), QStringLiteral("docx")};
}

Result<QString> DocumentText::read(const QString& path)
{
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
    const auto bytes = readBytes(path);
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
    const auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    if (!bytes->startsWith("%PDF"))
        return badInput(tr("'%1' is not a PDF file, or it is damaged.").arg(name(path)));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes.value());
    if (!document)
        return badInput(tr("'%1' is a damaged PDF that cannot be read.").arg(name(path)));
    if (document->isLocked())
        return badInput(tr("'%1' is an encrypted PDF: save a copy without a password and try again.").arg(name(path)));
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            text += page->text(QRectF()) + QLatin1Char('\n');
    }
    if (text.trimmed().isEmpty()) {
        if (document->numPages() == 0)
            return badInput(tr("'%1' is a PDF with no pages.").arg(name(path)));
        return badInput(tr("'%1' has no text layer (a scanned or image-only PDF): export it with its text or "
                           "use a .txt copy.").arg(name(path)));
    }
    return text;
}

Result<QString> DocumentText::readDocx(const QString& path)
{
    const auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    if (isCompoundFile(bytes.value()))
        return badInput(tr("'%1' is an encrypted or legacy Word file: save it as an unprotected .docx.").arg(name(path)));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return badInput(tr("'%1' is not a valid .docx file (it is not a readable zip archive).").arg(name(path)));
    if (!zip.setCurrentFile(QStringLiteral("word/document.xml")))
        return badInput(tr("'%1' is not a Word document: it has no word/document.xml.").arg(name(path)));
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly))
        return badInput(tr("'%1' is damaged: its document part cannot be read.").arg(name(path)));
    const QByteArray xml = part.readAll();
    part.close();
    zip.close();

    // Text runs (w:t), tabs and breaks, a line per paragraph; everything else is layout.
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView element = reader.name();
            if (element == QLatin1String("t"))
                text += reader.readElementText();
            else if (element == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (element == QLatin1String("br") || element == QLatin1String("cr"))
                text += QLatin1Char('\n');
        } else if (reader.isEndElement() && reader.name() == QLatin1String("p")) {
            text += QLatin1Char('\n');
        }
    }
    if (reader.hasError())
        return badInput(tr("'%1' is damaged: %2").arg(name(path), reader.errorString()));
    return nonEmpty(path, text);
}

} // namespace jobdeck::io
