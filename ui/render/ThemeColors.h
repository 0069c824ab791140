#pragma once

#include <QColor>
#include <QString>

namespace steward {

// Colours that carry a meaning (better, worse, a warning, a status) are named once, as chosen
// for a light theme; these place them on the application's palette, light or dark, so that
// they stay legible (ReadableColor). Plain text and greys come from the palette itself.
namespace ThemeColors {
// What colours mean, as chosen for a light theme; place them with text() or tint().
QColor good();    // better, active, succeeded
QColor bad();     // worse, failed
QColor caution(); // awaiting someone, not valid as stored
// `color` as text on the palette's base colour (tables, text views).
QColor text(const QColor& color);
// `color` as text on the palette's window colour (labels, bars, banners).
QColor windowText(const QColor& color);
// A faint wash of `accent` over the palette's base, behind text: a box, a cell, a pill.
QColor tint(const QColor& accent);
// The border of such a box.
QColor edge(const QColor& accent);
// Secondary text: the palette's placeholder text colour, legible on its base.
QColor muted();
// A style sheet body for a box of text washed with `accent`: background, border, the palette's text.
QString boxCss(const QColor& accent);
// A colour as CSS for style sheets and rich text.
QString css(const QColor& color);
} // namespace ThemeColors

} // namespace steward
