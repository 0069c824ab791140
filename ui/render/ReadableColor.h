#pragma once

#include <QColor>

namespace steward {

// Colours chosen for a light theme, kept legible under any palette.
namespace ReadableColor {
// The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b);
// `color` made darker or lighter, keeping its hue, until it reads as text on `background`: a
// contrast of at least `minimum` (4.5 to 1 is what WCAG asks of body text).
QColor on(const QColor& color, const QColor& background, double minimum = 4.5);
// `color` laid over `background` at `opacity` (0 to 1), as one opaque colour.
QColor blend(const QColor& color, const QColor& background, double opacity);
} // namespace ReadableColor

} // namespace steward
