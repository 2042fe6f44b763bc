#pragma once

#include <QByteArray>
#include <QString>

// The boundary between DocumentText and the PDF reader module (jobdeck_pdf). Poppler and the libraries
// it pulls in (Qt Gui, NSS, image codecs) cost every process about 8 ms to load, which a CLI call that
// never reads a PDF should not pay; so the reader lives in a module loaded the first time a PDF is read.
namespace jobdeck::io::pdf {

// What the module found; DocumentText turns it into a message in the user's language.
enum class Outcome : int { Text = 0, NotPdf, Damaged, Encrypted, NoPages, NoText, TooManyPages, TooMuchText };

// How much the module reads: a document of more pages is refused before any page is read, and reading
// stops once the text passes maxChars.
struct Limits
{
    int maxPages = 0;
    qsizetype maxChars = 0;
};

// int jobdeck_pdf_text_v2(const QByteArray* bytes, const Limits* limits, QString* text): an Outcome,
// with the text on Text. The name carries a version so an older installed module is never called with
// arguments it does not expect.
using TextFunction = int (*)(const QByteArray*, const Limits*, QString*);
inline constexpr char kTextSymbol[] = "jobdeck_pdf_text_v2";
inline constexpr char kModuleName[] = "jobdeck_pdf";

} // namespace jobdeck::io::pdf
