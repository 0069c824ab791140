#include "ExportSnapshotDialog.h"

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "ui/render/ThemeColors.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

ExportSnapshotDialog::ExportSnapshotDialog(QWidget* parent) : QDialog(parent), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("exportSnapshotDialog"));
    setWindowTitle(tr("Export snapshot"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_source = new QLabel(this);
    m_destination = new QLabel(this);
    for (QLabel* label : {m_source, m_destination}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    form->addRow(tr("From:"), m_source);
    form->addRow(tr("To:"), m_destination);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2 + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);
    auto* explanation = new QLabel(tr("The snapshot is one SQLite file with every table, secrets left out, and a "
                                      "manifest of row counts and SHA-256 digests that anyone can check offline."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setStyleSheet(QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::muted())));
    layout->addWidget(explanation);
    auto* buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open snapshot"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("exportOpenButton"));
    m_open->hide();
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("exportCancelButton"));
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ExportSnapshotDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openRequested(m_path);
        accept();
    });
    resize(560, sizeHint().height());
}

ExportSnapshotDialog::~ExportSnapshotDialog() = default;

void ExportSnapshotDialog::start(ConnectionTarget source, const QString& actingUser, const QString& path,
                                 bool overwrite)
{
    m_path = path;
    m_outcome = Outcome::ok();
    m_manifest.reset();
    m_running = true;
    m_source->setText(source.displayName());
    m_destination->setText(path);
    m_status->setText(tr("Starting: opening a connection of its own and one consistent read of the database…"));
    m_progress->setValue(0);
    m_cancel->setText(tr("Cancel"));
    m_open->hide();
    source.readOnly = true;
    OpenOptions options;
    options.actingUser = source.backend == Backend::Sqlite ? actingUser : QString();
    m_jobs->startOn<SnapshotManifest>(
        source, options,
        [this, path, overwrite](Database& database, JobControl& control) {
            QElapsedTimer sinceReport;
            sinceReport.start();
            ExportOptions exportOptions;
            exportOptions.overwrite = overwrite;
            exportOptions.progress = [&](const ExportProgress& progress) {
                if (sinceReport.elapsed() >= 40) {
                    sinceReport.restart();
                    control.post([this, progress] { showProgress(progress); });
                }
                return !control.cancelled();
            };
            return SnapshotExport::write(database, path, exportOptions);
        },
        [this](const Result<SnapshotManifest>& result) { finish(result); });
}

int ExportSnapshotDialog::progressValue() const
{
    return m_progress->value();
}

QString ExportSnapshotDialog::statusText() const
{
    return m_status->text();
}

void ExportSnapshotDialog::showProgress(const ExportProgress& progress)
{
    if (!m_running)
        return;
    m_progress->setValue(static_cast<int>(progress.fraction() * 1000));
    const QLocale locale;
    m_status->setText(tr("Copying %1 (table %2 of %3) · %4 of %5 rows")
                          .arg(progress.table)
                          .arg(progress.tableIndex + 1)
                          .arg(progress.tableCount)
                          .arg(locale.toString(progress.rowsDone), locale.toString(progress.rowsTotal)));
}

void ExportSnapshotDialog::finish(const Result<SnapshotManifest>& result)
{
    m_running = false;
    m_cancel->setText(tr("Close"));
    m_cancel->setEnabled(true);
    if (!result) {
        m_outcome = result.failure();
        m_status->setText(tr("<b>No snapshot was written.</b> %1").arg(m_outcome.message().toHtmlEscaped()));
        m_status->setStyleSheet(
            QStringLiteral("color: %1;").arg(ThemeColors::css(ThemeColors::windowText(QColor(0xa1, 0x2a, 0x16)))));
        emit exportFinished(false);
        return;
    }
    m_manifest = *result;
    m_progress->setValue(m_progress->maximum());
    m_status->setStyleSheet(QString());
    m_status->setText(tr("<b>Snapshot written.</b> %1 tables, %2 rows, each with its SHA-256 digest in the manifest.")
                          .arg(m_manifest->tables.size())
                          .arg(QLocale().toString(m_manifest->totalRows())));
    m_open->show();
    m_open->setDefault(true);
    emit exportFinished(true);
}

void ExportSnapshotDialog::cancel()
{
    if (!m_running)
        return;
    m_status->setText(tr("Cancelling: removing what was written…"));
    m_cancel->setEnabled(false);
    m_jobs->cancel();
}

void ExportSnapshotDialog::reject()
{
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace steward
