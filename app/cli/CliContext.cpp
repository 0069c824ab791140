#include "CliContext.h"

#include "CliText.h"
#include "models/db/AppSchema.h"
#include "models/db/ConnectionSecrets.h"
#include "models/db/Database.h"
#include "models/db/SearchIndex.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/profiles/BuiltInProfiles.h"
#include "models/review/SuggestionArrivals.h"

#include <QCoreApplication>

namespace steward::cli {

namespace {
using Text = CliText;
} // namespace

CliContext::CliContext(GlobalOptions global, QTextStream& out, QTextStream& err)
    : m_global(std::move(global)), m_output(m_global.format, out, m_global.raw), m_err(err)
{
}

CliContext::~CliContext() = default;

Result<Database*> CliContext::database()
{
    if (m_database)
        return m_database.get();
    auto target = ConnectionTarget::parse(m_global.database);
    if (!target)
        return target.failure();
    target->readOnly = m_global.readOnly;
    if (hasInlineSecret(*target) && !m_warnedAboutSecret) {
        m_warnedAboutSecret = true;
        // Any user can read a command line (ps); a variable ends up in scripts and shell histories.
        // libpq reads PGPASSWORD and ~/.pgpass on its own.
        m_err << "steward-cli: warning: "
              << Text::tr("the password in %1 is visible to other users of this machine; use PGPASSWORD or ~/.pgpass "
                          "instead")
                     .arg(m_global.databaseFromOption ? QStringLiteral("--db") : QStringLiteral("STEWARD_DB"))
              << Qt::endl;
    }
    OpenOptions options;
    options.actingUser = m_global.actingUser;
    options.timeBudgetMs = m_global.timeLimitSeconds * 1000;
    if (!m_global.profile.isEmpty()) {
        // A mistyped name or a broken file is a usage error before anything is opened.
        if (auto profile = BuiltInProfiles::resolve(m_global.profile); !profile)
            return profile.failure();
        options.profile = m_global.profile;
    }
    auto opened = Database::open(*target, options);
    if (!opened)
        return opened.failure();
    m_database = opened.take();
    // Rows the pipeline added since are indexed now; a failure leaves them to the scan that
    // search does past the index, so it does not stop the command.
    std::ignore = SearchIndex::catchUp(*m_database);
    // And the daily rollups: behind their tables, summaries take their other paths.
    std::ignore = MonitoringIndexes::catchUpRollups(*m_database);
    // Likewise the time Steward first saw each new suggestion (SuggestionArrivals); without it
    // the rows show no age, which is what a read-only opening shows too.
    std::ignore = SuggestionArrivals::catchUp(*m_database);
    return m_database.get();
}

Result<Database*> CliContext::appDatabase()
{
    auto db = database();
    if (!db)
        return db;
    if (Outcome current = AppSchema::requireCurrent(**db); !current)
        return current;
    return db;
}

} // namespace steward::cli
