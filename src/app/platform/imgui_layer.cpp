#include "app/platform/imgui_layer.h"

#include <imgui.h>
#include <imgui_internal.h>  // ClosePopupToLevel: Esc closes an open list
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <SDL.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>

#include "app/platform/imgui_pixels.h"

namespace hgm::app {

namespace {

static_assert(sizeof(ImWchar) == sizeof(unsigned short), "ImWchar is expected to be 16 bits");

std::vector<unsigned short> vietnamese_glyph_ranges(ImFontAtlas& atlas) {
  static constexpr ImWchar kLatin1[] = {0x0020, 0x00FF, 0};
  // Dashes, quotes, bullet, ellipsis, per mille: the report's quotes and our own texts.
  static constexpr ImWchar kPunctuation[] = {0x2010, 0x2027, 0x2030, 0x203A, 0};
  static constexpr ImWchar kGreek[] = {0x0394, 0x0394, 0};  // Δ of ΔE (colour differences)
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(atlas.GetGlyphRangesVietnamese());
  builder.AddRanges(kLatin1);
  builder.AddRanges(kPunctuation);
  builder.AddRanges(kGreek);
  ImVector<ImWchar> ranges;
  builder.BuildRanges(&ranges);
  return {ranges.begin(), ranges.end()};
}

// Symbols the interface uses that Noto Sans lacks: arrows (shortcuts), the minus sign
// (format_number writes negative numbers with it), ≤ ≥ (legend-style bounds).
constexpr ImWchar kSymbols[] = {0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0};

ImFont* add_font(ImFontAtlas& atlas, const std::string& file, int face, float size_px, const ImWchar* ranges,
                 const UiFontFiles& files, int oversample) {
  if (file.empty() || !std::filesystem::exists(file)) return nullptr;  // ImGui would assert
  ImFontConfig config;
  config.FontNo = face;
  config.OversampleH = oversample;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  ImFont* font = atlas.AddFontFromFileTTF(file.c_str(), size_px, &config, ranges);
  if (font != nullptr && !files.symbols.empty() && std::filesystem::exists(files.symbols)) {
    ImFontConfig merge = config;
    merge.FontNo = files.symbols_face;
    merge.MergeMode = true;  // into `font`: glyphs the first file lacks
    atlas.AddFontFromFileTTF(files.symbols.c_str(), size_px, &merge, kSymbols);
  }
  return font;
}

ImVec4 rgb(float r, float g, float b, float a = 1.0f) { return {r / 255.0f, g / 255.0f, b / 255.0f, a}; }

// A light, quiet look that sits on the white map: white panels, thin grey borders,
// the map's blue for the current choice.
void apply_style(float scale) {
  ImGuiStyle& s = ImGui::GetStyle();
  ImGui::StyleColorsLight(&s);
  s.WindowRounding = 8;
  s.ChildRounding = 5;
  s.ChildBorderSize = 1;
  s.FrameRounding = 5;
  s.PopupRounding = 6;
  s.GrabRounding = 5;
  s.TabRounding = 5;
  s.WindowBorderSize = 1;
  s.PopupBorderSize = 1;
  s.FrameBorderSize = 1;
  s.WindowPadding = {14, 12};
  s.FramePadding = {9, 5};
  s.ItemSpacing = {8, 7};
  s.ItemInnerSpacing = {7, 5};
  s.WindowTitleAlign = {0.0f, 0.5f};
  s.SelectableTextAlign = {0.0f, 0.5f};
  s.ScrollbarSize = 12;
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = rgb(33, 33, 33);
  c[ImGuiCol_TextDisabled] = rgb(110, 110, 110);
  c[ImGuiCol_WindowBg] = rgb(255, 255, 255);
  c[ImGuiCol_PopupBg] = rgb(255, 255, 255);
  c[ImGuiCol_ChildBg] = rgb(250, 251, 252);
  c[ImGuiCol_Border] = rgb(200, 200, 200);
  c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0.0f);
  c[ImGuiCol_FrameBg] = rgb(246, 247, 249);
  c[ImGuiCol_FrameBgHovered] = rgb(232, 240, 248);
  c[ImGuiCol_FrameBgActive] = rgb(214, 230, 244);
  c[ImGuiCol_TitleBg] = rgb(240, 242, 245);
  c[ImGuiCol_TitleBgActive] = rgb(232, 236, 242);
  c[ImGuiCol_TitleBgCollapsed] = rgb(240, 242, 245, 0.95f);
  c[ImGuiCol_Header] = rgb(199, 225, 241);
  c[ImGuiCol_HeaderHovered] = rgb(226, 239, 248);
  c[ImGuiCol_HeaderActive] = rgb(168, 206, 231);
  c[ImGuiCol_Button] = rgb(241, 243, 246);
  c[ImGuiCol_ButtonHovered] = rgb(222, 235, 247);
  c[ImGuiCol_ButtonActive] = rgb(190, 217, 238);
  c[ImGuiCol_CheckMark] = rgb(34, 94, 168);
  c[ImGuiCol_Separator] = rgb(225, 225, 225);
  c[ImGuiCol_ScrollbarBg] = rgb(250, 250, 250, 0.0f);
  s.ScaleAllSizes(scale);
}

}  // namespace

