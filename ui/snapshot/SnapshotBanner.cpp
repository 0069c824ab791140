#include "SnapshotBanner.h"

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "models/values/TimeText.h"
#include "ui/render/ReadableColor.h"
#include "ui/render/ThemeColors.h"
#include "ui/shell/Session.h"
#include "ui/shell/UiResources.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {

namespace {
QString exportedText(const SnapshotManifest& manifest)
{
    return TimeText::minutesUtc(manifest.exportedAt);
}
} // namespace

SnapshotBanner::SnapshotBanner(Session* session, QWidget* parent)
    : QFrame(parent), m_session(session), m_jobs(new JobRunner(this))
{
    initUiResources();
    setObjectName(QStringLiteral("snapshotBanner"));
    setAttribute(Qt::WA_StyledBackground, true);
    const QColor accent(0x3d, 0x6e, 0xa8);
    setStyleSheet(QStringLiteral("#snapshotBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "#snapshotBanner QLabel { color: palette(text); }")
                      .arg(ThemeColors::css(ThemeColors::tint(accent)), ThemeColors::css(ThemeColors::edge(accent))));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/snapshot.svg")).pixmap(22, 22));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("snapshotBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("snapshotBannerStatus"));
    m_details = new QToolButton(this);
    m_details->setObjectName(QStringLiteral("snapshotBannerDetails"));
    m_details->setText(tr("Details…"));
    m_details->setToolTip(
        tr("Each table's row count and digest, as the manifest records them and as the file holds them"));
    m_details->setAutoRaise(true);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    connect(m_details, &QToolButton::clicked, this, &SnapshotBanner::showDetails);
    connect(session, &Session::opened, this, &SnapshotBanner::sessionOpened);
    connect(session, &Session::closed, this, &SnapshotBanner::sessionClosed);
    hide();
}

SnapshotBanner::~SnapshotBanner() = default;

QString SnapshotBanner::text() const
{
    return m_text->text();
}

QString SnapshotBanner::verificationText() const
{
    return m_status->text();
}

void SnapshotBanner::sessionClosed()
{
    m_jobs->abandon(); // a result from an earlier opening is dropped
    m_manifest.reset();
    m_report.reset();
    m_verification = Verification::None;
    hide();
}

void SnapshotBanner::sessionOpened()
{
    sessionClosed();
    Database* database = m_session->database();
    if (!database || !database->isSqlite())
        return;
    auto manifest = SnapshotManifestStore::read(*database);
    if (!manifest) {
        m_text->setText(tr("<b>This file carries a damaged snapshot manifest.</b> %1")
                            .arg(manifest.failure().message().toHtmlEscaped()));
        setVerification(Verification::Failed, tr("✗ Cannot be verified"));
        show();
        return;
    }
    if (!*manifest)
        return;
    m_manifest = *manifest;
    const SnapshotManifest& m = *m_manifest;
    m_text->setText(
        tr("<b>Read-only snapshot</b> of %1 · exported %2 by <b>%3</b> with Steward %4 · %5 tables, "
           "%6 rows · time left and ages as of the export")
            .arg(m.source.toHtmlEscaped(), exportedText(m), m.exportedBy.toHtmlEscaped(), m.appVersion.toHtmlEscaped())
            .arg(m.tables.size())
            .arg(QLocale().toString(m.totalRows())));
    setVerification(Verification::Running, tr("Verifying digests…"));
    show();

    // The check reads every row: on a connection of its own, off the GUI thread.
    ConnectionTarget target = database->target();
    target.readOnly = true;
    OpenOptions options;
    options.untrusted = true;
    m_jobs->startOn<CheckReport>(
        target, options,
        [](Database& opened, JobControl& control) {
            CheckOptions checkOptions;
            checkOptions.integrity = false; // opening ran quick_check already
            checkOptions.progress = [&control](const QString&, int, int) { return !control.cancelled(); };
            return SnapshotCheck::run(opened, checkOptions);
        },
        [this](const Result<CheckReport>& result) { verified(result); });
}

void SnapshotBanner::verified(const Result<CheckReport>& result)
{
    if (!m_manifest)
        return;
    if (!result) {
        setVerification(Verification::Failed, tr("✗ Digests could not be checked"));
        m_status->setToolTip(result.failure().message());
        emit verificationFinished(false);
        return;
    }
    m_report = *result;
    if (m_report->ok()) {
        setVerification(Verification::Verified, tr("✓ Digests verify"));
        m_status->setToolTip(tr("Every table's rows match the SHA-256 digest recorded at export."));
        emit verificationFinished(true);
    } else {
        const QStringList bad = m_report->mismatchedTables();
        setVerification(Verification::Failed, bad.isEmpty()
                                                  ? tr("✗ Does not verify")
                                                  : tr("✗ Does not verify: %1").arg(bad.join(QStringLiteral(", "))));
        m_status->setToolTip(m_report->problemText());
        emit verificationFinished(false);
    }
}

void SnapshotBanner::setVerification(Verification state, const QString& text)
{
    m_verification = state;
    m_status->setText(text);
    // On the banner's wash, green for a snapshot that verifies and red for one that does not.
    const QColor banner = ThemeColors::tint(QColor(0x3d, 0x6e, 0xa8));
    QColor color = palette().color(QPalette::Text);
    if (state == Verification::Verified)
        color = ReadableColor::on(QColor(0x1e, 0x7b, 0x34), banner);
    else if (state == Verification::Failed)
        color = ReadableColor::on(QColor(0xa1, 0x2a, 0x16), banner);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(ThemeColors::css(color)));
    m_details->setVisible(state == Verification::Verified || state == Verification::Failed);
}

void SnapshotBanner::showDetails()
{
    if (!m_manifest)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("snapshotDetails"));
    dialog.setWindowTitle(tr("Snapshot manifest"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(m_text->text(), &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<SnapshotTableEntry>& entries = m_manifest->tables;
    auto* table = new QTableWidget(static_cast<int>(entries.size()), 5, &dialog);
    table->setHorizontalHeaderLabels(
        {tr("Table"), tr("Rows"), tr("SHA-256 (manifest)"), tr("Verified"), tr("Secrets left out")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    for (int i = 0; i < entries.size(); ++i) {
        const SnapshotTableEntry& entry = entries.at(i);
        QString verifiedText = tr("not checked");
        if (m_report) {
            verifiedText = tr("yes");
            for (const TableCheck& check : m_report->tables) {
                if (check.name == entry.name && !check.ok())
                    verifiedText = check.problem;
            }
        }
        table->setItem(i, 0, new QTableWidgetItem(entry.name));
        auto* rows = new QTableWidgetItem(QLocale().toString(entry.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 1, rows);
        table->setItem(i, 2, new QTableWidgetItem(entry.sha256));
        table->setItem(i, 3, new QTableWidgetItem(verifiedText));
        table->setItem(i, 4, new QTableWidgetItem(entry.redactedColumns.join(QStringLiteral(", "))));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(980, 560);
    dialog.exec();
}

} // namespace steward
