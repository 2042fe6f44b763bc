#pragma once

#include "util/Result.h"

#include <QDateTime>

namespace jobdeck {

class Database;
class PipelineService;

// A believable demo pipeline (companies, roles, sources, job descriptions, months of stage moves and their
// tasks, and a resume to match) for first runs, screenshots and benchmarks. Deterministic for a given seed and "now".
class SampleData
{
public:
    struct Options
    {
        int applications = 60;
        quint32 seed = 20260105;
    };

    // Adds the applications through PipelineService, so the event log and tasks are exactly what real use
    // would leave; tasks long past are marked done, as a person keeping up would have.
    static Result<int> load(PipelineService& pipeline, const Database& database, const Options& options);
    static Result<int> load(PipelineService& pipeline, const Database& database)
    {
        return load(pipeline, database, Options{});
    }
};

} // namespace jobdeck