ImGuiLayer::ImGuiLayer(const AppWindow& window, const UiFontFiles& files, float base_px)
    : files_(files), base_px_(base_px) {
  IMGUI_CHECKVERSION();
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini in the user's working folder
  io.LogFilename = nullptr;

  scale_ = window.content_scale();
  // Glyphs are baked at drawable resolution and shown at screen size, so text stays
  // sharp on HiDPI displays.
  const float ratio = static_cast<float>(window.pixel_ratio());
  bake_ = ratio > 0 ? ratio : 1.0f;
  glyph_ranges_ = vietnamese_glyph_ranges(*io.Fonts);
  if (!window.opengl()) software_ = std::make_unique<ImGuiSoftwareRenderer>();
  add_fonts(1.0f);

  apply_style(scale_);
  if (software_) {
    ImGui_ImplSDL2_InitForSDLRenderer(window.handle());
    // It draws each command from its own first vertex, so lists may pass 65,536 vertices.
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    // Lines as triangles with soft edges: the lines ImGui takes from its atlas need the
    // texture filtering OpenGL does and the CPU renderer does not.
    ImGui::GetStyle().AntiAliasedLinesUseTex = false;
  } else {
    ImGui_ImplSDL2_InitForOpenGL(window.handle(), window.gl_context());
    ImGui_ImplOpenGL3_Init("#version 330 core");
  }
}

// With OpenGL the glyphs are baked once, at the laptop size, twice as fine across as
// shown, and drawn smaller or larger with filtering. The CPU renderer does not
// filter: each text size gets its glyphs baked at the size shown, one texel a pixel.
void ImGuiLayer::add_fonts(float text_factor) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  if (software_) atlas.Flags |= ImFontAtlasFlags_NoBakedLines;
  const ImWchar* ranges = glyph_ranges_.data();
  const float size = base_px_ * scale_ * bake_ * text_factor;
  const int oversample = software_ ? 1 : 2;
  const UiFontFiles& f = files_;
  fonts_.regular = add_font(atlas, f.regular, f.regular_face, size, ranges, f, oversample);
  fonts_.bold = add_font(atlas, f.bold, f.bold_face, size, ranges, f, oversample);
  fonts_.large = add_font(atlas, f.bold, f.bold_face, size * 1.3f, ranges, f, oversample);
  fonts_.small = add_font(atlas, f.regular, f.regular_face, size * 0.88f, ranges, f, oversample);
  if (fonts_.regular == nullptr) fonts_.regular = atlas.AddFontDefault();  // Latin only, but usable
  if (fonts_.bold == nullptr) fonts_.bold = fonts_.regular;
  if (fonts_.large == nullptr) fonts_.large = fonts_.bold;
  if (fonts_.small == nullptr) fonts_.small = fonts_.regular;
  ImGui::GetIO().FontDefault = fonts_.regular;
  baked_factor_ = text_factor;
  atlas_handed_over_ = false;
}

void ImGuiLayer::set_text_scale(float factor) {
  text_scale_ = factor;
  if (software_ && factor != baked_factor_) add_fonts(factor);
  ImGui::GetIO().FontGlobalScale = factor / (baked_factor_ * bake_);
}

ImGuiLayer::~ImGuiLayer() {
  if (!software_) ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext(context_);
}

void ImGuiLayer::process_event(const SDL_Event& event) {
  ImGui_ImplSDL2_ProcessEvent(&event);
  if (event.type == SDL_MOUSEMOTION) pointer_.emplace(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
  if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP)
    pointer_.emplace(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
  if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_LEAVE) pointer_.reset();
}

