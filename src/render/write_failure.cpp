#include "render/write_failure.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "render/errors.h"

namespace hgm::render {

WriteFailure failure_of_errno(int error, const std::filesystem::path& folder) {
  const std::string f = folder.string();
  switch (error) {
    case ENOENT:
      return {"thư mục " + f + " không tồn tại; hãy tạo thư mục đó hoặc ghi ra nơi khác",
              "the folder " + f + " does not exist; create it or write somewhere else"};
    case ENOTDIR:
      return {f + " không phải là thư mục; hãy ghi ra một thư mục có thật",
              f + " is not a folder; write into a folder that exists"};
    case ENOSPC:
    case EDQUOT:
      return {"ổ đĩa đã đầy (hoặc hết hạn mức); hãy giải phóng chỗ trống hoặc ghi ra ổ khác; tệp cũ, nếu có, vẫn "
              "nguyên vẹn",
              "the disk is full (or over quota); free some space or write to another disk; an existing file is "
              "left unchanged"};
    case EACCES:
    case EPERM:
      return {"không có quyền ghi vào thư mục " + f + "; hãy chọn thư mục khác",
              "no permission to write in the folder " + f + "; choose another folder"};
    case EROFS:
      return {"ổ đĩa chứa " + f + " chỉ cho phép đọc; hãy ghi ra nơi khác",
              "the disk holding " + f + " is read-only; write somewhere else"};
    default:
      return {std::string("lỗi hệ thống: ") + std::strerror(error), std::strerror(error)};
  }
}

WriteFailure read_only_file() {
  return {"tệp này chỉ cho phép đọc (không có quyền ghi); không ghi đè lên nó — hãy chọn một tên tệp khác hoặc "
          "cho phép ghi tệp trước",
          "the file is read-only (no write permission); it is not replaced — choose another file name or make the "
          "file writable first"};
}

WriteFailure failure_of_file_type(unsigned mode) {
  const auto refused = [](const std::string& vi, const std::string& en) -> WriteFailure {
    return {"đó là " + vi + ", không phải tệp thường; không ghi đè lên nó — hãy chọn một tên tệp khác",
            "it is " + en + ", not a regular file; it is not replaced — choose another file name"};
  };
  if (S_ISDIR(mode)) return refused("một thư mục", "a folder");
  if (S_ISFIFO(mode)) return refused("một ống có tên (FIFO)", "a named pipe (FIFO)");
  if (S_ISCHR(mode)) return refused("một thiết bị ký tự", "a character device");
  if (S_ISBLK(mode)) return refused("một thiết bị khối", "a block device");
  if (S_ISSOCK(mode)) return refused("một socket", "a socket");
  return refused("một loại tệp đặc biệt", "a special file");
}

WriteFailure dangling_link(const std::filesystem::path& link_target) {
  const std::string t = link_target.string();
  return {"đó là liên kết tượng trưng tới " + t + ", nơi không tồn tại; hãy sửa liên kết hoặc chọn tên tệp khác",
          "it is a symbolic link to " + t + ", which does not exist; fix the link or choose another file name"};
}

void throw_write_failure(const std::string& kind, const std::filesystem::path& target, const WriteFailure& why) {
  throw ImageIoError("không ghi được tệp " + kind + " " + target.string() + ": " + why.vi,
                     "cannot write " + kind + " " + target.string() + ": " + why.en);
}

}  // namespace hgm::render
