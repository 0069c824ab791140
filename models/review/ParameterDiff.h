#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace steward {

// One difference between the configuration before and after a suggestion.
struct ParameterChange
{
    enum class Kind { Added, Removed, Changed, Unchanged };

    Kind kind = Kind::Changed;
    QString path;      // "model.learning_rate", "features[]" for a list element, "" for the whole value
    QJsonValue before; // Undefined when added
    QJsonValue after;  // Undefined when removed
};

// A readable diff of a suggestion's parameter_diff. The pipeline writes either
// {"before": {...}, "after": {...}}, or per-key pairs {"key": {"before": x, "after": y}} (also
// old/new, from/to); anything else is listed as it is, as values the suggestion sets.
struct ParameterDiff
{
    enum class Shape { BeforeAfter, PerKey, SetValues, Empty };

    Shape shape = Shape::Empty;
    QList<ParameterChange> changes; // in document order; includes Unchanged leaves

    int count(ParameterChange::Kind kind) const;
    // "2 changed, 1 added, 1 removed"
    QString summary() const;

    static ParameterDiff fromJson(const QJsonValue& parameterDiff);
    // Nested objects are compared key by key; lists of plain values element by element as
    // multisets (which items came and went); any other change replaces the value.
    static ParameterDiff compare(const QJsonValue& before, const QJsonValue& after);
};

// A JSON value on one line for a diff cell: strings unquoted when plain, objects and lists compact.
QString parameterValueText(const QJsonValue& value);

} // namespace steward
