#include "dialogs/ImportDialog.h"

#include "commands/ImportCommand.h"
#include "io/BackupSet.h"
#include "io/ImportFormat.h"
#include "io/ImportService.h"
#include "Session.h"
#include "storage/Database.h"
#include "Theme.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QtConcurrent>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jobdeck {
namespace {

constexpr int kExamples = 3;      // sample values shown per column
constexpr int kReportLines = 500; // skipped rows listed in the report view, beyond which it summarises

enum Column
{
    NameColumn,
    ExamplesColumn,
    FieldColumn
};

} // namespace

ImportDialog::ImportDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import applications"));
    resize(760, 620);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_format = new QComboBox(this);
    for (io::ImportFormat f :
         {io::ImportFormat::Auto, io::ImportFormat::JobdeckCsv, io::ImportFormat::LinkedIn,
          io::ImportFormat::Teal, io::ImportFormat::Huntr, io::ImportFormat::Generic})
        m_format->addItem(io::importFormats::displayName(f), int(f));
    m_format->setToolTip(tr("How to read the file. Detection looks at the column names."));
    m_strict = new QCheckBox(tr("&Strict: refuse the file if a date or time cannot be read"), this);
    m_strict->setToolTip(tr("Unchecked, a row whose date cannot be read is imported without it, with "
                            "the text kept in its notes and a warning in the report."));

    m_columns = new QTableWidget(0, 3, this);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Imported as")});
    m_columns->horizontalHeader()->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_reportView = new QPlainTextEdit(this);
    m_reportView->setReadOnly(true);
    m_reportView->setPlaceholderText(tr("Check the file to see what would be imported, skipped or refused."));
    m_progress = new QProgressBar(this);
    m_progress->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_checkButton->setToolTip(tr("Report what an import would do without changing anything."));
    m_importButton->setToolTip(tr("Import every row, or nothing if any row has an error."));
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_report.reset();
        updateButtons();
    });
    connect(m_strict, &QCheckBox::toggled, this, [this] {
        m_report.reset();
        updateButtons();
    });
    connect(&m_watcher, &QFutureWatcher<Result<io::ImportReport>>::finished, this, &ImportDialog::importDone);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_strict);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns (choose what each one feeds):"), this));
    layout->addWidget(m_columns, 3);
    layout->addWidget(new QLabel(tr("Report:"), this));
    layout->addWidget(m_reportView, 2);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    theme::setSpacing(layout, theme::space::L, theme::space::S);
    form->setSpacing(theme::space::S);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // The worker holds the database: wait for it rather than leave it running past the dialog.
    m_watcher.waitForFinished();
}

Status ImportDialog::loadFile(const QString& path)
{
    m_report.reset();
    m_failure.clear();
    m_table = {};
    m_bytes.clear();
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_failure = tr("Cannot read '%1': %2.").arg(path, file.errorString());
    } else {
        m_bytes = file.readAll();
        m_json = io::ImportService::looksLikeJson(m_bytes);
        if (!m_json) {
            Result<io::CsvTable> table = io::CsvReader::read(m_bytes);
            if (table)
                m_table = std::move(table).value();
            else
                m_failure = table.message();
        }
    }
    fillColumns();
    if (m_json)
        setFormat(io::ImportFormat::JobdeckCsv);
    else if (!m_table.records.isEmpty())
        setFormat(io::importFormats::detect(m_table.records.first().fields));
    m_format->setEnabled(!m_json && m_failure.isEmpty());
    m_reportView->setPlainText(m_failure);
    updateButtons();
    if (!m_failure.isEmpty())
        return failure(m_failure);
    return {};
}

void ImportDialog::fillColumns()
{
    m_columns->setRowCount(0);
    if (m_json) {
        m_columns->setRowCount(1);
        m_columns->setItem(0, NameColumn, new QTableWidgetItem(tr("Jobdeck JSON export")));
        m_columns->setItem(
            0, ExamplesColumn,
            new QTableWidgetItem(tr("Applications, their history, tasks and resumes, restored as "
                                    "they were")));
        return;
    }
    if (m_table.records.isEmpty())
        return;
    const QStringList& header = m_table.records.first().fields;
    const io::ColumnMapping proposed = io::ColumnMapping::fromHeaders(header);
    m_columns->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        m_columns->setItem(column, NameColumn, new QTableWidgetItem(header.at(column)));
        QStringList examples;
        for (qsizetype row = 1; row < m_table.records.size() && examples.size() < kExamples; ++row) {
            const QStringList& fields = m_table.records.at(row).fields;
            if (column < fields.size() && !fields.at(column).trimmed().isEmpty())
                examples.append(fields.at(column).simplified().left(40));
        }
        m_columns->setItem(column, ExamplesColumn,
                           new QTableWidgetItem(examples.join(QStringLiteral(" \u00b7 "))));
        auto* field = new QComboBox(m_columns);
        field->addItem(tr("(not imported)"), -1);
        for (io::ImportField f : io::ColumnMapping::allFields())
            field->addItem(io::ColumnMapping::fieldName(f), int(f));
        if (const std::optional<io::ImportField> f = proposed.fieldOf(column))
            field->setCurrentIndex(field->findData(int(*f)));
        connect(field, &QComboBox::currentIndexChanged, this, [this, column] {
            // A field feeds from one column: choosing it here takes it away from any other.
            const std::optional<io::ImportField> chosen = columnField(column);
            for (int other = 0; chosen && other < columnCount(); ++other) {
                if (other != column && columnField(other) == chosen)
                    setColumnField(other, std::nullopt);
            }
            m_report.reset();
            updateButtons();
        });
        m_columns->setCellWidget(column, FieldColumn, field);
    }
    m_columns->resizeColumnToContents(NameColumn);
    m_columns->resizeColumnToContents(FieldColumn);
}

