#include "app/panels/mapping_step.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <utility>

#include "app/app_text.h"
#include "app/panels/indicator_filter.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_fold.h"

namespace hgm::app {

namespace {

constexpr Polarity kPolarities[] = {Polarity::higher_is_better, Polarity::lower_is_better, Polarity::neutral};

UiText polarity_text(Polarity p) {
  switch (p) {
    case Polarity::higher_is_better: return UiText::polarity_higher;
    case Polarity::lower_is_better: return UiText::polarity_lower;
    case Polarity::neutral: return UiText::polarity_neutral;
  }
  return UiText::polarity_neutral;
}

// "Thu NSNN quý II/2021 (%)" -> "Thu NSNN quý II/2021": a new indicator's first name.
std::string header_without_unit(const std::string& header) {
  std::string t = trim_spaces(header);
  if (!t.empty() && t.back() == ')') {
    const std::size_t open = t.rfind('(');
    if (open != std::string::npos && open > 0) t = trim_spaces(t.substr(0, open));
  }
  return t;
}

std::string name_of(const IndicatorTable& table, const std::string& id, Lang lang) {
  const Indicator* ind = table.find_indicator(id);
  return ind ? pick(lang, ind->name_vi, ind->name_en) : id;
}

}  // namespace

void MappingStep::open(const MapState& state, std::size_t index) {
  const TableLoad& load = state.table_loads().at(index);
  shown_ = load.asks();
  appearing_ = true;
  load_ = index;
  file_ = std::filesystem::path(load.path).filename().string();
  earlier_ = load.mappings;
  error_.clear();
  taken_ids_.clear();
  const IndicatorTable& before = load.before ? *load.before : state.table();
  for (const Indicator& ind : before.indicators()) taken_ids_.push_back(ind.id);
  columns_.clear();
  for (const ColumnQuestion& q : load.report->questions) {
    Column c;
    c.question = q;
    // A proposal is offered ready to confirm; it is used only once Apply is pressed.
    c.choice = q.proposed && !q.candidates.empty() ? Choice::confirm : Choice::undecided;
    copy_into(c.name_vi, header_without_unit(q.header));
    copy_into(c.unit, q.unit);
    columns_.push_back(std::move(c));
  }
}

void MappingStep::column(const MapState& state, Column& c, std::size_t index, const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  const IndicatorTable& table = state.table();
  const ColumnQuestion& q = c.question;
  ImGui::PushID(static_cast<int>(index));
  ImGui::PushFont(fonts.bold);
  text_wrapped_at_spaces(q.header);
  ImGui::PopFont();
  std::string samples;
  for (const std::string& s : q.samples) samples += (samples.empty() ? "" : "  ·  ") + s;
  std::string line = ui_text(lang, UiText::map_samples, {{"values", samples.empty() ? "—" : samples}});
  if (!q.period.empty()) line += " — " + ui_text(lang, UiText::map_period, {{"period", period_title(q.period, lang)}});
  muted_text(line, fonts);
  if (q.unit_differs && !q.candidates.empty()) {
    const Indicator* ind = table.find_indicator(q.candidates.front());
    muted_text(ui_text(lang, UiText::map_why_unit, {{"unit", q.unit}, {"indicator_unit", ind ? ind->unit_in(lang) : ""}}), fonts);
  } else {
    muted_text(ui_text(lang, q.candidates.empty() ? UiText::map_why_none : UiText::map_why_words), fonts);
  }

  const auto radio = [&](const std::string& label, Choice choice) {
    if (ImGui::RadioButton(label.c_str(), c.choice == choice)) c.choice = choice;
  };
  if (!q.candidates.empty()) {
    radio(ui_text(lang, UiText::map_confirm, {{"name", name_of(table, q.candidates.front(), lang)}}), Choice::confirm);
    if (index == 0 && appearing_) ImGui::SetItemDefaultFocus();
  }
  radio(ui_text(lang, UiText::map_other), Choice::other);
  if (index == 0 && appearing_ && q.candidates.empty()) ImGui::SetItemDefaultFocus();
  if (c.choice == Choice::other) {
    ImGui::Indent();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", ui_text(lang, UiText::map_search_hint), c.search.data(), c.search.size());
    // The proposals first, then every indicator the search finds.
    std::vector<const Indicator*> listed;
    if (c.search[0] == '\0')
      for (const std::string& id : q.candidates)
        if (const Indicator* ind = table.find_indicator(id)) listed.push_back(ind);
    for (const std::size_t i : filter_indicators(table.indicators(), lang, c.search.data()))
      if (std::find(listed.begin(), listed.end(), &table.indicators()[i]) == listed.end())
        listed.push_back(&table.indicators()[i]);
    const float rows = static_cast<float>(std::min<std::size_t>(std::max<std::size_t>(listed.size(), 1), 6));
    if (ImGui::BeginChild("##list", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * rows + 4), true)) {
      for (const Indicator* ind : listed)
        if (ImGui::Selectable(pick(lang, ind->name_vi, ind->name_en).c_str(), c.other == ind->id)) c.other = ind->id;
    }
    ImGui::EndChild();
    muted_text(c.other.empty() ? ui_text(lang, UiText::map_none_chosen) : name_of(table, c.other, lang), fonts);
    ImGui::Unindent();
  }
  radio(ui_text(lang, UiText::map_ignore), Choice::ignore);
  radio(ui_text(lang, UiText::map_new), Choice::new_indicator);
  if (c.choice == Choice::new_indicator) {
    ImGui::Indent();
    const float label_w = ImGui::GetFontSize() * 8;
    const auto field = [&](UiText label, const char* id, char* buffer, std::size_t size) {
      ImGui::TextUnformatted(ui_text(lang, label));
      ImGui::SameLine(label_w);
      ImGui::SetNextItemWidth(-1);
      ImGui::InputText(id, buffer, size);
    };
    field(UiText::map_name_vi, "##name-vi", c.name_vi.data(), c.name_vi.size());
    field(UiText::map_name_en, "##name-en", c.name_en.data(), c.name_en.size());
    field(UiText::map_unit, "##unit", c.unit.data(), c.unit.size());
    ImGui::TextUnformatted(ui_text(lang, UiText::map_polarity));
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##polarity", ui_text(lang, polarity_text(kPolarities[c.polarity])))) {
      for (int p = 0; p < 3; ++p)
        if (ImGui::Selectable(ui_text(lang, polarity_text(kPolarities[p])), c.polarity == p)) c.polarity = p;
      ImGui::EndCombo();
    }
    ImGui::Unindent();
  }
  ImGui::PopID();
}

