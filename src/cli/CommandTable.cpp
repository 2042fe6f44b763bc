#include "Cli.h"

namespace jobdeck::cli {

const QList<Command>& commandTable()
{
    static const QList<Command> table{
        {"add", "add --company C --title T [--source S] [--url U] [--location L] [--applied-on YYYY-MM-DD] "
                "[--jd-file F] [--notes N] [--saved]",
         runAdd},
        {"list", "list [--stage S] [--archived]", runList},
        {"move", "move ID STAGE [--at ISO8601] [--interview-at ISO8601]", runMove},
        {"history", "history ID", runHistory},
        {"tasks", "tasks [--all]", runTasks},
        {"done", "done TASK", runDone},
        {"snooze", "snooze TASK --until ISO8601", runSnooze},
        {"analytics", "analytics [--as-of ISO8601] [--from ISO8601]", runAnalytics},
        {"match", "match --resume F --jd F", runMatch},
        {"rank", "rank --resume F [--jds FILE.jsonl] [--top N] [--analyzer default|sklearn] [--explain]", runRank},
        {"import", "import FILE [--format auto|jobdeck|linkedin|teal|huntr|generic] [--dry-run] [--strict]",
         runImport},
        {"export", "export FILE", runExport},
        {"backup", "backup DEST", runBackup},
        {"restore", "restore SRC", runRestore},
        {"revert", "revert EVENT", runRevert},
        {"undo", "undo ID", runUndo},
        {"server", "server init | server add-user ROLE   (--db postgresql://USER@HOST:PORT/DBNAME, as its owner)",
         runServer},
        {"copy", "copy --from PATH|URL --to PATH|URL   (a whole database, into an empty one)", runCopy},
    };
    return table;
}

const char* commandSynopsis(const char* name)
{
    for (const Command& command : commandTable()) {
        if (qstrcmp(command.name, name) == 0)
            return command.synopsis;
    }
    return name;
}

} // namespace jobdeck::cli
