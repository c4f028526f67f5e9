#pragma once
// A two-channel (ink, halo) texture holding rasterised lines of text, with a CPU copy so
// it can grow without re-rasterising. Entries are looked up by a caller-made key.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/gl/texture.h"
#include "render/text/shelf_packer.h"
#include "render/text/text_raster.h"

namespace hgm::render::gl {

class TextAtlas {
 public:
  struct Entry {
    int x = 0, y = 0, width = 0, height = 0;  // texels
    int left = 0, top = 0;                    // as in TextBitmap
  };

  TextAtlas();

  const Entry* find(const std::string& key) const;
  // Copies the bitmap in, growing the atlas up to the driver's texture size limit.
  // Returns nullopt when it no longer fits; clear() and start over then.
  std::optional<Entry> add(const std::string& key, const TextBitmap& bitmap);
  void clear();
  // Sends new or changed texels to the texture and binds it to texture unit 0.
  void sync_and_bind();

 private:
  bool grow_for(int w, int h);

  int max_size_;
  ShelfPacker packer_;
  std::vector<std::uint8_t> texels_;  // width * height * 2
  std::unordered_map<std::string, Entry> entries_;
  Texture texture_;
  bool reallocate_ = true;
  int dirty_begin_ = 0, dirty_end_ = 0;  // rows
};

}  // namespace hgm::render::gl
