#pragma once
// The two languages of the interface and the maps. Every user-facing word is looked up
// in its layer's message table by this (core/text/i18n.h, app/app_text.h).

namespace hgm {

enum class Lang { vi, en };

// The other of the two languages (the window's L key switches to it).
inline Lang other_lang(Lang lang) { return lang == Lang::vi ? Lang::en : Lang::vi; }

// The one of a pair of texts written in `lang`, for data that carries both (names, notes,
// units): the single place that chooses between a _vi and an _en field.
template <class Text>
const Text& pick(Lang lang, const Text& vi, const Text& en) {
  return lang == Lang::vi ? vi : en;
}

}  // namespace hgm
