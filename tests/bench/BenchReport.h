#pragma once

#include <QString>
#include <functional>

namespace steward::bench {

// Every section prints its measurements the same way: what, then milliseconds.
void line(const QString& what, double milliseconds, const QString& note = {});
void note(const QString& text);
// Runs `step`, lets the views paint what it asked for, and prints how long both took.
double measure(const QString& what, const std::function<void()>& step);

// The sections; each returns a process exit code.
int runData(const QStringList& arguments);
int runReview(const QString& database);
int runRegistry(const QString& database);
int runGovernance(const QString& database);

} // namespace steward::bench
