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

// A size the OpenGL driver cannot draw (beyond GL_MAX_RENDERBUFFER_SIZE, the texture or
// viewport limits): the message says the limit, in both languages.
class GlLimitError : public hgm::EnvironmentError {
 public:
  using hgm::EnvironmentError::EnvironmentError;
};

// An image file could not be written (or, in tests, read); the message names the path
// and the reason, in both languages when it comes from the file system.
class ImageIoError : public hgm::OutputError {
 public:
  using hgm::OutputError::OutputError;
};

}  // namespace hgm::render
