// export, check and diff: snapshots for inspection away from the server.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "models/db/Database.h"
#include "models/snapshot/SnapshotCheck.h"
#include "models/snapshot/SnapshotDiff.h"
#include "models/snapshot/SnapshotExport.h"
#include "models/values/CellValue.h"
#include "models/values/VisibleText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <csignal>
#include <unistd.h>

namespace steward::cli {

namespace {
using Text = CliText;

volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int)
{
    interrupted = 1;
}

// Ctrl+C or a polite kill cancels the export, which then removes what it had written.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        interrupted = 0;
        m_int = std::signal(SIGINT, &onInterrupt);
        m_term = std::signal(SIGTERM, &onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

OutputObject manifestFields(const SnapshotManifest& manifest)
{
    return {{QStringLiteral("source"), manifest.source},
            {QStringLiteral("source_backend"), manifest.sourceBackend},
            {QStringLiteral("exported_at"), timestampText(manifest.exportedAt)},
            {QStringLiteral("exported_by"), manifest.exportedBy},
            {QStringLiteral("app_version"), manifest.appVersion},
            {QStringLiteral("profile"),
             manifest.profile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(manifest.profile)},
            {QStringLiteral("digest"), manifest.digest}};
}
} // namespace

Outcome runExport(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli [--db TARGET] export OUT.sqlite [--overwrite]");
    if (Outcome parsed = arguments.parse({{QStringLiteral("overwrite"), false}}, 1, 1, usage); !parsed)
        return parsed;
    auto db = context.database();
    if (!db)
        return db.failure();

    InterruptGuard guard;
    const bool showProgress = context.output().format() == OutputFormat::Table && isatty(STDERR_FILENO);
    int lastPercent = -1;
    ExportOptions options;
    options.overwrite = arguments.has(QStringLiteral("overwrite"));
    options.progress = [&](const ExportProgress& progress) {
        const int percent = static_cast<int>(progress.fraction() * 100);
        if (showProgress && percent != lastPercent) {
            context.err()
                << QStringLiteral("\r%1% %2   ").arg(percent, 3).arg(VisibleText::escapeControls(progress.table));
            context.err().flush();
            lastPercent = percent;
        }
        return interrupted == 0;
    };
    QElapsedTimer timer;
    timer.start();
    const QString out = arguments.positional(0);
    auto manifest = SnapshotExport::write(**db, out, options);
    if (showProgress)
        context.err() << "\r" << QString(60, QLatin1Char(' ')) << "\r";
    if (!manifest)
        return manifest.failure();

    QJsonArray tables;
    for (const SnapshotTableEntry& entry : manifest->tables) {
        tables << QJsonObject{{QStringLiteral("table"), entry.name},
                              {QStringLiteral("rows"), entry.rows},
                              {QStringLiteral("sha256"), entry.sha256},
                              {QStringLiteral("redacted"), entry.redactedColumns.join(QStringLiteral(", "))}};
    }
    OutputObject object{{QStringLiteral("file"), out}};
    object << manifestFields(*manifest);
    object << qMakePair(QStringLiteral("tables"), QJsonValue(tables));
    context.output().printObject(object);
    context.output().note(Text::tr("Wrote %1: %2 tables, %3 rows in %4 s.")
                              .arg(out)
                              .arg(manifest->tables.size())
                              .arg(manifest->totalRows())
                              .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Outcome::ok();
}

Outcome runCheck(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli check FILE");
    if (Outcome parsed = arguments.parse({}, 1, 1, usage); !parsed)
        return parsed;
    const QString path = arguments.positional(0);
    auto report = SnapshotCheck::runOnFile(path);
    if (!report)
        return report.failure();

    QJsonArray tables;
    for (const TableCheck& table : report->tables) {
        tables << QJsonObject{{QStringLiteral("table"), table.name},
                              {QStringLiteral("rows"),
                               table.actualRows >= 0 ? QJsonValue(table.actualRows) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("manifest_rows"),
                               table.expectedRows >= 0 ? QJsonValue(table.expectedRows) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("verified"), table.ok()},
                              {QStringLiteral("problem"), table.problem}};
    }
    OutputObject object{{QStringLiteral("file"), path},
                        {QStringLiteral("verified"), report->ok()},
                        {QStringLiteral("integrity"), report->integrityOk()
                                                          ? QStringLiteral("ok")
                                                          : report->integrityProblems.join(QStringLiteral("; "))},
                        {QStringLiteral("manifest"), report->manifest.has_value()}};
    if (report->manifest)
        object << manifestFields(*report->manifest);
    object << qMakePair(QStringLiteral("tables"), QJsonValue(tables));
    context.output().printObject(object);
    if (!report->ok())
        return Outcome::cannotOpen(Text::tr("%1 does not verify: %2").arg(path, report->problemText()));
    context.output().note(Text::tr("%1 verifies: integrity ok, %2 tables match their manifest digests.")
                              .arg(path)
                              .arg(report->tables.size()));
    return Outcome::ok();
}

Outcome runDiff(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli diff OLD.sqlite NEW.sqlite");
    if (Outcome parsed = arguments.parse({}, 2, 2, usage); !parsed)
        return parsed;
    auto report = SnapshotDiff::compareTargets(arguments.positional(0), arguments.positional(1));
    if (!report)
        return report.failure();

    using Section = SnapshotDiffReport::Section;
    const auto sectionTable = [&](Section section) {
        OutputTable table;
        table.columns = report->columns(section);
        for (const QVariantList& row : report->rows(section)) {
            QList<QJsonValue> values;
            for (const QVariant& value : row)
                values << QJsonValue::fromVariant(value);
            table.rows << values;
        }
        return table;
    };
    switch (context.output().format()) {
    case OutputFormat::Json: {
        OutputObject object{{QStringLiteral("older"), report->olderName},
                            {QStringLiteral("newer"), report->newerName},
                            {QStringLiteral("audit_continues"), report->auditContinues},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)}};
        for (Section section : SnapshotDiffReport::sections()) {
            const OutputTable table = sectionTable(section);
            QJsonArray rows;
            for (const auto& row : table.rows) {
                QJsonObject item;
                for (int c = 0; c < table.columns.size(); ++c)
                    item.insert(table.columns.at(c), row.at(c));
                rows << item;
            }
            object << qMakePair(SnapshotDiffReport::sectionKey(section), QJsonValue(rows));
        }
        context.output().printObject(object);
        break;
    }
    case OutputFormat::Csv: {
        // One list: the section first, then that section's columns (empty for the others).
        OutputTable all;
        all.columns << QStringLiteral("section");
        for (Section section : SnapshotDiffReport::sections()) {
            for (const QString& column : report->columns(section)) {
                if (!all.columns.contains(column))
                    all.columns << column;
            }
        }
        for (Section section : SnapshotDiffReport::sections()) {
            const OutputTable table = sectionTable(section);
            for (const auto& row : table.rows) {
                QList<QJsonValue> values(all.columns.size(), QJsonValue(QJsonValue::Null));
                values[0] = SnapshotDiffReport::sectionKey(section);
                for (int c = 0; c < table.columns.size(); ++c)
                    values[all.columns.indexOf(table.columns.at(c))] = row.at(c);
                all.rows << values;
            }
        }
        context.output().printList(all);
        break;
    }
    case OutputFormat::Table:
        context.output().note(Text::tr("Older: %1").arg(report->olderName));
        context.output().note(Text::tr("Newer: %1").arg(report->newerName));
        if (const int unaudited = report->count(Section::Unaudited); unaudited > 0)
            context.output().note(
                unaudited == 1 ? Text::tr("Warning: 1 state change has no audit record; it was made outside Steward")
                               : Text::tr("Warning: %1 state changes have no audit record; they were made "
                                          "outside Steward")
                                     .arg(unaudited));
        for (const QString& note : report->notes)
            context.output().note(Text::tr("Note: %1").arg(note));
        for (Section section : SnapshotDiffReport::sections()) {
            context.output().note(QString());
            context.output().note(
                Text::tr("%1: %2").arg(SnapshotDiffReport::sectionTitle(section)).arg(report->count(section)));
            if (report->count(section) > 0)
                context.output().printList(sectionTable(section));
        }
        break;
    }
    return Outcome::ok();
}

} // namespace steward::cli
