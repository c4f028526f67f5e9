// The SVG writer as a whole: exact text for a tiny frame, determinism, well-formed XML
// (xmllint) and atomic writes. No OpenGL anywhere in the SVG tests.
#include "render/svg/svg_writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/errors.h"
#include "svg_test_frames.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

using test::tiny_frame;
using test::tiny_scene;
using test::well_formed;

namespace fs = std::filesystem;

// Written out by hand from test::tiny_frame (svg_test_frames.cpp): the hatch anchor is the pixel of the scene
// origin (10, 5) -> (100, 50), reduced modulo 8 * sqrt(2) = 11.31 -> (9.49, 4.75); map
// patterns are anchored there, frame rectangle patterns at (0, 0). Opacities: 128 / 255
// = 0.502, 230 / 255 = 0.902.
const char* const kTinySvg = R"svg(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="200" height="100" viewBox="0 0 200 100">
<title>Thử &lt;nghiệm&gt;</title>
<defs>
  <clipPath id="map-viewport"><rect x="10" y="10" width="180" height="80"/></clipPath>
  <pattern id="pattern-1" patternUnits="userSpaceOnUse" x="-4" y="-4" width="8" height="8" patternTransform="translate(9.49 4.75) rotate(45)">
    <rect width="8" height="8" fill="#f0c060"/>
    <path d="M4 0V8" fill="none" stroke="#804000" stroke-width="2"/>
  </pattern>
  <pattern id="pattern-2" patternUnits="userSpaceOnUse" x="-4" y="-4" width="8" height="8" patternTransform="rotate(45)">
    <rect width="8" height="8" fill="#dddddd"/>
    <path d="M4 0V8M0 4H8" fill="none" stroke="#808080" stroke-width="2"/>
  </pattern>
</defs>
<rect id="background" width="200" height="100" fill="#ffffff"/>
<g id="map" clip-path="url(#map-viewport)">
  <path id="district-001" fill="#4f9d69" fill-rule="evenodd" d="M50 75L100 75L100 25L50 25Z"><title>Đồng Văn</title></path>
  <path id="district-002" fill="url(#pattern-1)" fill-rule="evenodd" d="M100 75L150 75L150 25L100 25ZM115 60L115 40L135 40L135 60Z"><title>Mèo Vạc</title></path>
  <path id="map-outlines" fill="none" stroke="#000000" stroke-width="1.5" stroke-linejoin="round" d="M50 75L100 75L100 25L50 25ZM100 75L150 75L150 25L100 25ZM115 60L115 40L135 40L135 60Z"/>
</g>
<g id="rects">
  <rect x="150" y="70" width="20" height="10" fill="url(#pattern-2)" stroke="#404040" stroke-width="1" stroke-linejoin="round"/>
</g>
<g id="polygons">
  <path fill="#000000" fill-rule="evenodd" d="M180 10L190 30L170 30Z"/>
</g>
<g id="lines" fill="none" stroke-linecap="round" stroke-linejoin="round">
  <path stroke="#2050b0" stroke-width="2" stroke-opacity="0.502" d="M20 90L60 90"/>
</g>
<g id="texts" font-family="Noto Sans, sans-serif" xml:space="preserve">
  <text x="20.5" y="20.25" font-size="12" fill="#ffffff" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" opacity="0.902">Hà Giang</text>
  <text x="20.5" y="20.25" font-size="12" fill="#1e1e1e">Hà Giang</text>
</g>
</svg>
)svg";

class SvgFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(test::output_path("svg")) / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  std::size_t files_in_dir() const {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++n;
    return n;
  }
  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  fs::path dir_;
};

TEST(SvgWriter, TinyFrameExactly) {
  const hgm::Scene scene = tiny_scene();
  EXPECT_EQ(frame_to_svg(tiny_frame(scene)), kTinySvg);
}

TEST(SvgWriter, SameFrameSameBytes) {
  const hgm::Scene scene = tiny_scene();
  const hgm::Scene copy = scene;
  EXPECT_EQ(frame_to_svg(tiny_frame(scene)), frame_to_svg(tiny_frame(copy)));
  const hgm::Scene test_scene = test::make_test_scene();
  const hgm::Frame frame = test::make_test_frame(test_scene);
  EXPECT_EQ(frame_to_svg(frame), frame_to_svg(frame));
}

TEST(SvgWriter, ParsesWithXmllint) {
#ifdef HGM_XMLLINT
  const hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = test::make_test_frame(scene);
  frame.texts.push_back({"Đồng Văn <&> \"Mèo Vạc\"", 10, 10, 10, {0, 0, 0, 255}, {255, 255, 255, 255}, 1});
  const std::string path = test::output_path("xmllint_check.svg");
  write_svg(path, frame);
  const std::string command = std::string(HGM_XMLLINT) + " --noout '" + path + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  fs::remove(path);
#else
  GTEST_SKIP() << "xmllint not found when configuring (Debian package libxml2-utils)";
#endif
}

TEST_F(SvgFiles, WritesTheDocumentAtomically) {
  const hgm::Scene scene = tiny_scene();
  const hgm::Frame frame = tiny_frame(scene);
  const fs::path path = dir_ / "map.svg";
  write_svg(path, frame);
  write_svg(path, frame);  // over an existing file
  EXPECT_EQ(read(path), frame_to_svg(frame));
  EXPECT_EQ(files_in_dir(), 1u);  // no temporary file left behind
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::others_read, fs::perms::others_read);
}

TEST_F(SvgFiles, MissingFolderThrowsNamingThePath) {
  const hgm::Scene scene = tiny_scene();
  const fs::path path = dir_ / "no" / "such" / "folder" / "map.svg";
  try {
    write_svg(path, tiny_frame(scene));
    FAIL() << "expected ImageIoError";
  } catch (const ImageIoError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("SVG"), std::string::npos) << e.what();
  }
  EXPECT_EQ(files_in_dir(), 0u);
}

// Fails at the last step (renaming over a folder), after the temporary file was written:
// works even as root, where permission bits do not stop writing.
TEST_F(SvgFiles, FailedWriteLeavesNoTemporaryFile) {
  const hgm::Scene scene = tiny_scene();
  const fs::path path = dir_ / "a_folder.svg";
  fs::create_directory(path);
  fs::create_directory(path / "keep");
  EXPECT_THROW(write_svg(path, tiny_frame(scene)), ImageIoError);
  EXPECT_EQ(files_in_dir(), 1u);  // only the folder itself
  EXPECT_TRUE(fs::is_directory(path / "keep"));
}

}  // namespace
}  // namespace hgm::render