void ImGuiLayer::begin_frame() {
  if (!software_) ImGui_ImplOpenGL3_NewFrame();
  else if (!atlas_handed_over_) software_->take_font_atlas();
  // The first frame after the atlas is made (once with OpenGL; on the CPU again for each
  // text size) hands it to the renderer, and its pixels on this side are then let go: two
  // copies of it, one four bytes a pixel, were held as long as the window was open. Not
  // before the first frame: made while the data still loads, they added to its peak.
  if (!atlas_handed_over_) {
    ImGui::GetIO().Fonts->ClearTexData();
    atlas_handed_over_ = true;
  }
  ImGui_ImplSDL2_NewFrame();
  // The SDL backend of ImGui 1.86 takes the desktop's pointer minus the window's position,
  // and that position can be stale (full screen without a window manager): the tooltips
  // and buttons then answered to another place than the map's hover and clicks. The
  // window's own events place the pointer right, so the interface uses them too.
  if (pointer_) ImGui::GetIO().MousePos = ImVec2(pointer_->first, pointer_->second);
  ImGui::NewFrame();
  if (close_popups_) ImGui::ClosePopupToLevel(0, true);
  close_popups_ = false;
  ended_ = false;
}

namespace {

std::uint64_t digest_of(const ImDrawList& list) {
  std::uint64_t digest = 0;
  const auto mix = [&digest](const void* data, std::size_t bytes) {
    const std::size_t h = std::hash<std::string_view>{}(std::string_view(static_cast<const char*>(data), bytes));
    digest = (digest ^ h) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
  };
  mix(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
  mix(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    const float clip[4] = {cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w};
    const std::uintptr_t texture = reinterpret_cast<std::uintptr_t>(cmd.TextureId);
    const unsigned counts[3] = {cmd.VtxOffset, cmd.IdxOffset, cmd.ElemCount};
    mix(clip, sizeof clip);
    mix(&texture, sizeof texture);
    mix(counts, sizeof counts);
  }
  return digest;
}

// The framebuffer pixels a list's vertices reach, a pixel wider all round (the edges of
// anti-aliased shapes), within the framebuffer.
render::PixelBox pixels_reached(const ImDrawList& list, const ImDrawData& d) {
  ImVec2 low(FLT_MAX, FLT_MAX), high(-FLT_MAX, -FLT_MAX);
  for (const ImDrawVert& v : list.VtxBuffer) {
    low = ImVec2(std::min(low.x, v.pos.x), std::min(low.y, v.pos.y));
    high = ImVec2(std::max(high.x, v.pos.x), std::max(high.y, v.pos.y));
  }
  if (high.x < low.x) return {};
  low = framebuffer_point(low, d);
  high = framebuffer_point(high, d);
  const int width = static_cast<int>(d.DisplaySize.x * d.FramebufferScale.x);
  const int height = static_cast<int>(d.DisplaySize.y * d.FramebufferScale.y);
  return render::intersection(render::pixels_covering(low.x, low.y, high.x, high.y, 1), {0, 0, width, height});
}

// What a list draws, in framebuffer pixels with the origin top-left; nullptr when a
// command is a callback, whose drawing is not in the list.
std::shared_ptr<const UiListDrawing> drawing_of(const ImDrawList& list, const ImDrawData& d) {
  auto drawing = std::make_shared<UiListDrawing>();
  const int height = static_cast<int>(d.DisplaySize.y * d.FramebufferScale.y);
  drawing->vertices.reserve(static_cast<std::size_t>(list.VtxBuffer.Size));
  for (const ImDrawVert& v : list.VtxBuffer) {
    const ImVec2 p = framebuffer_point(v.pos, d);
    drawing->vertices.push_back({p.x, p.y, v.uv.x, v.uv.y, v.col});
  }
  drawing->indices.assign(list.IdxBuffer.begin(), list.IdxBuffer.end());
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback != nullptr) return nullptr;
    drawing->commands.push_back({scissored_pixels(cmd.ClipRect, d, height), reinterpret_cast<std::uintptr_t>(cmd.TextureId),
                                 cmd.VtxOffset, cmd.IdxOffset, cmd.ElemCount});
  }
  return drawing;
}

}  // namespace

