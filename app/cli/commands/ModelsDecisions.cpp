// models request-rollback and models import-dir: the registry commands that change something,
#include "models/workflow/Workflow.h"
// each through the one transition-and-audit mechanism.
#include "CliContext.h"
#include "CliText.h"
#include "commands/ModelsSupport.h"
#include "models/db/Database.h"
#include "models/registry/RegistryImport.h"
#include "models/registry/VersionRollback.h"

#include <QCoreApplication>

namespace steward::cli {

namespace {
using Text = CliText;
} // namespace

Outcome runModelsRequestRollback(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli models request-rollback VERSION --client C --comment TEXT");
    if (Outcome parsed = arguments.parse({{QStringLiteral("client")}, {QStringLiteral("comment")}}, 1, 1, usage);
        !parsed)
        return parsed;
    if (!arguments.has(QStringLiteral("client")))
        return Outcome::usage(Text::tr("--client is required (usage: %1)").arg(usage));
    if (arguments.value(QStringLiteral("comment")).trimmed().isEmpty())
        return Outcome::usage(
            Text::tr("--comment is required: say why the version should be rolled back to (usage: %1)").arg(usage));
    auto opened = RegistryAccess::open(context, true);
    if (!opened)
        return opened.failure();
    const QString client = arguments.value(QStringLiteral("client"));
    const QString version = arguments.positional(0);
    auto before = (*opened)->registry().activeVersion(client);
    if (!before)
        return before.failure();
    QString requestId;
    if (Outcome requested = VersionRollback::request((*opened)->registry(), client, version,
                                                     arguments.value(QStringLiteral("comment")), &requestId);
        !requested)
        return requested;
    context.output().printObject({{QStringLiteral("request_id"), requestId},
                                  {QStringLiteral("client_id"), client},
                                  {QStringLiteral("model_version"), version},
                                  {QStringLiteral("active_version"), before->version},
                                  {QStringLiteral("status"), stateName(RollbackRequestState::Requested)},
                                  {QStringLiteral("requested_by"), (*opened)->database().actingUser()}});
    context.output().note(
        Text::tr("A manager other than you must approve it: steward-cli rollbacks approve %1").arg(requestId));
    return Outcome::ok();
}

Outcome runModelsImportDir(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli models import-dir DIR [--client C]");
    if (Outcome parsed = arguments.parse({{QStringLiteral("client")}}, 1, 1, usage); !parsed)
        return parsed;
    auto opened = RegistryAccess::open(context, true);
    if (!opened)
        return opened.failure();
    ImportOptions options;
    options.clientId = arguments.value(QStringLiteral("client"));
    auto report = RegistryImport::importDirectory((*opened)->database(), arguments.positional(0), options);
    if (!report)
        return report.failure();
    OutputTable table;
    table.columns = QStringList{QStringLiteral("folder"), QStringLiteral("client_id"), QStringLiteral("model_version"),
                                QStringLiteral("status"), QStringLiteral("message")};
    for (const ImportItem& item : report->items) {
        table.rows << QList<QJsonValue>{
            item.folder, item.clientId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.clientId),
            item.version.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.version),
            RegistryImport::statusName(item.status), item.message};
    }
    context.output().printList(table);
    const int failed = report->count(ImportItem::Status::Failed);
    context.output().note(Text::tr("%1 imported, %2 unchanged, %3 failed, %4 skipped.")
                              .arg(report->count(ImportItem::Status::Imported))
                              .arg(report->count(ImportItem::Status::Unchanged))
                              .arg(failed)
                              .arg(report->count(ImportItem::Status::Skipped)));
    if (failed > 0)
        return Outcome::failed(Text::tr("%1 of %2 folders were not imported (see the list above); the others were")
                                   .arg(failed)
                                   .arg(report->items.size()));
    return Outcome::ok();
}

} // namespace steward::cli
