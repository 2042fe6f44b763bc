#pragma once

#include <QByteArray>
#include <QString>

// The boundary between DocumentText and the PDF reader module (jobdeck_pdf). Poppler and the libraries
// it pulls in (Qt Gui, NSS, image codecs) cost every process about 8 ms to load, which a CLI call that
// never reads a PDF should not pay; so the reader lives in a module loaded the first time a PDF is read.
namespace jobdeck::io::pdf {

// What the module found; DocumentText turns it into a message in the user's language.
enum class Outcome : int { Text = 0, NotPdf, Damaged, Encrypted, NoPages, NoText };

// int jobdeck_pdf_text(const QByteArray* bytes, QString* text): an Outcome, with the text on Text.
using TextFunction = int (*)(const QByteArray*, QString*);
inline constexpr char kTextSymbol[] = "jobdeck_pdf_text";
inline constexpr char kModuleName[] = "jobdeck_pdf";

} // namespace jobdeck::io::pdf
