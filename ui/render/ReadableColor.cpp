#include "ReadableColor.h"

#include <algorithm>
#include <cmath>

namespace steward {

namespace {
double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}
} // namespace

double ReadableColor::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ReadableColor::on(const QColor& color, const QColor& background, double minimum)
{
    if (contrast(color, background) >= minimum)
        return color;
    // Towards white on a dark background, towards black on a light one, in small steps so that
    // the hue is kept as far as legibility allows.
    const QColor target = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    QColor result = color;
    for (int step = 1; step <= 20 && contrast(result, background) < minimum; ++step)
        result = blend(target, color, step / 20.0);
    return result;
}

QColor ReadableColor::blend(const QColor& color, const QColor& background, double opacity)
{
    const QColor top = color.toRgb();
    const QColor bottom = background.toRgb();
    const auto mix = [opacity](double a, double b) { return a * opacity + b * (1.0 - opacity); };
    return QColor::fromRgbF(static_cast<float>(mix(top.redF(), bottom.redF())),
                            static_cast<float>(mix(top.greenF(), bottom.greenF())),
                            static_cast<float>(mix(top.blueF(), bottom.blueF())));
}

} // namespace steward
