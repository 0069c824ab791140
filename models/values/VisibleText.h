#pragma once

#include <QString>

namespace steward {

// Text typed by one person and read by another: comments, names, stored values. Whitespace,
// zero-width characters and control characters show nothing, and control characters (escape
// sequences, bidi overrides) can rewrite what a terminal shows.
namespace VisibleText {
// True when the text has at least one character a reader can see.
bool hasVisible(const QString& text);
// Control characters (C0 except line feed and tab, DEL, C1) and bidi controls written as
// \x1b or \u202e, so that printing the text cannot drive the terminal.
QString escapeControls(const QString& text);
} // namespace VisibleText

} // namespace steward
