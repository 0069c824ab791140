#include "SystemDemo.h"

#include "models/db/BatchInserter.h"
#include "models/db/Database.h"
#include "models/db/SqlScript.h"
#include "models/demo/DemoRandom.h"
#include "models/demo/SystemDemoMonitoring.h"
#include "models/demo/SystemSchemas.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SystemDemo)
};

// Inserts rows into one of the system's tables, named and quoted as the system spells them.
class Rows
{
public:
    Rows(Database& database, RowCounts& counts, QDateTime now) : m_db(database), m_counts(counts), m_now(now) {}

    Outcome insert(const QString& table, const QList<std::pair<QString, QVariant>>& values)
    {
        QStringList columns;
        QVariantList row;
        for (const auto& [column, value] : values) {
            columns << column;
            row << value;
        }
        BatchInserter inserter(m_db, table, columns, 1);
        if (Outcome added = inserter.add(row); !added)
            return added;
        if (Outcome flushed = inserter.flush(); !flushed)
            return flushed;
        ++m_counts[table];
        return Outcome::ok();
    }
    // A moment `hours` before the demo's now, as the systems store it.
    QVariant ago(double hours) const { return timestampText(m_now.addSecs(static_cast<qint64>(-hours * 3600))); }
    static QString json(const QJsonObject& object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private:
    Database& m_db;
    RowCounts& m_counts;
    QDateTime m_now;
};

#define STEWARD_TRY(expression)                                                                                        \
    do {                                                                                                               \
        if (Outcome stewardDone_ = (expression); !stewardDone_)                                                        \
            return stewardDone_;                                                                                       \
    } while (false)

Outcome writeUrutiiq(Rows& rows, DemoRandom& random, int scale, const std::function<QString()>& id)
{
    const QStringList companies{QStringLiteral("acme_co"), QStringLiteral("borealis_co")};
    const QStringList models{QStringLiteral("anomaly_detection"), QStringLiteral("churn_classifier"),
                             QStringLiteral("demand_regression")};
    const QStringList types{QStringLiteral("anomaly_detection"), QStringLiteral("classification"),
                            QStringLiteral("regression")};
    for (const QString& company : companies) {
        const auto scoped = [&](QList<std::pair<QString, QVariant>> values) {
            values.prepend({QStringLiteral("companyId"), company});
            values.prepend({QStringLiteral("tenantId"), QStringLiteral("tenant_1")});
            values.prepend({QStringLiteral("id"), id()});
            return values;
        };
        QStringList policyIds;
        const QStringList policyTypes{QStringLiteral("bias_detection"), QStringLiteral("fairness"),
                                      QStringLiteral("privacy"), QStringLiteral("security")};
        for (const QString& type : policyTypes) {
            auto values =
                scoped({{QStringLiteral("policyName"), type + QStringLiteral(" policy")},
                        {QStringLiteral("policyType"), type},
                        {QStringLiteral("status"),
                         type == QLatin1String("security") ? QStringLiteral("draft") : QStringLiteral("active")},
                        {QStringLiteral("updatedAt"), rows.ago(24 * 60)}});
            policyIds << values.first().second.toString();
            STEWARD_TRY(rows.insert(QStringLiteral("AIGovernance"), values));
        }
        QStringList modelIds;
        for (int m = 0; m < models.size(); ++m) {
            double accuracy = random.uniform(0.80, 0.86);
            for (int v = 0; v < 3; ++v) {
                const bool newest = v == 2;
                // The newest anomaly detector is worse than the one before it: a rollback to decide.
                accuracy += (newest && m == 0) ? -0.03 : random.uniform(0.005, 0.02);
                const double hours = 24.0 * (60 - 25 * v);
                auto values = scoped(
                    {{QStringLiteral("modelName"), models.at(m)},
                     {QStringLiteral("modelVersion"), QStringLiteral("v1.%1").arg(v)},
                     {QStringLiteral("modelType"), types.at(m)},
                     {QStringLiteral("algorithm"), QStringLiteral("gradient_boosting")},
                     {QStringLiteral("status"), newest ? QStringLiteral("active") : QStringLiteral("deprecated")},
                     {QStringLiteral("accuracy"), accuracy},
                     {QStringLiteral("precision"), accuracy - random.uniform(0.0, 0.03)},
                     {QStringLiteral("recall"), accuracy - random.uniform(0.02, 0.06)},
                     {QStringLiteral("f1Score"), accuracy - random.uniform(0.01, 0.04)},
                     {QStringLiteral("hyperparameters"), Rows::json({{QStringLiteral("max_depth"), 4 + v}})},
                     {QStringLiteral("trainedAt"), rows.ago(hours)},
                     {QStringLiteral("createdAt"), rows.ago(hours)},
                     {QStringLiteral("updatedAt"), rows.ago(hours)}});
                const QString modelId = values.first().second.toString();
                modelIds << modelId;
                STEWARD_TRY(rows.insert(QStringLiteral("AIModel"), values));
                // The run that produced it, and before the newest a run that failed.
                STEWARD_TRY(rows.insert(QStringLiteral("AIModelTrainingRun"),
                                        scoped({{QStringLiteral("modelId"), modelId},
                                                {QStringLiteral("runName"), QStringLiteral("nightly-%1").arg(v)},
                                                {QStringLiteral("status"), QStringLiteral("completed")},
                                                {QStringLiteral("startTime"), rows.ago(hours + 2)},
                                                {QStringLiteral("endTime"), rows.ago(hours)},
                                                {QStringLiteral("duration"), 7200},
                                                {QStringLiteral("epochs"), 20},
                                                {QStringLiteral("loss"), random.uniform(0.1, 0.3)},
                                                {QStringLiteral("accuracy"), accuracy}})));
                if (newest) {
                    STEWARD_TRY(rows.insert(
                        QStringLiteral("AIModelTrainingRun"),
                        scoped({{QStringLiteral("modelId"), modelId},
                                {QStringLiteral("runName"), QStringLiteral("nightly-retry")},
                                {QStringLiteral("status"), QStringLiteral("failed")},
                                {QStringLiteral("startTime"), rows.ago(30)},
                                {QStringLiteral("endTime"), rows.ago(29.5)},
                                {QStringLiteral("duration"), 1800},
                                {QStringLiteral("logs"), QStringLiteral("CUDA out of memory at epoch 3")}})));
                    STEWARD_TRY(
                        rows.insert(QStringLiteral("AIDeployment"),
                                    scoped({{QStringLiteral("modelId"), modelId},
                                            {QStringLiteral("deploymentName"), models.at(m) + QStringLiteral("-prod")},
                                            {QStringLiteral("environment"), QStringLiteral("production")},
                                            {QStringLiteral("status"), QStringLiteral("active")},
                                            {QStringLiteral("version"), QStringLiteral("v1.%1").arg(v)},
                                            {QStringLiteral("deployedAt"), rows.ago(hours - 2)},
                                            {QStringLiteral("updatedAt"), rows.ago(hours - 2)}})));
                }
            }
        }
        // Violations in every state, every severity.
        const QStringList severities{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                     QStringLiteral("low")};
        const QStringList states{QStringLiteral("open"), QStringLiteral("investigating"), QStringLiteral("resolved"),
                                 QStringLiteral("false_positive")};
        for (int i = 0; i < 16 * scale; ++i) {
            const QString state = states.at(i % states.size());
            const bool closed = state == QLatin1String("resolved") || state == QLatin1String("false_positive");
            const double hours = random.uniform(2, 24 * 20);
            STEWARD_TRY(rows.insert(
                QStringLiteral("AIGovernanceViolation"),
                scoped({{QStringLiteral("policyId"), random.pick(policyIds)},
                        {QStringLiteral("modelId"), random.pick(modelIds)},
                        {QStringLiteral("violationType"),
                         random.pick(QStringList{QStringLiteral("bias"), QStringLiteral("fairness"),
                                                 QStringLiteral("privacy")})},
                        {QStringLiteral("severity"), severities.at((i / 4) % severities.size())},
                        {QStringLiteral("description"),
                         QStringLiteral("Approval rate gap of %1% between groups").arg(random.integer(5, 25))},
                        {QStringLiteral("details"), Rows::json({{QStringLiteral("gap"), random.uniform(0.05, 0.25)}})},
                        {QStringLiteral("status"), state},
                        {QStringLiteral("resolution"), closed ? QVariant(QStringLiteral("Reweighted the training data"))
                                                              : QVariant(QMetaType(QMetaType::QString))},
                        {QStringLiteral("resolvedBy"),
                         closed ? QVariant(QStringLiteral("mai")) : QVariant(QMetaType(QMetaType::QString))},
                        {QStringLiteral("resolvedAt"),
                         closed ? rows.ago(hours / 2) : QVariant(QMetaType(QMetaType::QString))},
                        {QStringLiteral("createdAt"), rows.ago(hours)},
                        {QStringLiteral("updatedAt"), rows.ago(closed ? hours / 2 : hours)}})));
        }
        const QStringList feedback{QStringLiteral("pending"), QStringLiteral("processed"), QStringLiteral("ignored")};
        for (int i = 0; i < 6 * scale; ++i) {
            STEWARD_TRY(rows.insert(QStringLiteral("AILearningFeedback"),
                                    scoped({{QStringLiteral("userId"), QStringLiteral("user_%1").arg(i % 4)},
                                            {QStringLiteral("modelId"), random.pick(modelIds)},
                                            {QStringLiteral("feedbackType"), QStringLiteral("correction")},
                                            {QStringLiteral("isPositive"), random.chance(0.5)},
                                            {QStringLiteral("status"), feedback.at(i % feedback.size())},
                                            {QStringLiteral("createdAt"), rows.ago(24 + i)},
                                            {QStringLiteral("updatedAt"), rows.ago(i)}})));
        }
        // What each production deployment replaced, so that it can be rolled back: the version
        // before, which UrutiIQ's schema has no word for once replaced (the demo says inactive),
        // the newest on staging too, and a deployment that failed.
        for (int m = 0; m < models.size(); ++m) {
            const double hours = 24.0 * (60 - 25); // when v1.1 was trained
            const auto deployment = [&](int v, const QString& environment, const QString& suffix, const QString& status,
                                        double at) {
                return scoped({{QStringLiteral("modelId"), modelIds.at(m * 3 + v)},
                               {QStringLiteral("deploymentName"), models.at(m) + suffix},
                               {QStringLiteral("environment"), environment},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("version"), QStringLiteral("v1.%1").arg(v)},
                               {QStringLiteral("deployedAt"), rows.ago(at)},
                               {QStringLiteral("updatedAt"), rows.ago(at)}});
            };
            STEWARD_TRY(rows.insert(QStringLiteral("AIDeployment"),
                                    deployment(1, QStringLiteral("production"), QStringLiteral("-prod"),
                                               QStringLiteral("inactive"), hours - 2)));
            STEWARD_TRY(rows.insert(QStringLiteral("AIDeployment"),
                                    deployment(2, QStringLiteral("staging"), QStringLiteral("-staging"),
                                               QStringLiteral("active"), 24.0 * 11)));
            if (m == models.size() - 1)
                STEWARD_TRY(rows.insert(QStringLiteral("AIDeployment"),
                                        deployment(2, QStringLiteral("development"), QStringLiteral("-dev"),
                                                   QStringLiteral("failed"), 24.0)));
        }
    }
    return Outcome::ok();
}

