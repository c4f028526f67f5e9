#include "render/gl/text_atlas.h"

#include <algorithm>
#include <cstring>

namespace hgm::render::gl {

namespace {
constexpr int kInitialSize = 1024;
constexpr int kLargestSize = 4096;  // 32 MB of CPU copy at most
}  // namespace

TextAtlas::TextAtlas() : max_size_(kInitialSize), packer_(kInitialSize, kInitialSize) {
  GLint limit = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &limit);
  max_size_ = std::clamp(static_cast<int>(limit), kInitialSize, kLargestSize);
  texels_.assign(static_cast<std::size_t>(kInitialSize) * kInitialSize * 2, 0);
}

const TextAtlas::Entry* TextAtlas::find(const std::string& key) const {
  const auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

bool TextAtlas::grow_for(int w, int h) {
  const int old_width = packer_.width(), old_height = packer_.height();
  int new_width = old_width, new_height = old_height;
  while (new_width < w + 1 && new_width < max_size_) new_width *= 2;
  while (new_height < h + 1 && new_height < max_size_) new_height *= 2;
  if (new_width == old_width && new_height == old_height) {
    if (new_height < max_size_) {
      new_height *= 2;
    } else if (new_width < max_size_) {
      new_width *= 2;
    }
  }
  new_width = std::min(new_width, max_size_);
  new_height = std::min(new_height, max_size_);
  if (new_width == old_width && new_height == old_height) return false;
  std::vector<std::uint8_t> grown(static_cast<std::size_t>(new_width) * static_cast<std::size_t>(new_height) * 2, 0);
  for (int row = 0; row < old_height; ++row) {
    std::memcpy(grown.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(new_width) * 2,
                texels_.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(old_width) * 2,
                static_cast<std::size_t>(old_width) * 2);
  }
  texels_ = std::move(grown);
  packer_.grow(new_width, new_height);
  reallocate_ = true;
  return true;
}

std::optional<TextAtlas::Entry> TextAtlas::add(const std::string& key, const TextBitmap& bitmap) {
  std::optional<PackedRect> at = packer_.insert(bitmap.width, bitmap.height);
  while (!at) {
    if (!grow_for(bitmap.width, bitmap.height)) return std::nullopt;
    at = packer_.insert(bitmap.width, bitmap.height);
  }
  const int atlas_width = packer_.width();
  for (int row = 0; row < bitmap.height; ++row) {
    std::memcpy(texels_.data() + (static_cast<std::size_t>(at->y + row) * static_cast<std::size_t>(atlas_width) +
                                  static_cast<std::size_t>(at->x)) * 2,
                bitmap.ink_halo.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(bitmap.width) * 2,
                static_cast<std::size_t>(bitmap.width) * 2);
  }
  if (bitmap.height > 0) {
    if (dirty_begin_ == dirty_end_) {
      dirty_begin_ = at->y;
      dirty_end_ = at->y + bitmap.height;
    } else {
      dirty_begin_ = std::min(dirty_begin_, at->y);
      dirty_end_ = std::max(dirty_end_, at->y + bitmap.height);
    }
  }
  const Entry entry{at->x, at->y, bitmap.width, bitmap.height, bitmap.left, bitmap.top};
  entries_[key] = entry;
  return entry;
}

void TextAtlas::clear() {
  entries_.clear();
  packer_.clear();
  std::fill(texels_.begin(), texels_.end(), std::uint8_t{0});
  reallocate_ = true;
}

void TextAtlas::sync_and_bind() {
  glActiveTexture(GL_TEXTURE0);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  if (reallocate_) {
    texture_.allocate(GL_RG8, packer_.width(), packer_.height(), GL_RG, GL_UNSIGNED_BYTE, texels_.data());
    reallocate_ = false;
  } else {
    glBindTexture(GL_TEXTURE_2D, texture_.id());
    if (dirty_end_ > dirty_begin_) {
      glTexSubImage2D(GL_TEXTURE_2D, 0, 0, dirty_begin_, packer_.width(), dirty_end_ - dirty_begin_, GL_RG,
                      GL_UNSIGNED_BYTE,
                      texels_.data() + static_cast<std::size_t>(dirty_begin_) * static_cast<std::size_t>(packer_.width()) * 2);
    }
  }
  dirty_begin_ = dirty_end_ = 0;
}

}  // namespace hgm::render::gl
