#pragma once

#include <QString>

class QWidget;

namespace jobdeck {

// Jobdeck's file dialogs, each opening where the user last picked a file of its kind (kept in the settings,
// so across restarts), else in the standard folder for that kind: Downloads for what comes from elsewhere
// (an import, a resume), Documents for what Jobdeck writes. Never the folder Jobdeck happened to be started
// from. A dialog whose parent is not in a main window (a test's page on its own) opens in the standard
// folder and remembers nothing.
namespace filedialogs {

enum class Kind { Resume, Import, Export, Backup, Database, Calendar, Chart };

// The folder a dialog of `kind` opens in, for the window `parent` is in.
QString folderFor(const QWidget* parent, Kind kind);

// QFileDialog::getOpenFileName in the kind's folder; remembers the chosen file's folder.
QString openFile(QWidget* parent, Kind kind, const QString& caption, const QString& filter);
// As openFile, starting at `start` (a folder, or a file to select in it), and remembering nothing: the restore
// dialog opens on the newest backup in the database's own backup folder.
QString openFileAt(QWidget* parent, const QString& start, const QString& caption, const QString& filter);
// QFileDialog::getSaveFileName with `fileName` suggested in the kind's folder; remembers the chosen folder.
QString saveFile(QWidget* parent, Kind kind, const QString& caption, const QString& fileName, const QString& filter,
                 QString* selectedFilter = nullptr);

} // namespace filedialogs
} // namespace jobdeck