Outcome writeWithin(Rows& rows, DemoRandom& random, const std::function<QString()>& id)
{
    const QStringList models{QStringLiteral("churn"), QStringLiteral("fraud")};
    const QStringList deployment{QStringLiteral("retired"), QStringLiteral("staging"), QStringLiteral("production")};
    const QStringList jobStates{QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("running"),
                                QStringLiteral("queued")};
    for (const QString& name : models) {
        for (int v = 0; v < 3; ++v) {
            const QString modelId = id();
            const double hours = 24.0 * (50 - 20 * v);
            STEWARD_TRY(rows.insert(QStringLiteral("model_metadata"),
                                    {{QStringLiteral("id"), modelId},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("version"), QStringLiteral("1.%1").arg(v)},
                                     {QStringLiteral("model_type"), QStringLiteral("classifier")},
                                     {QStringLiteral("deployment_status"), deployment.at(v)},
                                     {QStringLiteral("created_at"), rows.ago(hours)},
                                     {QStringLiteral("updated_at"), rows.ago(hours)}}));
            for (int j = 0; j < (v == 2 ? jobStates.size() : 1); ++j) {
                const QString state = jobStates.at(j);
                STEWARD_TRY(
                    rows.insert(QStringLiteral("training_jobs"),
                                {{QStringLiteral("id"), id()},
                                 {QStringLiteral("model_id"), modelId},
                                 {QStringLiteral("status"), state},
                                 {QStringLiteral("metrics"),
                                  state == QLatin1String("completed")
                                      ? QVariant(Rows::json({{QStringLiteral("f1"), random.uniform(0.7, 0.85)}}))
                                      : QVariant(QMetaType(QMetaType::QString))},
                                 {QStringLiteral("started_at"), rows.ago(hours + 3 - j)},
                                 {QStringLiteral("completed_at"),
                                  state == QLatin1String("completed") || state == QLatin1String("failed")
                                      ? rows.ago(hours + 1 - j)
                                      : QVariant(QMetaType(QMetaType::QString))},
                                 {QStringLiteral("created_at"), rows.ago(hours + 3 - j)},
                                 {QStringLiteral("updated_at"), rows.ago(hours + 1 - j)}}));
            }
        }
    }
    return Outcome::ok();
}

