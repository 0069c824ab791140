// What the Models page's buttons do: request a rollback to a version, import a model folder.
#include "ModelsPage.h"
#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/RegistryImport.h"
#include "models/registry/VersionRollback.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/render/ThemeColors.h"
#include "ui/shell/Session.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Prompt.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <tuple>

namespace steward {

Outcome ModelsPage::requestRollback()
{
    const QString version = currentVersion();
    const QString client = currentClient();
    if (!registry() || version.isEmpty())
        return Outcome::usage(tr("select the version to return to"));
    const std::optional<QString> reason =
        Prompt::comment(this, tr("Roll back to %1").arg(version),
                        tr("Why should client %1 return to version %2? A manager other than you approves or denies the "
                           "request; the active version changes only when it is approved.")
                            .arg(client, version),
                        true, tr("Request rollback"));
    if (!reason)
        return Outcome::failed(tr("cancelled"));
    QString requestId;
    const Outcome requested = VersionRollback::request(*registry(), client, version, *reason, &requestId);
    if (!requested) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("The rollback was not requested: %1").arg(requested.message()));
        return requested;
    }
    m_messages->showMessage(
        MessageBar::Kind::Success,
        tr("Rollback of %1 to version %2 requested (request %3). A manager must approve it before it "
           "becomes active.")
            .arg(client, version, shortId(requestId)));
    session()->announceChange(QStringLiteral("rollback_request"));
    return requested;
}

void ModelsPage::chooseImportFolder()
{
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Import model folder"), Settings::value(Settings::Key::LastDirectory).toString());
    if (directory.isEmpty())
        return;
    Settings::setValue(Settings::Key::LastDirectory, directory);
    // The import shows what happened in the message bar; the outcome is for tests.
    std::ignore = importFolder(directory);
}

Outcome ModelsPage::importFolder(const QString& directory)
{
    if (isImporting())
        return Outcome::conflict(tr("An import is under way."));
    if (!Prompt::confirm(
            this, tr("Import model folder"),
            tr("Register the model versions in %1? Versions whose metadata.json names no client, and that "
               "are not in a folder named after a client, go to client %2. Versions already registered are "
               "not changed.")
                .arg(directory, currentClient()),
            tr("Import")))
        return Outcome::failed(tr("cancelled"));
    m_importProgress = new QProgressDialog(tr("Importing model versions…"), tr("Cancel"), 0, 0, this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setWindowModality(Qt::WindowModal);
    m_importProgress->setMinimumDuration(400);
    m_importProgress->setAutoReset(false);
    m_importProgress->setAutoClose(false);
    connect(m_importProgress, &QProgressDialog::canceled, m_importJobs, &JobRunner::cancel);
    const auto show = [this](int done, int total, bool writing) {
        if (!m_importProgress)
            return;
        m_importProgress->setMaximum(total);
        m_importProgress->setValue(done);
        if (writing && m_importProgress->findChild<QPushButton*>()) {
            // The transaction has begun: it runs to its end.
            m_importProgress->setLabelText(tr("Writing model versions…"));
            m_importProgress->setCancelButton(nullptr);
        }
    };
    ImportOptions options;
    options.defaultClientId = currentClient();
    const Database& database = *session()->database();
    m_importJobs->startOn<ImportReport>(
        database.target(), database.options(),
        [directory, options, show](Database& own, JobControl& control) mutable {
            options.progress = [&control, show](int done, int total) {
                control.post([show, done, total] { show(done, total, false); });
                return !control.cancelled();
            };
            options.writeProgress = [&control, show](int done, int total) {
                control.post([show, done, total] { show(done, total, true); });
            };
            return RegistryImport::importDirectory(own, directory, options);
        },
        [this](const Result<ImportReport>& report) { imported(report); });
    return Outcome::ok();
}

bool ModelsPage::isImporting() const
{
    return m_importJobs->isRunning();
}

void ModelsPage::imported(const Result<ImportReport>& report)
{
    delete m_importProgress;
    m_importProgress = nullptr;
    m_lastImport = report;
    if (!report) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Nothing was imported: %1").arg(report.failure().message()));
        emit importFinished();
        return;
    }
    const int imported = report->count(ImportItem::Status::Imported);
    const int failed = report->count(ImportItem::Status::Failed);
    QString summary = tr("%1 imported, %2 unchanged, %3 failed, %4 skipped from %5.")
                          .arg(imported)
                          .arg(report->count(ImportItem::Status::Unchanged))
                          .arg(failed)
                          .arg(report->count(ImportItem::Status::Skipped))
                          .arg(report->directory);
    const ImportReport copy = *report;
    m_messages->showMessage(failed > 0 ? MessageBar::Kind::Warning : MessageBar::Kind::Success, summary, tr("Details…"),
                            [this, copy] { showImportReport(copy); });
    if (imported > 0) {
        session()->announceChange(QStringLiteral("model_version"));
        refresh();
    }
    emit importFinished();
}

void ModelsPage::showImportReport(const ImportReport& report)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("importReport"));
    dialog->setWindowTitle(tr("Import of %1").arg(report.directory));
    auto* layout = new QVBoxLayout(dialog);
    auto* table = new QTableWidget(static_cast<int>(report.items.size()), 4, dialog);
    table->setHorizontalHeaderLabels({tr("Folder"), tr("Client / version"), tr("Result"), tr("Message")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < report.items.size(); ++i) {
        const ImportItem& item = report.items.at(i);
        table->setItem(i, 0, new QTableWidgetItem(item.folder));
        table->setItem(i, 1,
                       new QTableWidgetItem(item.clientId.isEmpty() ? item.version
                                                                    : item.clientId + QLatin1Char(':') + item.version));
        auto* status = new QTableWidgetItem(RegistryImport::statusName(item.status));
        if (item.status == ImportItem::Status::Failed)
            status->setForeground(ThemeColors::text(ThemeColors::bad()));
        table->setItem(i, 2, status);
        table->setItem(i, 3, new QTableWidgetItem(item.message));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(900, 360);
    dialog->show();
}

} // namespace steward
