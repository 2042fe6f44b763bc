#pragma once

#include "pipeline/Stage.h"

#include <optional>
#include <QString>

namespace jobdeck::io {

// Turns another tracker's status text into a Jobdeck stage.
struct MappedStatus
{
    Stage stage = Stage::Applied;
    // Known: a stage id or a status other trackers use for it ("Phone Screen", "Wishlist"). Otherwise the
    // stage is the nearest one a keyword suggests, or applied, and the caller keeps the original in notes.
    bool known = true;
};

class StatusMapping
{
public:
    // Empty text is applied (a row in a list of applications was applied to).
    static MappedStatus map(const QString& text);
};

} // namespace jobdeck::io
