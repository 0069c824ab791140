#include "ConnectionDialog.h"

#include "models/db/Database.h"
#include "models/jobs/JobRunner.h"
#include "ui/shell/Keyring.h"
#include "ui/shell/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace steward {

ConnectionDialog::ConnectionDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Open database"));
    setObjectName(QStringLiteral("connectionDialog"));
    auto* layout = new QHBoxLayout(this);

    auto* recentBox = new QVBoxLayout;
    recentBox->addWidget(new QLabel(tr("Recent"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_recent->addItems(Settings::recentConnections());
    m_recent->setMinimumWidth(220);
    recentBox->addWidget(m_recent);
    layout->addLayout(recentBox);

    auto* main = new QVBoxLayout;
    m_tabs = new QTabWidget(this);

    auto* sqlite = new QWidget(this);
    auto* sqliteForm = new QFormLayout(sqlite);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(sqlite);
    m_path->setObjectName(QStringLiteral("sqlitePath"));
    m_path->setPlaceholderText(tr("/path/to/pipeline.sqlite"));
    auto* browse = new QPushButton(tr("Browse…"), sqlite);
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    sqliteForm->addRow(tr("File:"), pathRow);
    m_sqliteReadOnly = new QCheckBox(tr("Open read-only (the file is never modified)"), sqlite);
    m_sqliteReadOnly->setObjectName(QStringLiteral("sqliteReadOnly"));
    sqliteForm->addRow(QString(), m_sqliteReadOnly);
    m_tabs->addTab(sqlite, tr("SQLite file"));

    auto* pg = new QWidget(this);
    auto* pgForm = new QFormLayout(pg);
    m_uri = new QLineEdit(pg);
    m_uri->setObjectName(QStringLiteral("postgresUri"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database?sslmode=require"));
    pgForm->addRow(tr("URI:"), m_uri);
    m_host = new QLineEdit(QStringLiteral("localhost"), pg);
    m_port = new QSpinBox(pg);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(pg);
    m_user = new QLineEdit(pg);
    m_password = new QLineEdit(pg);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("postgresPassword"));
    m_sslMode = new QComboBox(pg);
    m_sslMode->addItems({QStringLiteral("prefer"), QStringLiteral("disable"), QStringLiteral("require"),
                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_pgReadOnly = new QCheckBox(tr("Read-only session"), pg);
    m_remember = new QCheckBox(tr("Remember the password in the desktop keyring"), pg);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("Kept by the desktop's keyring (GNOME Keyring, KWallet), never in Steward's settings."));
    pgForm->addRow(tr("Host:"), m_host);
    pgForm->addRow(tr("Port:"), m_port);
    pgForm->addRow(tr("Database:"), m_database);
    pgForm->addRow(tr("User:"), m_user);
    pgForm->addRow(tr("Password:"), m_password);
    pgForm->addRow(tr("SSL mode:"), m_sslMode);
    pgForm->addRow(QString(), m_pgReadOnly);
    pgForm->addRow(QString(), m_remember);
    m_tabs->addTab(pg, tr("PostgreSQL"));
    main->addWidget(m_tabs);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    main->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto* test = buttons->addButton(tr("Test connection"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testConnection"));
    m_test = test;
    m_open = buttons->button(QDialogButtonBox::Open);
    m_tester = new JobRunner(this);
    main->addWidget(buttons);
    layout->addLayout(main, 1);

    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_uri, &QLineEdit::editingFinished, this, &ConnectionDialog::applyUri);
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { useRecent(item->text()); });
    connect(m_recent, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        useRecent(item->text());
        accept();
    });
    resize(720, 380);
}

void ConnectionDialog::browse()
{
    const QString start =
        m_path->text().isEmpty() ? Settings::value(Settings::Key::LastDirectory).toString() : m_path->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open SQLite database"), start,
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!file.isEmpty()) {
        m_path->setText(file);
        Settings::setValue(Settings::Key::LastDirectory, QFileInfo(file).absolutePath());
    }
}

void ConnectionDialog::applyUri()
{
    if (m_uri->text().trimmed().isEmpty())
        return;
    auto parsed = ConnectionTarget::parse(m_uri->text());
    if (!parsed || parsed->backend != Backend::Postgres) {
        m_result->setText(tr("Not a PostgreSQL URI: expected postgresql://user@host:port/database"));
        return;
    }
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port);
    m_database->setText(parsed->database);
    m_user->setText(parsed->user);
    if (!parsed->password.isEmpty())
        m_password->setText(parsed->password);
    const int ssl = m_sslMode->findText(parsed->options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
    m_sslMode->setCurrentIndex(qMax(0, ssl));
    // The URI field shows the URI without its password, which now lives in the password field.
    ConnectionTarget shown = *parsed;
    m_uri->setText(shown.persistentForm());
}

void ConnectionDialog::useRecent(const QString& persistentForm)
{
    auto parsed = ConnectionTarget::parse(persistentForm);
    if (parsed)
        setTarget(*parsed);
}

void ConnectionDialog::setTarget(const ConnectionTarget& target)
{
    if (target.backend == Backend::Sqlite) {
        m_tabs->setCurrentIndex(0);
        m_path->setText(target.sqlitePath);
        m_sqliteReadOnly->setChecked(target.readOnly);
        return;
    }
    m_tabs->setCurrentIndex(1);
    m_uri->setText(target.persistentForm());
    m_host->setText(target.host);
    m_port->setValue(target.port);
    m_database->setText(target.database);
    m_user->setText(target.user);
    m_password->setText(target.password);
    m_pgReadOnly->setChecked(target.readOnly);
    m_passwordFromKeyring = false;
    m_remember->setChecked(false);
    if (target.password.isEmpty()) {
        // Filled in when the keyring answers, unless a password was typed or another server
        // chosen meanwhile.
        const QString uri = m_uri->text();
        Keyring::password(target, this, [this, uri](const std::optional<QString>& stored) {
            if (!stored || !m_password->text().isEmpty() || m_uri->text() != uri)
                return;
            m_password->setText(*stored);
            m_passwordFromKeyring = true;
            m_remember->setChecked(true);
        });
    }
}

Result<ConnectionTarget> ConnectionDialog::target() const
{
    ConnectionTarget target;
    if (m_tabs->currentIndex() == 0) {
        if (m_path->text().trimmed().isEmpty())
            return Outcome::usage(tr("Choose a SQLite file."));
        target.backend = Backend::Sqlite;
        target.sqlitePath = m_path->text().trimmed();
        target.readOnly = m_sqliteReadOnly->isChecked();
        return target;
    }
    target.backend = Backend::Postgres;
    target.host = m_host->text().trimmed();
    target.port = m_port->value();
    target.database = m_database->text().trimmed();
    target.user = m_user->text().trimmed();
    target.password = m_password->text();
    if (m_sslMode->currentText() != QLatin1String("prefer"))
        target.options.insert(QStringLiteral("sslmode"), m_sslMode->currentText());
    target.readOnly = m_pgReadOnly->isChecked();
    if (target.database.isEmpty())
        target.database = target.user.isEmpty() ? QStringLiteral("postgres") : target.user;
    return target;
}

void ConnectionDialog::setOpener(Opener opener, std::function<void()> cancel)
{
    m_opener = std::move(opener);
    m_cancelOpening = std::move(cancel);
}

bool ConnectionDialog::isConnecting() const
{
    return m_opening || m_tester->isRunning();
}

void ConnectionDialog::setConnecting(bool connecting)
{
    m_tabs->setEnabled(!connecting);
    m_recent->setEnabled(!connecting);
    m_open->setEnabled(!connecting);
    m_test->setEnabled(!connecting);
}

void ConnectionDialog::testConnection()
{
    auto entered = target();
    if (!entered) {
        m_result->setText(entered.failure().message());
        return;
    }
    ConnectionTarget probe = *entered;
    probe.readOnly = true; // a test never writes
    m_result->setText(tr("Connecting…"));
    setConnecting(true);
    // Off the window's thread: a server far away, or one that does not answer, takes a while.
    m_tester->start<Result<QString>>(
        [probe](JobControl&) -> Result<QString> {
            auto opened = Database::open(probe);
            if (!opened)
                return opened.failure();
            return (*opened)->actingUser();
        },
        [this](const Result<QString>& user) {
            setConnecting(false);
            if (user)
                m_result->setText(tr("✔ Connected as %1.").arg(*user));
            else
                m_result->setText(tr("✘ %1").arg(user.failure().message()));
        });
}

void ConnectionDialog::accept()
{
    auto entered = target();
    if (!entered) {
        m_result->setText(entered.failure().message());
        return;
    }
    if (!m_opener) {
        finishAccepting(*entered);
        return;
    }
    m_tester->abandon();
    m_opening = true;
    m_result->setText(tr("Connecting…"));
    setConnecting(true);
    m_opener(*entered, [dialog = QPointer<ConnectionDialog>(this), target = *entered](const Outcome& opened) {
        if (!dialog || !dialog->m_opening)
            return;
        dialog->m_opening = false;
        dialog->setConnecting(false);
        if (!opened) {
            dialog->m_result->setText(tr("✘ %1").arg(opened.message()));
            return;
        }
        dialog->finishAccepting(target);
    });
}

void ConnectionDialog::finishAccepting(const ConnectionTarget& target)
{
    if (target.backend == Backend::Postgres)
        updateKeyring(target);
    QDialog::accept();
}

void ConnectionDialog::reject()
{
    m_tester->abandon();
    if (m_opening && m_cancelOpening)
        m_cancelOpening();
    m_opening = false;
    QDialog::reject();
}

void ConnectionDialog::updateKeyring(const ConnectionTarget& target)
{
    // The dialog closes now; the keyring's answer goes to the window behind it.
    QWidget* window = parentWidget();
    QObject* context = window ? static_cast<QObject*>(window) : QCoreApplication::instance();
    const Keyring::Done warnOnFailure = [window](const Outcome& kept) {
        if (!kept)
            QMessageBox::warning(window, tr("Keyring"), tr("The connection is open, but %1.").arg(kept.message()));
    };
    if (m_remember->isChecked() && !target.password.isEmpty())
        Keyring::store(target, target.password, context, warnOnFailure);
    else if (!m_remember->isChecked() && m_passwordFromKeyring)
        Keyring::forget(target, context, warnOnFailure); // it was remembered, and now it should not be
}

QString ConnectionDialog::resultText() const
{
    return m_result->text();
}

void ConnectionDialog::setResultText(const QString& text)
{
    m_result->setText(text);
}

} // namespace steward
