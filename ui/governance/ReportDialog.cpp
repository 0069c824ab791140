#include "ReportDialog.h"

#include "ui/render/report/ReportWriter.h"
#include "ui/shell/Settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace steward {

ReportDialog::ReportDialog(const QStringList& clients, const QString& allClients, const QDate& lastDay, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export compliance report"));
    auto* form = new QFormLayout(this);
    m_since = new QDateEdit(lastDay.addDays(-29), this);
    m_since->setObjectName(QStringLiteral("reportSince"));
    m_until = new QDateEdit(lastDay, this);
    m_until->setObjectName(QStringLiteral("reportUntil"));
    for (QDateEdit* edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("reportClient"));
    m_client->addItem(allClients, QString());
    for (const QString& client : clients)
        m_client->addItem(client, client);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    const QString directory = Settings::value(Settings::Key::LastDirectory).toString();
    m_path->setText(QDir(directory.isEmpty() ? QDir::homePath() : directory)
                        .filePath(QStringLiteral("compliance-report-%1.pdf").arg(lastDay.toString(Qt::ISODate))));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&From (UTC)"), m_since);
    form->addRow(tr("&To (UTC, inclusive)"), m_until);
    form->addRow(tr("&Client"), m_client);
    form->addRow(tr("&Save as"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    form->addRow(buttons);
    resize(520, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::validate);
    connect(m_since, &QDateEdit::dateChanged, this, &ReportDialog::validate);
    connect(m_until, &QDateEdit::dateChanged, this, &ReportDialog::validate);
    validate();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.since = m_since->date();
    options.until = m_until->date();
    options.clientId = m_client->currentData().toString();
    return options;
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

void ReportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the report as"), path(),
                                                        tr("PDF (*.pdf);;HTML (*.html);;CSV (*.csv)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ReportDialog::validate()
{
    QString why;
    if (m_since->date() > m_until->date())
        why = tr("The period starts after it ends.");
    else if (path().isEmpty())
        why = tr("Choose where to save the report.");
    else if (auto format = ReportWriter::formatFor(path()); !format)
        why = tr("The file name must end in .pdf, .html or .csv.");
    else if (!QFileInfo(QFileInfo(path()).absolutePath()).isDir())
        why = tr("The folder %1 does not exist.").arg(QFileInfo(path()).absolutePath());
    m_ok->setEnabled(why.isEmpty());
    m_ok->setToolTip(why);
}

} // namespace steward
