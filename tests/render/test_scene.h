#pragma once
// A small hand-made scene for the renderer tests, in projected-looking coordinates
// (large numbers, as UTM metres would be) so the renderer's origin shift is exercised.
//
//   solid "A" [0,100]x[0,100]   no_data "B" [100,200]x[0,100] (shares A's right edge)
//   hatch "C" [220,320]x[0,100] with a hole [250,290]x[30,70]
#include <string>

#include "core/layout/frame.h"
#include "core/layout/scene.h"
#include "render/image.h"

namespace hgm::render::test {

inline constexpr double kBaseX = 500000;
inline constexpr double kBaseY = 2500000;

inline const hgm::Color kWhite{255, 255, 255, 255};
inline const hgm::Color kBlack{0, 0, 0, 255};
inline const hgm::Color kSolidFill{0x4f, 0x9d, 0x69, 255};
inline const hgm::Color kNoDataFill{0xdd, 0xdd, 0xdd, 255};
inline const hgm::Color kNoDataPattern{0x80, 0x80, 0x80, 255};
inline const hgm::Color kHatchFill{0xf0, 0xc0, 0x60, 255};
inline const hgm::Color kHatchPattern{0x80, 0x40, 0x00, 255};

hgm::Scene make_test_scene();

// The scene laid out at scale 2 px per map unit: A covers pixels x 80..280, B 280..480,
// C 520..720 (hole 580..660), all y 100..300 in a frame of at least 800x400.
hgm::Frame make_test_frame(const hgm::Scene& scene, int width = 800, int height = 400);

// Where a test writes images worth looking at (created on demand).
std::string output_path(const std::string& file_name);
// Writes the image next to the other test output, named after the running test.
void save_for_inspection(const Image& image, const std::string& suffix = "");

// Largest channel difference.
int channel_distance(hgm::Color a, hgm::Color b);

}  // namespace hgm::render::test
