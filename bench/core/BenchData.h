#pragma once

#include <QDate>
#include <QString>

namespace jobdeck::bench {

// Writes a synthetic Jobdeck database of `applications` applications and about `events` stage events
// (a plausible mix of progress and end stages, applied to over `spanDays` days from `firstApplied`; 2025 by
// default), built with one bulk transaction. No event lies in the future. The file is reused when it already
// exists with the same sizes and dates, so repeated runs skip the generation. The GUI's OCR test uses it too.
QString syntheticDatabase(int applications, int events, const QDate& firstApplied = QDate(2025, 1, 6),
                          int spanDays = 330);

} // namespace jobdeck::bench