std::optional<AppliedMapping> MappingStep::apply(const MapState& state) {
  const Lang lang = state.selection().lang;
  AppliedMapping applied{load_, {}};
  // The earlier mappings stay, but for the columns asked about now.
  for (const ColumnMapping& m : earlier_)
    if (std::none_of(columns_.begin(), columns_.end(), [&](const Column& c) { return mapping_names(m, c.question.header); }))
      applied.mappings.push_back(m);
  std::vector<std::string> taken = taken_ids_;
  for (const ColumnMapping& m : applied.mappings) taken.push_back(m.indicator);
  for (Column& c : columns_) {
    ColumnMapping m;
    m.column = c.question.header;
    switch (c.choice) {
      case Choice::undecided: error_ = ui_text(lang, UiText::map_needs_choice); return std::nullopt;
      case Choice::confirm: m.indicator = c.question.candidates.front(); break;
      case Choice::other:
        if (c.other.empty()) {
          error_ = ui_text(lang, UiText::map_needs_choice);
          return std::nullopt;
        }
        m.indicator = c.other;
        break;
      case Choice::ignore: m.ignored = true; break;
      case Choice::new_indicator: {
        const std::string vi = trim_spaces(c.name_vi.data()), en = trim_spaces(c.name_en.data());
        if (vi.empty() && en.empty()) {
          error_ = ui_text(lang, UiText::map_needs_name, {{"column", c.question.header}});
          return std::nullopt;
        }
        const std::string id = id_from_name(vi.empty() ? en : vi, taken);
        try {
          m.new_indicator = make_new_indicator(m.column, id, trim_spaces(c.unit.data()), polarity_id(kPolarities[c.polarity]),
                                               vi, en, "", lang);
        } catch (const Error& e) {
          error_ = e.message(lang);
          return std::nullopt;
        }
        m.indicator = id;
        taken.push_back(id);
        break;
      }
    }
    applied.mappings.push_back(std::move(m));
  }
  shown_ = false;
  return applied;
}

std::optional<AppliedMapping> MappingStep::draw(const MapState& state, const UiFonts& fonts, float screen_w,
                                                float screen_h) {
  if (!shown_ || load_ >= state.table_loads().size()) return std::nullopt;
  const Lang lang = state.selection().lang;
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(screen_w * 0.04f, screen_h * 0.06f), ImGuiCond_Appearing);
  ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(screen_w * 0.6f, em * 38), 0),
                                      ImVec2(std::min(screen_w * 0.6f, em * 38), screen_h * 0.88f));
  if (appearing_) ImGui::SetNextWindowFocus();
  bool keep_open = true;
  std::optional<AppliedMapping> applied;
  const std::string title = std::string(ui_text(lang, UiText::map_title)) + "###mapping-step";
  if (ImGui::Begin(title.c_str(), &keep_open,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    text_wrapped_at_spaces(ui_text(lang, UiText::map_intro, {{"file", file_}}));
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      ImGui::Separator();
      column(state, columns_[i], i, fonts);
    }
    ImGui::Separator();
    if (ImGui::Button(ui_text(lang, UiText::map_apply)) || std::exchange(apply_soon_, false)) applied = apply(state);
    ImGui::SameLine();
    if (ImGui::Button(ui_text(lang, UiText::map_later))) keep_open = false;
    if (!error_.empty()) warning_text(error_);
  }
  ImGui::End();
  appearing_ = false;
  if (!keep_open) shown_ = false;
  return applied;
}

}  // namespace hgm::app
