#pragma once

#include <QtGlobal>

// How much of a resume or job description Jobdeck reads. A real one is a few pages (tens of kilobytes of
// text); these leave ample room while keeping a hostile file (a zip bomb, /dev/zero, a runaway PDF) from
// exhausting memory. One place, so every reader and every message agrees.
namespace jobdeck::limits {

inline constexpr qint64 kMegabyte = 1024 * 1024;

// The text of one resume or job description, in characters: whatever file it came from, and what is
// stored with an application.
inline constexpr qsizetype kMaxTextChars = 4 * kMegabyte;
// A .txt or .md file.
inline constexpr qint64 kMaxPlainTextBytes = 4 * kMegabyte;
// A .pdf or .docx file (they may hold pictures and fonts).
inline constexpr qint64 kMaxDocumentFileBytes = 16 * kMegabyte;
// A .docx's word/document.xml once inflated: markup is many times its text, but not this many.
inline constexpr qint64 kMaxDocxXmlBytes = 32 * kMegabyte;
// Pages of a PDF that are read.
inline constexpr int kMaxPdfPages = 1000;
// One line of a `rank --jds` file: 4 MB of text with room for every character escaped
// (json.dumps writes non-ASCII as six-byte escapes).
inline constexpr qint64 kMaxJsonLineBytes = 24 * kMegabyte;
// A whole `rank --jds` file, held in memory while it is ranked: 10,000 ads are 13-25 MB, so this is room
// for some 100,000.
inline constexpr qint64 kMaxJsonLinesFileBytes = 256 * kMegabyte;

// "4 MB" for a limit in bytes or characters.
inline constexpr qint64 megabytes(qint64 amount) { return amount / kMegabyte; }

} // namespace jobdeck::limits
