#include "core/thematic/palette.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"

namespace hgm {

namespace {

std::vector<Color> parse_list(std::string_view list) {
  std::vector<Color> out;
  while (!list.empty()) {
    const auto space = list.find(' ');
    out.push_back(*parse_hex(list.substr(0, space)));
    list = space == std::string_view::npos ? std::string_view{} : list.substr(space + 1);
  }
  return out;
}

// --- colour science for the suitability checks ---

double to_linear(std::uint8_t c) {
  const double v = c / 255.0;
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

struct Lab {
  double l, a, b;
};

Lab lab_from_linear(double r, double g, double b) {
  const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
  return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

using Matrix = std::array<double, 9>;
// Dichromat simulation in linear RGB (Viénot, Brettel & Mollon 1999).
constexpr Matrix kIdentity{1, 0, 0, 0, 1, 0, 0, 0, 1};
constexpr Matrix kProtanopia{0.11238, 0.88762, 0, 0.11238, 0.88762, 0, 0.00401, -0.00401, 1};
constexpr Matrix kDeuteranopia{0.29275, 0.70725, 0, 0.29275, 0.70725, 0, -0.02234, 0.02234, 1};

Lab lab_as_seen(Color c, const Matrix& m) {
  const double r = to_linear(c.r), g = to_linear(c.g), b = to_linear(c.b);
  auto clamp01 = [](double v) { return std::clamp(v, 0.0, 1.0); };
  return lab_from_linear(clamp01(m[0] * r + m[1] * g + m[2] * b), clamp01(m[3] * r + m[4] * g + m[5] * b),
                         clamp01(m[6] * r + m[7] * g + m[8] * b));
}

double delta_e(const Lab& p, const Lab& q) { return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b); }

// Smallest difference over the pairs that must stay apart.
template <typename Measure>
double smallest(const std::vector<Color>& colors, SchemeKind kind, Measure measure) {
  double best = INFINITY;
  for (std::size_t i = 0; i < colors.size(); ++i)
    for (std::size_t j = i + 1; j < colors.size(); ++j) {
      if (kind != SchemeKind::qualitative && j != i + 1) continue;
      best = std::min(best, measure(colors[i], colors[j]));
    }
  return best;
}

}  // namespace

const BrewerScheme* find_scheme(std::string_view name) {
  for (const BrewerScheme& s : brewer_schemes())
    if (s.name == name) return &s;
  return nullptr;
}

std::vector<std::string> palette_names() {
  std::vector<std::string> names;
  for (const BrewerScheme& s : brewer_schemes()) names.emplace_back(s.name);
  return names;
}

const BrewerScheme& scheme_named(std::string_view name, Lang lang) {
  if (const BrewerScheme* s = find_scheme(name)) return *s;
  throw UsageError(tr(lang, Msg::unknown_palette, {{"name", std::string(name)}, {"names", join(palette_names())}}));
}

std::vector<Color> palette_colors(std::string_view name, int n, Lang lang) {
  const BrewerScheme* s = &scheme_named(name, lang);
  const int largest = s->min_classes + static_cast<int>(s->by_size.size()) - 1;
  const int size = std::clamp(n, s->min_classes, largest);
  std::vector<Color> colors = parse_list(s->by_size[static_cast<std::size_t>(size - s->min_classes)]);
  if (n >= s->min_classes) return colors;
  if (s->kind == SchemeKind::qualitative) return {colors.begin(), colors.begin() + std::max(n, 1)};
  if (n == 2) return {colors.front(), colors.back()};
  return {colors[colors.size() / 2]};
}

PaletteSuitability assess_palette(const std::vector<Color>& colors, SchemeKind kind) {
  PaletteSuitability s;
  if (colors.size() < 2) {
    s.colour_blind_safe = s.photocopy_safe = s.print_safe = true;
    return s;
  }
  s.min_delta = smallest(colors, kind, [](Color a, Color b) {
    return delta_e(lab_as_seen(a, kIdentity), lab_as_seen(b, kIdentity));
  });
  // A diverging scheme's arms must stay apart too (its red and green ends are the usual
  // casualty), so every pair counts there; a sequential scheme needs its neighbours apart.
  const SchemeKind cvd_pairs = kind == SchemeKind::sequential ? kind : SchemeKind::qualitative;
  s.min_cvd_delta = std::min(smallest(colors, cvd_pairs, [](Color a, Color b) {
                               return delta_e(lab_as_seen(a, kProtanopia), lab_as_seen(b, kProtanopia));
                             }),
                             smallest(colors, cvd_pairs, [](Color a, Color b) {
                               return delta_e(lab_as_seen(a, kDeuteranopia), lab_as_seen(b, kDeuteranopia));
                             }));
  // In grey every class must keep its own lightness: for a diverging scheme the two arms
  // have matching lightness, so all pairs are compared.
  s.min_lightness_step = smallest(colors, SchemeKind::qualitative, [](Color a, Color b) {
    return std::fabs(lab_as_seen(a, kIdentity).l - lab_as_seen(b, kIdentity).l);
  });
  s.colour_blind_safe = s.min_cvd_delta >= 8;
  s.photocopy_safe = s.min_lightness_step >= 8;
  s.print_safe = s.min_delta >= 15;
  return s;
}

std::vector<Color> qualitative_colors() { return parse_list("66c2a5 fc8d62 8da0cb e78ac3 a6d854 ffd92f e5c494"); }

Color darken(Color c, double factor) {
  auto scale = [&](std::uint8_t v) { return static_cast<std::uint8_t>(v * factor + 0.5); };
  return {scale(c.r), scale(c.g), scale(c.b), c.a};
}

}  // namespace hgm
