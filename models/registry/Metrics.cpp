#include "Metrics.h"

#include "models/db/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

const QStringList kWellKnown{QStringLiteral("wmape"), QStringLiteral("mape"),         QStringLiteral("mae"),
                             QStringLiteral("rmse"),  QStringLiteral("bias"),         QStringLiteral("fnr"),
                             QStringLiteral("r2"),    QStringLiteral("residual_std"), QStringLiteral("event_wmape")};
} // namespace

Metrics::Direction Metrics::direction(const QString& key)
{
    static const QStringList higher{
        QStringLiteral("r2"),        QStringLiteral("r_squared"), QStringLiteral("accuracy"),
        QStringLiteral("precision"), QStringLiteral("recall"),    QStringLiteral("f1"),
        QStringLiteral("auc"),       QStringLiteral("coverage"),  QStringLiteral("hit_rate")};
    const QString lower = key.trimmed().toLower();
    if (higher.contains(lower) || lower.endsWith(QLatin1String("_r2")) || lower.endsWith(QLatin1String("_accuracy")))
        return Direction::HigherIsBetter;
    if (lower == QLatin1String("bias") || lower.endsWith(QLatin1String("_bias")))
        return Direction::CloserToZero;
    return Direction::LowerIsBetter;
}

int Metrics::bestIndex(const QString& key, const QList<std::optional<double>>& values)
{
    const Direction how = direction(key);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i) || !std::isfinite(*values.at(i)))
            continue;
        const double v = *values.at(i);
        // A smaller score is better in every direction.
        const double score = how == Direction::HigherIsBetter ? -v : how == Direction::CloserToZero ? std::fabs(v) : v;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

bool Metrics::isSqlSafeKey(const QString& key)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_. -]{0,63}$"));
    return safe.match(key).hasMatch();
}

QStringList Metrics::ordered(QStringList keys)
{
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const qsizetype ia = kWellKnown.indexOf(a.toLower());
        const qsizetype ib = kWellKnown.indexOf(b.toLower());
        if (ia != ib)
            return ia >= 0 && (ib < 0 || ia < ib);
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return keys;
}

QMap<QString, double> Metrics::numericMembers(const QJsonValue& metrics)
{
    QMap<QString, double> numbers;
    if (!metrics.isObject())
        return numbers;
    const QJsonObject object = metrics.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isDouble())
            numbers.insert(it.key(), it.value().toDouble());
    }
    return numbers;
}

Result<QStringList> Metrics::discover(Database& database, const QString& from, const QString& column,
                                      const QString& where, const QVariantList& binds)
{
    QString sql = database.dialect().jsonNumberKeys(from, column);
    if (!where.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(where);
    QSqlQuery q = database.query();
    if (Outcome prepared = database.prepare(q, sql); !prepared)
        return prepared;
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (Outcome ran = database.run(q, Text::tr("finding the metrics in %1").arg(column)); !ran)
        return ran;
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return ordered(keys);
}

QString Metrics::format(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::fabs(value) < 1e12)
        return QLocale().toString(static_cast<qlonglong>(value));
    // Four significant digits (0.2147, 8.980, 12.48) but no more than four decimals (0.0820),
    // and grouped digits from a thousand on.
    const double magnitude = std::fabs(value);
    if (magnitude >= 1000)
        return QLocale().toString(value, 'f', magnitude >= 10000 ? 0 : 1);
    if (magnitude < 0.0001)
        return QLocale().toString(value, 'g', 4);
    const int decimals = std::clamp(3 - static_cast<int>(std::floor(std::log10(magnitude))), 0, 4);
    return QLocale().toString(value, 'f', decimals);
}

QString Metrics::listSeparator()
{
    return QStringLiteral("; ");
}

QString Metrics::line(const QMap<QString, double>& metrics)
{
    QStringList parts;
    for (const QString& key : ordered(metrics.keys()))
        parts << QStringLiteral("%1 %2").arg(key, format(metrics.value(key)));
    return parts.join(listSeparator());
}

QString Metrics::formatDelta(double delta, std::optional<double> base)
{
    QString text = (delta > 0   ? QStringLiteral("+")
                    : delta < 0 ? QStringLiteral("−")
                                : QStringLiteral("±")) +
                   format(std::fabs(delta));
    if (base && *base != 0 && std::isfinite(*base))
        text += QStringLiteral(" (%1%2%)")
                    .arg(delta >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                    .arg(QLocale().toString(std::fabs(delta / *base) * 100.0, 'f', 1));
    return text;
}

} // namespace steward
