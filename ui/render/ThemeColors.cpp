#include "ThemeColors.h"

#include "ui/render/ReadableColor.h"

#include <QGuiApplication>
#include <QPalette>

namespace steward {

namespace {
QColor paletteColor(QPalette::ColorRole role)
{
    return QGuiApplication::palette().color(QPalette::Active, role);
}

bool isDark()
{
    return paletteColor(QPalette::Base).lightnessF() < 0.5;
}
} // namespace

QColor ThemeColors::good()
{
    return QColor(0x1e, 0x7b, 0x3a);
}

QColor ThemeColors::bad()
{
    return QColor(0xc0, 0x28, 0x28);
}

QColor ThemeColors::caution()
{
    return QColor(0x8a, 0x55, 0x00);
}

QColor ThemeColors::text(const QColor& color)
{
    return ReadableColor::on(color, paletteColor(QPalette::Base));
}

QColor ThemeColors::windowText(const QColor& color)
{
    return ReadableColor::on(color, paletteColor(QPalette::Window));
}

QColor ThemeColors::tint(const QColor& accent)
{
    // Stronger on a dark base, where a faint wash of a dark accent would not show.
    return ReadableColor::blend(accent, paletteColor(QPalette::Base), isDark() ? 0.32 : 0.13);
}

QColor ThemeColors::edge(const QColor& accent)
{
    return ReadableColor::blend(accent, paletteColor(QPalette::Base), 0.5);
}

QColor ThemeColors::muted()
{
    return ReadableColor::on(paletteColor(QPalette::PlaceholderText), paletteColor(QPalette::Base), 3.0);
}

QString ThemeColors::boxCss(const QColor& accent)
{
    return QStringLiteral("background: %1; border: 1px solid %2; border-radius: 4px; color: %3;")
        .arg(css(tint(accent)), css(edge(accent)), css(paletteColor(QPalette::Text)));
}

QString ThemeColors::css(const QColor& color)
{
    return color.name();
}

} // namespace steward
