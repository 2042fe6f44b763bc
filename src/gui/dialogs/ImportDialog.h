#pragma once

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"
#include "io/ImportService.h"
#include "util/Result.h"

#include <optional>
#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace jobdeck {

class Session;

// Imports a CSV or Jobdeck JSON file: shows each column of the file with the Jobdeck field it feeds
// (changeable per column), checks the file without writing, then imports it on a worker thread with
// progress, all rows or none, and shows the report.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads the file and proposes a mapping; on failure the dialog shows why and offers nothing to import.
    Status loadFile(const QString& path);

    // What a column feeds; the same as choosing in its row's list (nullopt: the column is ignored).
    void setColumnField(int column, std::optional<io::ImportField> field);
    std::optional<io::ImportField> columnField(int column) const;
    int columnCount() const;
    io::ImportFormat format() const;
    void setFormat(io::ImportFormat format);
    // Strict: a cell the import cannot read (a date like "Before 2025-01-24") refuses the file instead of
    // being imported as a warning with the text in the notes.
    bool isStrict() const;
    void setStrict(bool strict);

    // A dry run: the report of what an import would do, nothing written.
    void check();
    // The import itself, on a worker thread; importFinished() follows.
    void startImport();
    bool isRunning() const;

    const std::optional<io::ImportReport>& report() const { return m_report; }
    QString reportText() const;

signals:
    // After an import attempt: how many applications were written (0 when it failed or had errors), and
    // whether the import is on the undo stack (up to io::ImportUndo::kMaxApplications).
    void importFinished(int imported, bool undoable);

protected:
    void reject() override;

private:
    io::ColumnMapping currentMapping() const;
    void fillColumns();
    void showReport(const Result<io::ImportReport>& result);
    void importDone();
    void updateButtons();

    Session& m_session;
    QByteArray m_bytes;
    io::CsvTable m_table;
    bool m_json = false;
    std::optional<io::ImportReport> m_report;
    io::ImportOptions m_importOptions;
    QString m_failure;
    QFutureWatcher<Result<io::ImportReport>> m_watcher;

    QLabel* m_fileLabel = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_strict = nullptr;
    QTableWidget* m_columns = nullptr;
    QPlainTextEdit* m_reportView = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace jobdeck
