#include "render/png/png_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <future>
#include <vector>

#include <zlib.h>

#include "render/errors.h"
#include "render/png/png_deflate.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

namespace fs = std::filesystem;

class PngIo : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(test::output_path("png_io")) /
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  std::size_t files_in_dir() const {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++n;
    return n;
  }
  fs::path dir_;
};

Image gradient(int w, int h) {
  Image image(w, h);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      image.set_pixel(x, y, {static_cast<std::uint8_t>(x * 7), static_cast<std::uint8_t>(y * 13),
                             static_cast<std::uint8_t>((x + y) * 3), static_cast<std::uint8_t>(255 - x)});
    }
  }
  return image;
}

TEST_F(PngIo, RoundTripKeepsEveryByte) {
  const Image image = gradient(37, 19);
  const fs::path path = dir_ / "gradient.png";
  write_png(path, image);
  const Image back = read_png(path);
  EXPECT_EQ(back.width, image.width);
  EXPECT_EQ(back.height, image.height);
  EXPECT_EQ(back.rgba, image.rgba);
  EXPECT_EQ(files_in_dir(), 1u);  // no temporary file left behind
}

// Rows `first`.. of `image` compressed as one band (PngRowDeflater), in `order`.
DeflatedRows deflate_band(const Image& image, int first, int count, bool opaque, PixelOrder order, bool last) {
  PngRowDeflater deflater(image.width, opaque, order);
  std::vector<std::uint8_t> row(static_cast<std::size_t>(image.width) * 4);
  for (int y = first; y < first + count; ++y) {
    std::copy_n(image.rgba.begin() + image.offset(0, y), row.size(), row.begin());
    if (order == PixelOrder::bgra)
      for (std::size_t i = 0; i < row.size(); i += 4) std::swap(row[i], row[i + 2]);
    deflater.add(row.data());
  }
  return deflater.finish(last);
}

// The image data of the PNG at `path` inflated by zlib, which checks the stream's Adler-32
// (libpng's reader stops at the last row and never looks); empty when zlib finds it broken.
std::vector<std::uint8_t> inflated_image_data(const fs::path& path, std::size_t expected) {
  std::ifstream in(path, std::ios::binary);
  const std::vector<std::uint8_t> file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::uint8_t> idat;
  for (std::size_t at = 8; at + 12 <= file.size();) {  // after the signature: length, type, data, CRC
    const std::size_t length = std::size_t{file[at]} << 24 | std::size_t{file[at + 1]} << 16 | std::size_t{file[at + 2]} << 8 | file[at + 3];
    if (std::equal(file.begin() + static_cast<std::ptrdiff_t>(at + 4), file.begin() + static_cast<std::ptrdiff_t>(at + 8), "IDAT"))
      idat.insert(idat.end(), file.begin() + static_cast<std::ptrdiff_t>(at + 8),
                  file.begin() + static_cast<std::ptrdiff_t>(at + 8 + length));
    at += 12 + length;
  }
  std::vector<std::uint8_t> out(expected);
  uLongf size = static_cast<uLongf>(out.size());
  if (uncompress(out.data(), &size, idat.data(), static_cast<uLong>(idat.size())) != Z_OK || size != expected) return {};
  return out;
}

// The export compresses each band on the thread that drew it: bands of any height, made on
// different threads, give the file the whole image, in RGBA or (opaque) RGB, from RGBA or
// cairo's BGRA rows.
TEST_F(PngIo, BandsCompressedOnTheirOwnThreadsMakeTheWholeImage) {
  for (const bool opaque : {false, true}) {
    Image image = gradient(41, 23);
    if (opaque)
      for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
    for (const PixelOrder order : {PixelOrder::rgba, PixelOrder::bgra}) {
      const int bands[][2] = {{0, 1}, {1, 9}, {10, 13}};  // first row, rows
      std::vector<std::future<DeflatedRows>> made;
      for (const auto& band : bands)
        made.push_back(std::async(std::launch::async, deflate_band, std::cref(image), band[0], band[1], opaque, order,
                                  band[0] + band[1] == image.height));
      const fs::path path = dir_ / (std::string(opaque ? "rgb_" : "rgba_") + (order == PixelOrder::bgra ? "bgra.png" : "rgba.png"));
      PngBandWriter png(path, image.width, image.height, opaque, 96);
      for (auto& band : made) png.write(band.get());
      png.finish();
      EXPECT_EQ(read_png(path).rgba, image.rgba) << path;
      EXPECT_NEAR(read_png_dpi(path).value_or(0), 96, 0.1);
      const std::size_t scanline = 1 + static_cast<std::size_t>(image.width) * (opaque ? 3 : 4);
      EXPECT_EQ(inflated_image_data(path, scanline * static_cast<std::size_t>(image.height)).size(),
                scanline * static_cast<std::size_t>(image.height)) << path << ": zlib finds the stream broken";
    }
  }
}

