#include "io/national_layer.h"

#include <filesystem>

namespace hgm::io {

std::string national_layer_dir() { return HGM_NATIONAL_GEODATA_DIR; }

bool is_national_layer(const std::string& path) {
  return std::filesystem::path(path).stem() == "vietnam_adm2";
}

std::string national_layer_missing_message(const std::string& path, Lang lang) {
  if (lang == Lang::en)
    return path + ": the 708-district national layer (vietnam_adm2) is not there. It is not in the repository "
                  "(the default map does not need it): run scripts/obtain-boundaries.sh to put it into " +
           national_layer_dir() +
           " (it copies it from $HAGIANG_GEODATA_DIR or ../shared/geodata if present, else downloads the official "
           "geoBoundaries release and checks its SHA-256), then pass that file with --boundaries.";
  return path + ": không có lớp 708 huyện toàn quốc (vietnam_adm2). Lớp này không nằm trong kho mã (bản đồ mặc "
                "định không cần nó): hãy chạy scripts/obtain-boundaries.sh để lấy về " +
         national_layer_dir() +
         " (chép từ $HAGIANG_GEODATA_DIR hoặc ../shared/geodata nếu có, nếu không thì tải bản chính thức của "
         "geoBoundaries và kiểm tra SHA-256), rồi truyền tệp đó bằng --boundaries.";
}

}  // namespace hgm::io
