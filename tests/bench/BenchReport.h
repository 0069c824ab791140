#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <functional>

namespace steward::bench {

// Every section prints its measurements the same way: what, then milliseconds.
void line(const QString& what, double milliseconds, const QString& note = {});
void note(const QString& text);
// Runs `step`, lets the views paint what it asked for, and prints how long both took.
double measure(const QString& what, const std::function<void()>& step);

// A step the measurements depend on: the benchmark stops, saying why, when it failed.
void require(const Outcome& outcome);

// The sections; each returns a process exit code.
int runData(const QStringList& arguments);
int runReview(const QString& database);
int runRegistry(const QString& database);
int runGovernance(const QString& database);

} // namespace steward::bench
