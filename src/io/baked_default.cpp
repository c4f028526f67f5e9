#include "io/baked_default.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "io/national_layer.h"
#include "io/project_data.h"

namespace hgm::io {

namespace {

namespace fs = std::filesystem;

// Changed whenever what follows it changes: bytes of another layout are not read.
constexpr std::string_view kMagic = "hagiang-map baked default map, layout 1\n";

// FNV-1a, 64 bits: a changed file is told from the baked one (not a defence against forgery:
// whoever can edit geodata/ can edit the program).
std::uint64_t hash_of(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::optional<std::string> bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// One list of each baked type's fields, read by the Writer and filled by the Reader: the two
// cannot drift apart. (The Writer only reads what it is given; see its operator().)
template <class A> void fields(A& a, Vec2& p) { a(p.x), a(p.y); }
template <class A> void fields(A& a, Bounds& b) { a(b.min_x), a(b.min_y), a(b.max_x), a(b.max_y); }
template <class A> void fields(A& a, Polygon& p) { a(p.outer), a(p.holes); }
template <class A> void fields(A& a, TriangleMesh& m) { a(m.vertices), a(m.indices); }
template <class A> void fields(A& a, DistrictGeometry& g) {
  a(g.district), a(g.shape), a(g.exact), a(g.extent), a(g.mesh), a(g.label_anchor), a(g.inscribed_radius);
}
template <class A> void fields(A& a, BoundarySet& s) { a(s.districts), a(s.source), a(s.crs), a(s.bounds), a(s.warnings); }
template <class A> void fields(A& a, LocatorShape& s) { a(s.code), a(s.shape), a(s.mesh); }
template <class A> void fields(A& a, LocatorLabel& l) {
  a(l.position), a(l.vi), a(l.en), a(l.text_left_of_position), a(l.islands);
}
template <class A> void fields(A& a, LocatorMap& m) { a(m.shapes), a(m.labels), a(m.bounds), a(m.highlight_code), a(m.caption); }

// A file the baked map was made from, as it was then.
struct Source {
  std::string path;
  std::uint64_t size = 0, hash = 0;
};
template <class A> void fields(A& a, Source& s) { a(s.path), a(s.size), a(s.hash); }

// Little-endian 64-bit words; texts and lists are a count and then their items.
class Writer {
 public:
  void operator()(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void operator()(std::uint32_t v) { (*this)(std::uint64_t{v}); }
  void operator()(bool b) { (*this)(std::uint64_t{b ? 1u : 0u}); }
  void operator()(double d) {
    std::uint64_t v = 0;
    std::memcpy(&v, &d, sizeof v);
    (*this)(v);
  }
  void operator()(const std::string& s) {
    (*this)(std::uint64_t{s.size()});
    out_.append(s);
  }
  template <class T> void operator()(const std::vector<T>& list) {
    (*this)(std::uint64_t{list.size()});
    for (const T& item : list) (*this)(item);
  }
  void operator()(const LazyMesh& mesh) { (*this)(mesh.get()); }
  // fields() takes its object to fill or to read: writing, it is only read.
  template <class T> void operator()(const T& object) { fields(*this, const_cast<T&>(object)); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote. Bytes that end early or hold impossible counts make ok() false
// (and every later read give zeros), never a read past the end or a huge allocation.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }

  void operator()(std::uint64_t& v) {
    v = 0;
    if (in_.size() - pos_ < 8) return fail();
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    pos_ += 8;
  }
  void operator()(std::uint32_t& v) { v = static_cast<std::uint32_t>(word()); }
  void operator()(bool& b) { b = word() != 0; }
  void operator()(double& d) {
    const std::uint64_t v = word();
    std::memcpy(&d, &v, sizeof d);
  }
  void operator()(std::string& s) {
    const std::size_t n = count(1);
    s.assign(in_.substr(pos_, n));
    pos_ += n;
  }
  // Every item is at least one word: a count the rest of the bytes cannot hold is refused.
  template <class T> void operator()(std::vector<T>& list) {
    list.assign(count(8), T{});
    for (T& item : list) (*this)(item);
  }
  void operator()(LazyMesh& mesh) {
    TriangleMesh m;
    (*this)(m);
    mesh = LazyMesh(std::move(m));
  }
  template <class T> void operator()(T& object) { fields(*this, object); }

 private:
  std::uint64_t word() {
    std::uint64_t v = 0;
    (*this)(v);
    return v;
  }
  std::size_t count(std::size_t each) {
    const std::uint64_t n = word();
    if (n > (in_.size() - pos_) / each) return fail(), 0;
    return static_cast<std::size_t>(n);
  }
  void fail() {
    ok_ = false;
    pos_ = in_.size();
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

// The map as baked in one language: its own bytes, so the other language's can be skipped.
std::string map_bytes(const MapInputs& in) {
  Writer w;
  w(in.boundaries);
  w(in.locator);
  return w.take();
}

// The files the map is made from, as they are now; nothing for a file that cannot be read.
std::vector<Source> sources_now(const std::vector<std::string>& paths) {
  std::vector<Source> now;
  for (const std::string& path : paths) {
    const std::optional<std::string> bytes = bytes_of(path);
    now.push_back({path, bytes ? bytes->size() : 0, bytes ? hash_of(*bytes) : 0});
  }
  return now;
}

}  // namespace

std::vector<std::string> default_map_sources(const std::string& boundary_file, const std::string& data_dir) {
  const std::string boundaries = boundary_file_or_default(boundary_file);
  const std::string stems[] = {fs::path(boundaries).stem().string(), fs::path(locator_file_beside(boundaries)).stem().string()};
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(fs::path(boundaries).parent_path(), error)) {
    if (!entry.is_regular_file(error)) continue;
    const std::string name = entry.path().filename().string();
    for (const std::string& stem : stems)
      if (name.size() > stem.size() && name.compare(0, stem.size(), stem) == 0 && name[stem.size()] == '.') {
        files.push_back(entry.path().string());
        break;
      }
  }
  std::sort(files.begin(), files.end());
  files.push_back((fs::path(project_dir_or_default(data_dir)) / "districts.csv").string());
  return files;
}

std::string baked_default_bytes(const MapInputs& vi, const MapInputs& en, const std::string& boundary_file,
                                const std::string& data_dir) {
  Writer w;
  w(std::string(kMagic));
  w(boundary_file_or_default(boundary_file));
  w(project_dir_or_default(data_dir));
  w(sources_now(default_map_sources(boundary_file, data_dir)));
  w(map_bytes(vi));
  w(map_bytes(en));
  return w.take();
}

std::optional<MapInputs> load_baked(std::string_view bytes, const std::string& boundary_file, const std::string& data_dir,
                                    Lang lang) {
  Reader r(bytes);
  std::string magic, boundaries, dir;
  r(magic), r(boundaries), r(dir);
  if (magic != kMagic || boundaries != boundary_file_or_default(boundary_file) || dir != project_dir_or_default(data_dir))
    return std::nullopt;
  std::vector<Source> baked;
  r(baked);
  const std::vector<std::string> paths = default_map_sources(boundary_file, data_dir);
  if (!r.ok() || baked.size() != paths.size()) return std::nullopt;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::error_code error;
    // The size first: most edits change it, and then the file need not be read.
    if (baked[i].path != paths[i] || fs::file_size(paths[i], error) != baked[i].size || error) return std::nullopt;
    const std::optional<std::string> now = bytes_of(paths[i]);
    if (!now || hash_of(*now) != baked[i].hash) return std::nullopt;
  }
  std::string maps[2];  // Vietnamese, English
  r(maps[0]), r(maps[1]);
  if (!r.ok() || !r.at_end()) return std::nullopt;
  Reader map(maps[lang == Lang::en ? 1 : 0]);
  MapInputs in;
  map(in.boundaries), map(in.locator);
  if (!map.ok() || !map.at_end()) return std::nullopt;
  in.data = load_project_data(data_dir, lang);
  // districts.csv was hashed above and is read again here: should it change in between, the
  // baked districts may not be this registry's.
  for (const DistrictGeometry& g : in.boundaries.districts)
    if (g.district >= in.data.registry.size()) return std::nullopt;
  return in;
}

}  // namespace hgm::io
