#include "FileDialogs.h"

#include "MainWindow.h"
#include "util/Settings.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>
#include <QTreeView>

#include <algorithm>

namespace jobdeck::filedialogs {

namespace {

QString key(Kind kind)
{
    switch (kind) {
    case Kind::Resume:
        return QStringLiteral("resume");
    case Kind::Import:
        return QStringLiteral("import");
    case Kind::Export:
        return QStringLiteral("export");
    case Kind::Backup:
        return QStringLiteral("backup");
    case Kind::Database:
        return QStringLiteral("database");
    case Kind::Calendar:
        return QStringLiteral("calendar");
    case Kind::Chart:
        return QStringLiteral("chart");
    }
    return QStringLiteral("other");
}

QString standardFolder(Kind kind)
{
    const bool fromElsewhere = kind == Kind::Import || kind == Kind::Resume;
    QString folder = QStandardPaths::writableLocation(fromElsewhere ? QStandardPaths::DownloadLocation
                                                                    : QStandardPaths::DocumentsLocation);
    // A home without Downloads or Documents (a fresh account, a server login): the home folder itself.
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder;
}

Settings* settingsOf(const QWidget* parent)
{
    const auto* window = parent ? qobject_cast<const MainWindow*>(parent->window()) : nullptr;
    return window ? &window->settings() : nullptr;
}

void remember(const QWidget* parent, Kind kind, const QString& chosen)
{
    if (chosen.isEmpty())
        return;
    if (Settings* settings = settingsOf(parent))
        settings->setFileFolder(key(kind), QFileInfo(chosen).absolutePath());
}

} // namespace

QString folderFor(const QWidget* parent, Kind kind)
{
    if (const Settings* settings = settingsOf(parent)) {
        const QString last = settings->fileFolder(key(kind));
        // A folder since removed, or on a drive no longer there: the standard one.
        if (!last.isEmpty() && QFileInfo(last).isDir())
            return last;
    }
    return standardFolder(kind);
}

namespace {

// What QFileDialog's static functions do, with one difference: Qt's own dialog (a desktop without a
// platform file dialog) opens at a size that shows a file's name, size and date whole, not at its
// size hint, which cut them to "354...tes  CSV...ent  3 Dec ...:39:05". A platform dialog sizes itself.
QString run(QFileDialog& dialog, QWidget* parent, QString* selectedFilter)
{
    const QWidget* window = parent ? parent->window() : nullptr;
    const QSize room = window ? window->size() : QSize(1280, 800);
    dialog.resize(std::clamp(room.width() * 2 / 3, 760, 1100), std::clamp(room.height() * 2 / 3, 480, 760));
    // Its detail view's columns have fixed widths measured for a narrower font; the size, type and date get
    // what their longest usual values need, the name the rest.
    if (auto* details = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))) {
        QHeaderView* header = details->header();
        const QFontMetrics metrics(details->font());
        const int padding = 3 * metrics.averageCharWidth();
        const QString sampleDate =
            QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
        const int widths[] = {metrics.horizontalAdvance(QStringLiteral("1,023.9 KiB")),
                              metrics.horizontalAdvance(QStringLiteral("Plain Text Document")),
                              metrics.horizontalAdvance(sampleDate)};
        if (header->count() >= 4) {
            header->setStretchLastSection(false);
            header->setSectionResizeMode(0, QHeaderView::Stretch);
            for (int column = 1; column < 4; ++column)
                header->resizeSection(column, widths[column - 1] + padding);
        }
    }
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

} // namespace

QString openFile(QWidget* parent, Kind kind, const QString& caption, const QString& filter)
{
    QFileDialog dialog(parent, caption, folderFor(parent, kind), filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    const QString path = run(dialog, parent, nullptr);
    remember(parent, kind, path);
    return path;
}

QString openFileAt(QWidget* parent, const QString& start, const QString& caption, const QString& filter)
{
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, parent, nullptr);
}

QString saveFile(QWidget* parent, Kind kind, const QString& caption, const QString& fileName, const QString& filter,
                 QString* selectedFilter)
{
    const QString suggested = QDir(folderFor(parent, kind)).filePath(fileName);
    QFileDialog dialog(parent, caption, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const QString path = run(dialog, parent, selectedFilter);
    remember(parent, kind, path);
    return path;
}

} // namespace jobdeck::filedialogs