Outcome writeKrongThai(Rows& rows, DemoRandom& random, int scale, const std::function<QString()>& id)
{
    const QStringList restaurants{random.uuid(), random.uuid()};
    const QStringList deployment{QStringLiteral("retired"), QStringLiteral("staging"), QStringLiteral("production")};
    const QStringList jobStates{QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled"),
                                QStringLiteral("running")};
    for (const QString& restaurant : restaurants) {
        QStringList modelIds;
        for (int v = 0; v < 3; ++v) {
            const QString modelId = id();
            modelIds << modelId;
            const double hours = 24.0 * (40 - 15 * v);
            STEWARD_TRY(rows.insert(QStringLiteral("sop_ml_models"),
                                    {{QStringLiteral("id"), modelId},
                                     {QStringLiteral("restaurant_id"), restaurant},
                                     {QStringLiteral("model_name"), QStringLiteral("sop_recommender")},
                                     {QStringLiteral("model_type"), QStringLiteral("recommendation")},
                                     {QStringLiteral("version"), QStringLiteral("2.%1").arg(v)},
                                     {QStringLiteral("performance_metrics"),
                                      Rows::json({{QStringLiteral("accuracy"), random.uniform(0.7, 0.8) + v * 0.02},
                                                  {QStringLiteral("f1"), random.uniform(0.65, 0.75) + v * 0.02}})},
                                     {QStringLiteral("deployment_status"), deployment.at(v)},
                                     {QStringLiteral("is_active"), v == 2},
                                     {QStringLiteral("trained_at"), rows.ago(hours)},
                                     {QStringLiteral("created_at"), rows.ago(hours)},
                                     {QStringLiteral("updated_at"), rows.ago(hours)}}));
            for (int j = 0; j < (v == 2 ? jobStates.size() : 1); ++j) {
                const QString state = jobStates.at(j);
                STEWARD_TRY(rows.insert(
                    QStringLiteral("sop_ml_training_jobs"),
                    {{QStringLiteral("id"), id()},
                     {QStringLiteral("restaurant_id"), restaurant},
                     {QStringLiteral("model_id"), modelId},
                     {QStringLiteral("job_status"), state},
                     {QStringLiteral("progress_percentage"), state == QLatin1String("completed") ? 100.0 : 40.0},
                     {QStringLiteral("started_at"), rows.ago(hours + 2 - j)},
                     {QStringLiteral("completed_at"),
                      state == QLatin1String("completed") || state == QLatin1String("failed")
                          ? rows.ago(hours + 0.5 - j)
                          : QVariant(QMetaType(QMetaType::QString))},
                     {QStringLiteral("error_message"),
                      state == QLatin1String("failed") ? QVariant(QStringLiteral("Out of memory loading embeddings"))
                                                       : QVariant(QMetaType(QMetaType::QString))},
                     {QStringLiteral("created_at"), rows.ago(hours + 2 - j)}}));
            }
        }
        for (int i = 0; i < 20 * scale; ++i) {
            const bool rated = random.chance(0.6);
            STEWARD_TRY(
                rows.insert(QStringLiteral("sop_ml_predictions"),
                            {{QStringLiteral("id"), id()},
                             {QStringLiteral("restaurant_id"), restaurant},
                             {QStringLiteral("model_id"), modelIds.last()},
                             {QStringLiteral("input_features"), Rows::json({{QStringLiteral("shift"), i % 3}})},
                             {QStringLiteral("prediction_result"), Rows::json({{QStringLiteral("sop"), i % 7}})},
                             {QStringLiteral("confidence_score"), random.uniform(0.5, 0.99)},
                             {QStringLiteral("feedback_score"),
                              rated ? QVariant(random.integer(1, 5)) : QVariant(QMetaType(QMetaType::Int))},
                             {QStringLiteral("predicted_at"), rows.ago(random.uniform(1, 24 * 14))}}));
        }
    }
    return Outcome::ok();
}
} // namespace

