#pragma once
// The two languages of the interface and the maps. Every user-facing word is looked up
// in its layer's message table by this (core/text/i18n.h, app/app_text.h).

namespace hgm {

enum class Lang { vi, en };

}  // namespace hgm
