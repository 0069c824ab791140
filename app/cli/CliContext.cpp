#include "CliContext.h"

#include "models/db/AppSchema.h"
#include "models/db/Database.h"

#include <QCoreApplication>

namespace steward::cli {

CliContext::CliContext(GlobalOptions global, QTextStream& out, QTextStream& err)
    : m_global(std::move(global)), m_output(m_global.format, out), m_err(err)
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
    OpenOptions options;
    options.actingUser = m_global.actingUser;
    auto opened = Database::open(*target, options);
    if (!opened)
        return opened.failure();
    m_database = opened.take();
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
