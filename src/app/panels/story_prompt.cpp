#include "app/panels/story_prompt.h"

#include <SDL_keycode.h>
#include <imgui.h>

#include "app/app_text.h"
#include "app/panels/text_wrap.h"

namespace hgm::app {

std::string StoryPrompt::question(Lang lang) const {
  if (kind_ == Kind::unsaved) return ui_text(lang, UiText::story_ask_unsaved, {{"file", file_}});
  if (kind_ == Kind::restore) return ui_text(lang, UiText::story_ask_restore, {{"file", file_}});
  return {};
}

StoryPrompt::Answer StoryPrompt::key(int sdl_key) {
  const bool unsaved = kind_ == Kind::unsaved;
  if (kind_ == Kind::none) return Answer::none;
  if (sdl_key == SDLK_RETURN || sdl_key == SDLK_KP_ENTER) return close(unsaved ? Answer::save : Answer::restore);
  if (sdl_key == SDLK_ESCAPE) return close(unsaved ? Answer::cancel : Answer::ignore);
  if (unsaved && sdl_key == SDLK_d) return close(Answer::discard);
  return Answer::none;
}

StoryPrompt::Answer StoryPrompt::draw(Lang lang, const UiFonts& fonts, float screen_w, float screen_h) {
  if (kind_ == Kind::none) return Answer::none;
  const float width = ImGui::GetFontSize() * 26;
  ImGui::SetNextWindowPos(ImVec2(screen_w / 2, screen_h / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowFocus();
  const std::string title =
      std::string(ui_text(lang, kind_ == Kind::unsaved ? UiText::story_unsaved_title : UiText::story_autosave_title)) +
      "###story-prompt";
  Answer answer = Answer::none;
  if (ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
    ImGui::PushFont(fonts.regular);
    text_wrapped_at_spaces(question(lang), ImGui::GetContentRegionAvail().x);
    ImGui::PopFont();
    ImGui::Spacing();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    if (kind_ == Kind::unsaved) {
      const float third = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3;
      if (ImGui::Button(ui_text(lang, UiText::story_answer_save), ImVec2(third, 0))) answer = Answer::save;
      ImGui::SameLine();
      if (ImGui::Button(ui_text(lang, UiText::story_answer_discard), ImVec2(third, 0))) answer = Answer::discard;
      ImGui::SameLine();
      if (ImGui::Button(ui_text(lang, UiText::story_answer_cancel), ImVec2(third, 0))) answer = Answer::cancel;
    } else {
      const float half = (ImGui::GetContentRegionAvail().x - gap) / 2;
      if (ImGui::Button(ui_text(lang, UiText::story_answer_restore), ImVec2(half, 0))) answer = Answer::restore;
      ImGui::SameLine();
      if (ImGui::Button(ui_text(lang, UiText::story_answer_ignore), ImVec2(half, 0))) answer = Answer::ignore;
    }
  }
  ImGui::End();
  return answer == Answer::none ? answer : close(answer);
}

}  // namespace hgm::app
