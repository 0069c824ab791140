#include "WriteDemoDialog.h"

#include "models/demo/DemoGenerator.h"
#include "models/jobs/JobRunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace steward {

WriteDemoDialog::WriteDemoDialog(QWidget* parent) : QDialog(parent), m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::progress, this, &WriteDemoDialog::showProgress);
    setObjectName(QStringLiteral("writeDemoDialog"));
    setWindowTitle(tr("Write a demo database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A demo database holds a pipeline's tables filled with realistic data in every "
                                "workflow state, and Steward's own tables with four people: alice and carol "
                                "(analysts), bob (manager) and dave (viewer). You are its admin."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_system = new QComboBox(this);
    m_system->setObjectName(QStringLiteral("demoSystem"));
    m_system->addItem(tr("Forecasting pipeline"), QStringLiteral("pipeline"));
    m_system->addItem(QStringLiteral("UrutiIQ"), QStringLiteral("urutiiq"));
    m_system->addItem(QStringLiteral("WITHIN"), QStringLiteral("within"));
    m_system->addItem(QStringLiteral("Krong Thai"), QStringLiteral("krongthai"));
    form->addRow(tr("System:"), m_system);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(suggestedPath(), this);
    m_path->setObjectName(QStringLiteral("demoPath"));
    m_browse = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(tr("New file:"), pathRow);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("demoStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2 + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(this);
    m_write = buttons->addButton(tr("Write and open"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("demoWriteButton"));
    m_write->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_browse, &QPushButton::clicked, this, &WriteDemoDialog::browse);
    connect(m_write, &QPushButton::clicked, this, &WriteDemoDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &WriteDemoDialog::reject);
    resize(560, sizeHint().height());
}

WriteDemoDialog::~WriteDemoDialog() = default;

QString WriteDemoDialog::suggestedPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QDir dir(folder);
    QString path = dir.filePath(QStringLiteral("steward-demo.sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("steward-demo-%1.sqlite").arg(n));
    return path;
}

void WriteDemoDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

QString WriteDemoDialog::path() const
{
    return m_path->text().trimmed();
}

QString WriteDemoDialog::statusText() const
{
    return m_status->text();
}

void WriteDemoDialog::browse()
{
    // The generator never overwrites: ask for a new name, not for permission to replace.
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Write a demo database"), path(), tr("SQLite databases (*.sqlite *.db)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void WriteDemoDialog::start()
{
    if (m_running)
        return;
    const QString file = path();
    if (file.isEmpty()) {
        m_status->setText(tr("Choose where to write the demo."));
        return;
    }
    m_running = true;
    m_outcome = Outcome::ok();
    m_write->setEnabled(false);
    m_system->setEnabled(false);
    m_path->setEnabled(false);
    m_browse->setEnabled(false);
    m_progress->setValue(0);
    m_status->setText(tr("Writing…"));
    DemoOptions options;
    options.system = m_system->currentData().toString();
    m_jobs->start<Outcome>(
        [file, options](JobControl& control) mutable {
            options.progress = [&control](const QString& stage, double fraction) {
                control.progress(stage, fraction);
                return !control.cancelled();
            };
            const auto written = DemoGenerator::writeSqliteFile(file, options);
            return written ? Outcome::ok() : written.failure();
        },
        [this](const Outcome& outcome) { finish(outcome); });
}

void WriteDemoDialog::showProgress(const QString& stage, double fraction)
{
    if (!m_running)
        return;
    m_progress->setValue(static_cast<int>(fraction * 1000));
    m_status->setText(tr("Writing %1…").arg(stage));
}

void WriteDemoDialog::finish(const Outcome& outcome)
{
    m_running = false;
    m_outcome = outcome;
    m_cancel->setEnabled(true);
    if (m_cancelRequested) {
        m_cancelRequested = false;
        QDialog::reject();
        return;
    }
    if (!outcome) {
        m_write->setEnabled(true);
        m_system->setEnabled(true);
        m_path->setEnabled(true);
        m_browse->setEnabled(true);
        m_status->setText(tr("<b>No demo was written.</b> %1").arg(outcome.message().toHtmlEscaped()));
        return;
    }
    m_progress->setValue(m_progress->maximum());
    emit openRequested(path());
    accept();
}

void WriteDemoDialog::reject()
{
    if (m_running) {
        m_status->setText(tr("Cancelling: removing what was written…"));
        m_cancel->setEnabled(false);
        m_cancelRequested = true;
        m_jobs->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace steward