int ImportDialog::columnCount() const
{
    return m_json ? 0 : m_columns->rowCount();
}

std::optional<io::ImportField> ImportDialog::columnField(int column) const
{
    const auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(column, FieldColumn));
    if (!combo || combo->currentData().toInt() < 0)
        return std::nullopt;
    return static_cast<io::ImportField>(combo->currentData().toInt());
}

void ImportDialog::setColumnField(int column, std::optional<io::ImportField> field)
{
    auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(column, FieldColumn));
    if (combo)
        combo->setCurrentIndex(combo->findData(field ? int(*field) : -1));
}

io::ImportFormat ImportDialog::format() const
{
    return static_cast<io::ImportFormat>(m_format->currentData().toInt());
}

void ImportDialog::setFormat(io::ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

bool ImportDialog::isStrict() const
{
    return m_strict->isChecked();
}

void ImportDialog::setStrict(bool strict)
{
    m_strict->setChecked(strict);
}

io::ColumnMapping ImportDialog::currentMapping() const
{
    io::ColumnMapping mapping;
    for (int column = 0; column < columnCount(); ++column) {
        if (const std::optional<io::ImportField> field = columnField(column))
            mapping.set(*field, column);
    }
    return mapping;
}

void ImportDialog::check()
{
    if (m_bytes.isEmpty() && !m_failure.isEmpty())
        return;
    io::ImportOptions options;
    options.dryRun = true;
    options.strict = isStrict();
    options.format = format();
    if (!m_json)
        options.mapping = currentMapping();
    showReport(io::ImportService(m_session.database(), m_session.clock()).importData(m_bytes, options));
}

void ImportDialog::startImport()
{
    if (isRunning() || !m_failure.isEmpty())
        return;
    io::ImportOptions options;
    options.strict = isStrict();
    options.format = format();
    options.undoable = true;
    if (!m_json)
        options.mapping = currentMapping();
    m_importOptions = options; // for the undo step's redo, without the progress bar
    QPointer<QProgressBar> bar = m_progress;
    options.progress = [bar](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                if (bar) {
                    bar->setMaximum(int(total));
                    bar->setValue(int(done));
                }
            },
            Qt::QueuedConnection);
    };
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->show();
    m_reportView->setPlainText(tr("Importing..."));
    Database* database = &m_session.database();
    const Clock* clock = &m_session.clock();
    const QByteArray bytes = m_bytes;
    m_watcher.setFuture(QtConcurrent::run([database, clock, bytes, options]() -> Result<io::ImportReport> {
        // A backup of its own first, so a bad import is one restore away from undone, and only the import.
        io::BackupSet backups = io::BackupSet::forDatabase(*database);
        if (const Result<QString> before = backups.beforeImport(*database, clock->now()); !before)
            return failure(ImportDialog::tr("Nothing was imported: the backup before it failed: %1")
                               .arg(before.message()));
        return io::ImportService(*database, *clock).importData(bytes, options);
    }));
    updateButtons();
}

bool ImportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportDialog::importDone()
{
    m_progress->hide();
    const Result<io::ImportReport> result = m_watcher.result();
    showReport(result);
    const int imported = result ? result->imported : 0;
    const bool undoable = imported > 0 && !result->undo.isEmpty();
    if (imported > 0) {
        m_session.reloadAll();
        m_importButton->setEnabled(false);
    }
    if (undoable) {
        Session* session = &m_session;
        m_session.undoStack().push(new ImportCommand(
            m_session.database(), m_session.clock(), m_bytes, m_importOptions, result->undo,
            [session] { session->reloadAll(); },
            [session](const QString& message) { session->reportError(message); }, parentWidget()));
    }
    emit importFinished(imported, undoable);
}

void ImportDialog::showReport(const Result<io::ImportReport>& result)
{
    if (!result) {
        m_report.reset();
        m_reportView->setPlainText(result.message());
        updateButtons();
        return;
    }
    m_report = result.value();
    m_reportView->setPlainText(reportText());
    updateButtons();
}

QString ImportDialog::reportText() const
{
    if (!m_report)
        return m_failure;
    QStringList lines{m_report->summary()};
    const qsizetype shown = std::min<qsizetype>(m_report->skipped.size(), kReportLines);
    for (qsizetype i = 0; i < shown; ++i)
        lines.append(
            tr("skipped: line %1: %2").arg(m_report->skipped.at(i).line).arg(m_report->skipped.at(i).text));
    if (m_report->skipped.size() > shown)
        lines.append(tr("... and %1 more skipped rows.").arg(m_report->skipped.size() - shown));
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool readable = m_failure.isEmpty() && (m_json || !m_table.records.isEmpty());
    m_checkButton->setEnabled(readable && !running);
    m_importButton->setEnabled(readable && !running &&
                               !(m_report && !m_report->dryRun && m_report->imported > 0));
    m_closeButton->setEnabled(!running);
    m_format->setEnabled(readable && !running && !m_json);
    m_strict->setEnabled(readable && !running && !m_json);
    m_columns->setEnabled(!running);
}

void ImportDialog::reject()
{
    if (isRunning())
        return; // all or nothing: the import finishes or fails as a whole, it is not abandoned halfway
    QDialog::reject();
}

} // namespace jobdeck
