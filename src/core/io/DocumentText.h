#pragma once

#include <QCoreApplication>
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace jobdeck::io {

// The plain text of a resume or job description file: .txt and .md as they are, .pdf through Poppler,
// .docx from its word/document.xml. An encrypted, image-only, empty or damaged file is an error that
// says which of these it is; so is anything but a regular file, and anything past the limits in
// DocumentTextLimits.h (a zip bomb is refused before it is inflated).
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(jobdeck::io::DocumentText)

public:
    static Result<QString> read(const QString& path);
    static QStringList supportedSuffixes(); // "txt", "md", "pdf", "docx"

    // The formats one by one, for callers that already know what they hold.
    static Result<QString> readPlainText(const QString& path);
    static Result<QString> readPdf(const QString& path);
    static Result<QString> readDocx(const QString& path);
};

} // namespace jobdeck::io
