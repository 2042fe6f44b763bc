#pragma once

#include "io/ImportFormat.h"
#include "io/ImportUndo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdeck::io {

// Something about one line of the file: why it was skipped, or what is wrong with it.
struct LineNote
{
    int line = 0;
    QString text;
};

// What an import did or would do. Every data row lands in exactly one place: imported (or `ready` when
// nothing was written), skipped (blank or duplicate, with a reason), or errors.
struct ImportReport
{
    ImportFormat format = ImportFormat::Generic;
    QString encoding;
    int rows = 0;              // data rows in the file (JSON: applications)
    int ready = 0;             // rows that passed every check
    int imported = 0;          // rows written; 0 on a dry run or when there are errors
    int skippedDuplicates = 0; // of `skipped`, those that were duplicates
    QList<LineNote> skipped;
    QList<LineNote> errors;
    QStringList warnings;
    bool dryRun = false;
    // What it wrote, to take it back (ImportOptions::undoable); empty otherwise.
    ImportUndo undo;

    bool hasErrors() const { return !errors.isEmpty(); }
    // The cli.md shape plus format, encoding, rows, ready and dry_run.
    QJsonObject toJson() const;
    // A few lines for people: counts, then every error and warning.
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

} // namespace jobdeck::io
