#pragma once
// The data tab's "Tạo mẫu nhập số liệu…" (Ctrl+T): the period (the quarter after the
// latest one loaded, suggested) and the format (XLSX, ODS, CSV); the file is chosen
// through the window's file chooser and written by the same function as
// `hagiang-map template`, with "open folder" once written.
#include <array>
#include <optional>
#include <string>

#include "app/platform/imgui_layer.h"
#include "core/data/indicator.h"

namespace hgm::app {

// "2021-Q4" -> "2022-Q1"; the text itself when it is no period.
std::string next_quarter(const std::string& period);

struct TemplateActions {
  bool choose_target = false;              // show the chooser for the file (period() checked)
  std::optional<std::string> open_folder;  // the written file's folder
};

class TemplateDialog {
 public:
  // Opens with the quarter after the latest of `table`'s periods.
  void open(const IndicatorTable& table);
  bool shown() const { return open_; }
  TemplateActions draw(Lang lang, const UiFonts& fonts, float screen_w, float screen_h);
  // "2021-Q2" as typed and understood (Quý II/2021 too); empty while the field holds no period.
  std::string period() const;
  // ".xlsx", ".ods" or ".csv".
  std::string extension() const;
  // "mau-nhap-so-lieu-2021-Q2.xlsx".
  std::string suggested_name() const;
  void set_written(const std::string& path);
  void set_failed(const std::string& message);

 private:
  bool open_ = false;
  bool appearing_ = false;
  std::array<char, 64> period_{};
  int format_ = 0;  // index into the formats: XLSX, ODS, CSV
  std::string written_, error_;
};

}  // namespace hgm::app