// Too few rows, or too many, and nothing is written.
TEST_F(PngIo, BandsThatAreNotTheWholeImageWriteNothing) {
  const Image image = gradient(12, 8);
  {
    PngBandWriter png(dir_ / "short.png", 12, 8, false);
    png.write(deflate_band(image, 0, 5, false, PixelOrder::rgba, false));
    EXPECT_THROW(png.finish(), ImageIoError);
  }
  {
    PngBandWriter png(dir_ / "long.png", 12, 8, false);
    png.write(deflate_band(image, 0, 8, false, PixelOrder::rgba, true));
    EXPECT_THROW(png.write(deflate_band(image, 0, 1, false, PixelOrder::rgba, true)), ImageIoError);
  }
  EXPECT_EQ(files_in_dir(), 0u);
}

TEST_F(PngIo, AnOpaqueImageRoundTripsWithoutItsAlpha) {
  Image image = gradient(23, 11);
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
  const fs::path path = dir_ / "opaque.png";
  write_png(path, image);
  EXPECT_EQ(read_png(path).rgba, image.rgba);
  // RGB, not RGBA: byte 25 of the file is IHDR's colour type.
  std::ifstream in(path, std::ios::binary);
  in.seekg(25);
  EXPECT_EQ(in.get(), 2);
}

// Word and LibreOffice size an inserted PNG by its pHYs chunk: 300 DPI is 11811 pixels per
// metre, read back as 300 within the metre's rounding.
TEST_F(PngIo, StatesItsDpiWhenGivenOne) {
  const fs::path with = dir_ / "print.png", without = dir_ / "screen.png";
  write_png(with, gradient(6, 4), 300);
  write_png(without, gradient(6, 4));
  ASSERT_TRUE(read_png_dpi(with).has_value());
  EXPECT_NEAR(*read_png_dpi(with), 300, 0.01);
  EXPECT_FALSE(read_png_dpi(without).has_value());
  EXPECT_EQ(read_png(with).rgba, gradient(6, 4).rgba);
  std::ofstream(dir_ / "text.png") << "not a picture";
  EXPECT_THROW(read_png_dpi(dir_ / "text.png"), ImageIoError);
  EXPECT_THROW(read_png_dpi(dir_ / "missing.png"), ImageIoError);
}

TEST_F(PngIo, OverwritesAnExistingFile) {
  const fs::path path = dir_ / "twice.png";
  write_png(path, gradient(5, 5));
  write_png(path, gradient(8, 3));
  EXPECT_EQ(read_png(path).width, 8);
  EXPECT_EQ(files_in_dir(), 1u);
}

TEST_F(PngIo, MissingFolderThrowsNamingThePath) {
  const fs::path path = dir_ / "no" / "such" / "folder" / "map.png";
  try {
    write_png(path, gradient(4, 4));
    FAIL() << "expected ImageIoError";
  } catch (const ImageIoError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
  }
  EXPECT_EQ(files_in_dir(), 0u);
}

// Fails at the last step (renaming over a folder), after the temporary file was written:
// works even when the tests run as root, where permission bits do not stop writing.
TEST_F(PngIo, FailedWriteLeavesNoTemporaryFile) {
  const fs::path path = dir_ / "a_folder.png";
  fs::create_directory(path);
  fs::create_directory(path / "keep");  // a non-empty folder cannot be replaced by a file
  EXPECT_THROW(write_png(path, gradient(4, 4)), ImageIoError);
  EXPECT_EQ(files_in_dir(), 1u);  // only the folder itself
  EXPECT_TRUE(fs::is_directory(path));
}

TEST_F(PngIo, ReadingGarbageThrows) {
  const fs::path path = dir_ / "not_a.png";
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("this is not a PNG", f);
    std::fclose(f);
  }
  EXPECT_THROW(read_png(path), ImageIoError);
  EXPECT_THROW(read_png(dir_ / "missing.png"), ImageIoError);
}

TEST_F(PngIo, EmptyImageIsRefused) { EXPECT_THROW(write_png(dir_ / "empty.png", Image{}), ImageIoError); }

}  // namespace
}  // namespace hgm::render
