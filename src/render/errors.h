#pragma once
// Errors thrown by the renderer. All derive from hgm::Error so front ends can map them.
// A missing font or OpenGL is hgm::EnvironmentError (the machine lacks something).
#include <string>

#include "core/errors.h"

namespace hgm::render {

// OpenGL misuse or failure that is not the machine's fault: a shader that does not
// compile or link, an incomplete framebuffer, a GL error after drawing.
class GlError : public hgm::Error {
 public:
  using hgm::Error::Error;
};

// An image file could not be written or read; the message names the path and the reason.
class ImageIoError : public hgm::Error {
 public:
  using hgm::Error::Error;
};

}  // namespace hgm::render
