#pragma once

#include <QString>

namespace jobdeck::bench {

// Writes a synthetic Jobdeck database of `applications` applications and about `events` stage events
// (a plausible mix of progress and end stages over 2025), built with one bulk transaction. The file is
// reused when it already exists with the same sizes, so repeated runs skip the generation.
QString syntheticDatabase(int applications, int events);

} // namespace jobdeck::bench
