#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <functional>

namespace steward {
class Database;
class PagedTableModel;
} // namespace steward

namespace steward::bench {

// Every section prints its measurements the same way: what, then milliseconds, and for a step
// through the views the longest UI-thread stall while it ran (stallMs >= 0).
void line(const QString& what, double milliseconds, const QString& note = {}, double stallMs = -1);
// With --json FILE, every figure is also one JSON object on a line of FILE: {"figure", "ms"},
// "raw_ms" where the same work has a raw-SQL equivalent, "ui_stall_ms" for a step through the
// views, or "value" and "unit" for other units.
void openJson(const QString& path);
void jsonFigure(const QString& figure, double value, double rawMs = -1, const QString& unit = QStringLiteral("ms"),
                double stallMs = -1);
void note(const QString& text);
// Runs `step` through the views, lets them paint what it asked for and waits until `finished`
// says that the work it started off the UI thread has arrived; prints how long that took and
// the UI thread's longest stall meanwhile (stallMax()).
// With `firstShown`, also prints when it first held (the first rows were shown), as a line of
// its own ("…: first rows"; the whole step is then "…: counted").
double measure(const QString& what, const std::function<void()>& step, const std::function<bool()>& finished = {},
               const std::function<bool()>& firstShown = {});
// For measure(): a view's first rows are shown (the query's load started and has arrived with
// its first page). One per step: it remembers that the load started.
std::function<bool()> firstRowsShown(const PagedTableModel* rows);
// For measure(): a view's paged rows have arrived, with the pages asked for and their count
// (a model reading in jobs reads all three off the UI thread).
std::function<bool()> rowsSettled(const PagedTableModel* rows);
// The UI thread's longest stall in any measure() so far: the largest gap between the ticks of a
// 5 ms timer on it, while each step ran and for 100 ms after. Printed, and written as the
// figure "ui_stall_max", by printStallMax().
double stallMax();
void printStallMax();

// The median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()>& work);

// A step the measurements depend on: the benchmark stops, saying why, when it failed.
void require(const Outcome& outcome);

// The sections; each returns a process exit code.
int runData(const QStringList& arguments);
int runReview(const QString& database);
int runRegistry(const QString& database);
int runGovernance(const QString& database);
// Each monitoring summary on each system's demo at scale (MonitoringBench.cpp).
int runMonitoring(const QStringList& arguments);

// Search over summary and reasoning: without the index against the raw LIKE scan, then with it
// (created here when the database has none). `add` reports one figure and its raw-SQL time.
void runSearch(Database& db, const std::function<void(const QString&, double, double)>& add);

} // namespace steward::bench
