#include "app/panels/story_tab.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"

namespace hgm::app {

std::string slide_label(const Story& story, std::size_t i, const IndicatorTable& table, Lang lang) {
  const MapSpec& spec = story.slides.at(i).spec;
  std::string title = spec.title;
  if (title.find_first_not_of(" \t") == std::string::npos) {
    const Indicator* ind = table.find_indicator(spec.indicator);
    title = ind != nullptr ? pick(lang, ind->name_vi, ind->name_en) : spec.indicator;
  }
  return std::to_string(i + 1) + ". " + title;
}

StoryActions StoryTab::draw(const StoryDocument& doc, const MapState& state, const UiFonts& fonts) {
  StoryActions actions;
  const Lang lang = state.selection().lang;
  const Story& story = doc.story();
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x;

  // The file: its name (and a dot while it has unsaved changes), then new / open / save / save as.
  const std::string name = doc.path().empty() ? ui_text(lang, UiText::story_not_saved_yet)
                                              : std::filesystem::path(doc.path()).filename().string();
  muted_text(name + (doc.dirty() ? ui_text(lang, UiText::story_unsaved_mark) : ""), fonts);
  // Two rows of two: "Lưu thành…" does not fit a quarter of the panel.
  const float half = (width - gap) / 2;
  if (ImGui::Button(ui_text(lang, UiText::story_new), ImVec2(half, 0))) actions.new_story = true;
  ImGui::SameLine();
  if (ImGui::Button(ui_text(lang, UiText::story_open), ImVec2(half, 0))) actions.open = true;
  if (ImGui::Button(ui_text(lang, UiText::story_save), ImVec2(half, 0))) actions.save = true;
  item_tooltip("Ctrl+S");
  ImGui::SameLine();
  if (ImGui::Button(ui_text(lang, UiText::story_save_as), ImVec2(half, 0))) actions.save_as = true;
  item_tooltip("Ctrl+Shift+S");
  if (!message_.empty()) warning_text(message_);

  section_heading(ui_text(lang, UiText::story_title), fonts);
  if (!editing_title_) copy_into(title_, story.title);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##story-title", title_.data(), title_.size())) actions.title = std::string(title_.data());
  editing_title_ = ImGui::IsItemActive();

  ImGui::Spacing();
  if (ImGui::Button(ui_text(lang, UiText::story_add_slide), ImVec2(-1, 0)))
    actions.add_slide = true;
  item_tooltip("Ctrl+Shift+A");

  section_heading(ui_text(lang, UiText::story_slides, {{"count", std::to_string(story.slides.size())}}), fonts);
  const float row = ImGui::GetTextLineHeightWithSpacing();
  const float list_h = std::clamp(static_cast<float>(story.slides.size()) * row + ImGui::GetStyle().WindowPadding.y * 2,
                                  row * 2, row * 8);
  ImGui::BeginChild("##slides", ImVec2(0, list_h), true);
  if (story.slides.empty()) muted_text(ui_text(lang, UiText::story_no_slides), fonts);
  for (std::size_t i = 0; i < story.slides.size(); ++i) {
    const bool selected = doc.selected() == i;
    const std::string label = slide_label(story, i, state.table(), lang) + "##slide-" + std::to_string(i);
    if (ImGui::Selectable(label.c_str(), selected)) actions.select = i;
    // Dragging a slide onto another puts it there, one step at a time.
    if (ImGui::IsItemActive() && !ImGui::IsItemHovered()) {
      const float dy = ImGui::GetMouseDragDelta(0).y;
      if (dy < -row / 2 && i > 0) actions.move = {{i, -1}};
      if (dy > row / 2 && i + 1 < story.slides.size()) actions.move = {{i, +1}};
      if (actions.move) ImGui::ResetMouseDragDelta();
    }
  }
  ImGui::EndChild();

  if (const std::optional<std::size_t> sel = doc.selected(); sel && *sel < story.slides.size()) {
    const std::size_t i = *sel;
    const float part = (width - 3 * gap) / 4;
    ImGui::BeginDisabled(i == 0);
    if (ImGui::Button(ui_text(lang, UiText::story_up), ImVec2(part, 0))) actions.move = {{i, -1}};
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 >= story.slides.size());
    if (ImGui::Button(ui_text(lang, UiText::story_down), ImVec2(part, 0))) actions.move = {{i, +1}};
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(ui_text(lang, UiText::story_duplicate), ImVec2(part, 0))) actions.duplicate = i;
    ImGui::SameLine();
    if (ImGui::Button(ui_text(lang, UiText::story_delete), ImVec2(part, 0))) actions.remove = i;

    const StorySlide& slide = story.slides[i];
    section_heading(ui_text(lang, UiText::story_slide_title), fonts);
    if (!editing_slide_title_) copy_into(slide_title_, slide.spec.title);
    ImGui::SetNextItemWidth(-1);
    // The fields are the selected slide's own (ids by index): a field being typed in does
    // not carry its text over to another slide selected meanwhile.
    const std::string n = std::to_string(i);
    if (ImGui::InputTextWithHint(("##slide-title-" + n).c_str(), ui_text(lang, UiText::story_slide_title_hint),
                                 slide_title_.data(), slide_title_.size()))
      actions.slide_title = {{i, std::string(slide_title_.data())}};
    editing_slide_title_ = ImGui::IsItemActive();

    section_heading(ui_text(lang, UiText::story_note), fonts);
    if (!editing_note_) copy_into(note_, slide.note);
    if (ImGui::InputTextMultiline(("##note-" + n).c_str(), note_.data(), note_.size(), ImVec2(-1, row * 4)))
      actions.note = {{i, std::string(note_.data())}};
    editing_note_ = ImGui::IsItemActive();
    if (!slide.spotlight.empty()) {
      const std::optional<std::size_t> d = state.inputs().data.registry.find_code(slide.spotlight);
      const std::string who = d ? pick(lang, state.inputs().data.registry.at(*d).name_vi, state.inputs().data.registry.at(*d).name_en) : slide.spotlight;
      muted_text(ui_text(lang, UiText::story_spotlight, {{"district", who}}), fonts);
    }
  }
  muted_text(ui_text(lang, UiText::story_present_hint), fonts);
  return actions;
}

}  // namespace hgm::app