Outcome SystemDemo::write(Database& database, const QString& profile, const DemoOptions& options, RowCounts& counts)
{
    const QString contract = SystemSchemas::contractFile(profile);
    if (contract.isEmpty())
        return Outcome::usage(
            Text::tr("the demo writes the pipeline, urutiiq, within or krongthai, not %1").arg(profile));
    for (const QString& statement : SqlScript::split(SystemSchemas::script(contract, database.backend()))) {
        if (Outcome created = database.exec(statement); !created)
            return created;
    }
    DemoRandom random(options.seed);
    // UrutiIQ's ids are Prisma's cuids; the others' are uuids.
    int serial = 0;
    const std::function<QString()> id =
        profile == QLatin1String("urutiiq") ? std::function<QString()>([&serial] {
            return QStringLiteral("cl%1demo").arg(++serial, 8, 10, QLatin1Char('0'));
        })
                                            : std::function<QString()>([&random] { return random.uuid(); });
    const QDateTime now(options.anchor, QTime(9, 0), QTimeZone::utc());
    Rows rows(database, counts, now);
    const Outcome written = profile == QLatin1String("urutiiq")  ? writeUrutiiq(rows, random, options.scale, id)
                            : profile == QLatin1String("within") ? writeWithin(rows, random, id)
                                                                 : writeKrongThai(rows, random, options.scale, id);
    if (!written)
        return written;
    // Performance, drift, predictions and experiments: SystemDemoMonitoring.cpp.
    return SystemDemoMonitoring::write(database, profile, random, options.scale, now, counts);
}

} // namespace steward
