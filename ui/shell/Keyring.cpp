#include "Keyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <memory>
#include <qt6keychain/keychain.h>

namespace steward::Keyring {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
};

const QString kService = QStringLiteral("Steward");

QString keyFor(const ConnectionTarget& target)
{
    ConnectionTarget withoutPassword = target;
    withoutPassword.password.clear();
    withoutPassword.readOnly = false;
    return withoutPassword.persistentForm();
}

// Runs a keychain job to its end; the jobs themselves only report asynchronously.
void runToEnd(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

std::optional<QString> password(const ConnectionTarget& target)
{
    if (target.backend != Backend::Postgres)
        return std::nullopt;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyFor(target));
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

Outcome store(const ConnectionTarget& target, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyFor(target));
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return Outcome::failed(Text::tr("the password was not saved in the keyring: %1").arg(job.errorString()));
    return Outcome::ok();
}

Outcome forget(const ConnectionTarget& target)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyFor(target));
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Outcome::failed(
            Text::tr("the password could not be removed from the keyring: %1").arg(job.errorString()));
    return Outcome::ok();
}

} // namespace steward::Keyring
