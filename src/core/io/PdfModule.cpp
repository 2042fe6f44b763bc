// The PDF reader module: Poppler's text layer, page after page. Built as its own shared module and
// loaded by DocumentText on first use (see PdfModule.h).
#include "io/PdfModule.h"

#include <poppler-qt6.h>

#include <QRectF>
#include <QVariant>

#include <memory>

namespace {

// Poppler prints its own diagnostics ("Incorrect password") on stderr; the outcome already says what
// went wrong, and DocumentText says it in words meant for the user.
void quietPoppler(const QString&, const QVariant&) {}

} // namespace

extern "C" Q_DECL_EXPORT int jobdeck_pdf_text_v2(const QByteArray* bytes, const jobdeck::io::pdf::Limits* limits,
                                                  QString* text)
{
    using jobdeck::io::pdf::Outcome;
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    if (!bytes->startsWith("%PDF"))
        return int(Outcome::NotPdf);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(*bytes);
    if (!document)
        return int(Outcome::Damaged);
    if (document->isLocked())
        return int(Outcome::Encrypted);
    const int pages = document->numPages();
    if (pages > limits->maxPages)
        return int(Outcome::TooManyPages);
    text->clear();
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            *text += page->text(QRectF()) + QLatin1Char('\n');
        if (text->size() > limits->maxChars) {
            text->clear();
            return int(Outcome::TooMuchText);
        }
    }
    if (text->trimmed().isEmpty())
        return int(pages == 0 ? Outcome::NoPages : Outcome::NoText);
    return int(Outcome::Text);
}