UiPrint ImGuiLayer::end_frame() {
  ImGui::Render();
  ended_ = true;
  const ImDrawData& d = *ImGui::GetDrawData();
  UiPrint print;
  // The display's size and scale as a list of its own: when they change, all is redrawn.
  const float display[4] = {d.DisplaySize.x, d.DisplaySize.y, d.FramebufferScale.x, d.FramebufferScale.y};
  const std::size_t shape = std::hash<std::string_view>{}(std::string_view(reinterpret_cast<const char*>(display), sizeof display));
  print.push_back({0, shape,
                   {0, 0, static_cast<int>(d.DisplaySize.x * d.FramebufferScale.x),
                    static_cast<int>(d.DisplaySize.y * d.FramebufferScale.y)},
                   nullptr});
  for (int i = 0; i < d.CmdListsCount; ++i) {
    const ImDrawList& list = *d.CmdLists[i];
    if (list.VtxBuffer.Size == 0) continue;
    print.push_back({reinterpret_cast<std::uintptr_t>(&list), digest_of(list), pixels_reached(list, d), drawing_of(list, d)});
  }
  return print;
}

namespace {

// A clip rectangle the backend turns into exactly the pixels of `box`: a quarter pixel off
// each whole pixel, so its cutting lands on them.
ImVec4 clip_for(const render::PixelBox& box, const ImDrawData& d) {
  if (box.empty()) return ImVec4(0, 0, 0, 0);
  const ImVec2 k = d.FramebufferScale, at = d.DisplayPos;
  const auto x = [&](int px) { return at.x + (static_cast<float>(px) + 0.25f) / k.x; };
  const auto y = [&](int px) { return at.y + (static_cast<float>(px) - 0.25f) / k.y; };
  return ImVec4(x(box.left), y(box.top), x(box.right), y(box.bottom));
}

}  // namespace

ImDrawData* ImGuiLayer::ended_frame() {
  if (!ended_) ImGui::Render();
  ended_ = false;
  return ImGui::GetDrawData();
}

void ImGuiLayer::render(const std::vector<render::PixelBox>* only, render::RowOrder rows) {
  ImDrawData* d = ended_frame();
  if (only == nullptr && rows == render::RowOrder::bottom_up) {
    ImGui_ImplOpenGL3_RenderDrawData(d);
    return;
  }
  const int width = static_cast<int>(d->DisplaySize.x * d->FramebufferScale.x);
  const int height = static_cast<int>(d->DisplaySize.y * d->FramebufferScale.y);
  // The pixels each command draws in the whole frame, before anything is turned over.
  std::vector<render::PixelBox> drawn;
  for (int i = 0; i < d->CmdListsCount; ++i)
    for (const ImDrawCmd& cmd : d->CmdLists[i]->CmdBuffer) drawn.push_back(scissored_pixels(cmd.ClipRect, *d, height));
  const bool turn_over = rows == render::RowOrder::top_down;
  if (turn_over) {
    const float top = d->DisplayPos.y, bottom = d->DisplayPos.y + d->DisplaySize.y;
    for (int i = 0; i < d->CmdListsCount; ++i)
      for (ImDrawVert& v : d->CmdLists[i]->VtxBuffer) v.pos.y = top + bottom - v.pos.y;
  }
  const std::vector<render::PixelBox> whole = {{0, 0, width, height}};
  for (const render::PixelBox& area : only != nullptr ? *only : whole) {
    std::size_t n = 0;
    for (int i = 0; i < d->CmdListsCount; ++i)
      for (ImDrawCmd& cmd : d->CmdLists[i]->CmdBuffer) {
        render::PixelBox box = render::intersection(drawn[n++], area);
        if (turn_over && !box.empty()) box = {box.left, height - box.bottom, box.right, height - box.top};
        cmd.ClipRect = clip_for(box, *d);
      }
    ImGui_ImplOpenGL3_RenderDrawData(d);
  }
}

void ImGuiLayer::render_onto(SDL_Surface* target, const std::vector<render::PixelBox>* only) {
  software_->draw(*ended_frame(), target, only);
}

bool ImGuiLayer::wants_mouse() const { return ImGui::GetIO().WantCaptureMouse; }
bool ImGuiLayer::wants_keyboard() const { return ImGui::GetIO().WantCaptureKeyboard; }
bool ImGuiLayer::popup_open() const {
  return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

bool ImGuiLayer::changes_with_time() const { return ImGui::IsAnyItemHovered() || ImGui::GetIO().WantTextInput; }

void ImGuiLayer::set_keyboard_navigation(bool on) {
  ImGuiIO& io = ImGui::GetIO();
  if (on) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  else io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
}

}  // namespace hgm::app
