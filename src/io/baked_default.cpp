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

std::string resolved_boundaries(const std::string& boundary_file) {
  return boundary_file.empty() ? default_boundary_file() : boundary_file;
}

std::string resolved_data_dir(const std::string& data_dir) { return data_dir.empty() ? default_project_dir() : data_dir; }

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

class Writer {
 public:
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void f64(double d) {
    std::uint64_t v = 0;
    std::memcpy(&v, &d, sizeof v);
    u64(v);
  }
  void text(std::string_view s) {
    u64(s.size());
    out_.append(s);
  }
  void flag(bool b) { u64(b ? 1 : 0); }
  void point(Vec2 p) {
    f64(p.x);
    f64(p.y);
  }
  void ring(const Ring& r) {
    u64(r.size());
    for (const Vec2 p : r) point(p);
  }
  void shape(const MultiPolygon& m) {
    u64(m.size());
    for (const Polygon& p : m) {
      ring(p.outer);
      u64(p.holes.size());
      for (const Ring& h : p.holes) ring(h);
    }
  }
  void box(const Bounds& b) {
    f64(b.min_x);
    f64(b.min_y);
    f64(b.max_x);
    f64(b.max_y);
  }
  void mesh(const TriangleMesh& m) {
    u64(m.vertices.size());
    for (const Vec2 p : m.vertices) point(p);
    u64(m.indices.size());
    for (const std::uint32_t i : m.indices) u64(i);
  }
  void texts(const std::vector<std::string>& list) {
    u64(list.size());
    for (const std::string& s : list) text(s);
  }
  void boundaries(const BoundarySet& set) {
    u64(set.districts.size());
    for (const DistrictGeometry& g : set.districts) {
      u64(g.district);
      shape(g.shape);
      shape(g.exact);
      box(g.extent);
      mesh(g.mesh.get());
      point(g.label_anchor);
      f64(g.inscribed_radius);
    }
    text(set.source);
    text(set.crs);
    box(set.bounds);
    texts(set.warnings);
  }
  void locator(const LocatorMap& map) {
    u64(map.shapes.size());
    for (const LocatorShape& s : map.shapes) {
      text(s.code);
      shape(s.shape);
      mesh(s.mesh);
    }
    u64(map.labels.size());
    for (const LocatorLabel& l : map.labels) {
      point(l.position);
      text(l.vi);
      text(l.en);
      flag(l.text_left_of_position);
      box(l.islands);
    }
    box(map.bounds);
    text(map.highlight_code);
    text(map.caption);
  }
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

  std::uint64_t u64() {
    if (in_.size() - pos_ < 8) return fail(), 0;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return v;
  }
  double f64() {
    const std::uint64_t v = u64();
    double d = 0;
    std::memcpy(&d, &v, sizeof d);
    return d;
  }
  // A count of things at least `each` bytes long that the rest of the bytes can hold.
  std::size_t count(std::size_t each) {
    const std::uint64_t n = u64();
    if (n > (in_.size() - pos_) / each) return fail(), 0;
    return static_cast<std::size_t>(n);
  }
  std::string text() {
    const std::size_t n = count(1);
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  bool flag() { return u64() != 0; }
  Vec2 point() {
    const double x = f64();
    return {x, f64()};
  }
  Ring ring() {
    Ring r(count(16));
    for (Vec2& p : r) p = point();
    return r;
  }
  MultiPolygon shape() {
    MultiPolygon m(count(16));
    for (Polygon& p : m) {
      p.outer = ring();
      p.holes.resize(count(8));
      for (Ring& h : p.holes) h = ring();
    }
    return m;
  }
  Bounds box() {
    Bounds b;
    b.min_x = f64();
    b.min_y = f64();
    b.max_x = f64();
    b.max_y = f64();
    return b;
  }
  TriangleMesh mesh() {
    TriangleMesh m;
    m.vertices.resize(count(16));
    for (Vec2& p : m.vertices) p = point();
    m.indices.resize(count(8));
    for (std::uint32_t& i : m.indices) i = static_cast<std::uint32_t>(u64());
    return m;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> list(count(8));
    for (std::string& s : list) s = text();
    return list;
  }
  BoundarySet boundaries() {
    BoundarySet set;
    set.districts.resize(count(8));
    for (DistrictGeometry& g : set.districts) {
      g.district = static_cast<std::size_t>(u64());
      g.shape = shape();
      g.exact = shape();
      g.extent = box();
      g.mesh = LazyMesh(mesh());
      g.label_anchor = point();
      g.inscribed_radius = f64();
    }
    set.source = text();
    set.crs = text();
    set.bounds = box();
    set.warnings = texts();
    return set;
  }
  LocatorMap locator() {
    LocatorMap map;
    map.shapes.resize(count(8));
    for (LocatorShape& s : map.shapes) {
      s.code = text();
      s.shape = shape();
      s.mesh = mesh();
    }
    map.labels.resize(count(8));
    for (LocatorLabel& l : map.labels) {
      l.position = point();
      l.vi = text();
      l.en = text();
      l.text_left_of_position = flag();
      l.islands = box();
    }
    map.bounds = box();
    map.highlight_code = text();
    map.caption = text();
    return map;
  }
  std::string_view rest() const { return in_.substr(pos_); }
  void skip(std::size_t n) { n <= in_.size() - pos_ ? void(pos_ += n) : fail(); }

 private:
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
  w.boundaries(in.boundaries);
  w.locator(in.locator);
  return w.take();
}

}  // namespace

std::vector<std::string> default_map_sources(const std::string& boundary_file, const std::string& data_dir) {
  const std::string boundaries = resolved_boundaries(boundary_file);
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
  files.push_back((fs::path(resolved_data_dir(data_dir)) / "districts.csv").string());
  return files;
}

std::string baked_default_bytes(const MapInputs& vi, const MapInputs& en, const std::string& boundary_file,
                                const std::string& data_dir) {
  Writer w;
  w.text(kMagic);
  w.text(resolved_boundaries(boundary_file));
  w.text(resolved_data_dir(data_dir));
  const std::vector<std::string> sources = default_map_sources(boundary_file, data_dir);
  w.u64(sources.size());
  for (const std::string& path : sources) {
    const std::optional<std::string> bytes = bytes_of(path);
    w.text(path);
    w.u64(bytes ? bytes->size() : 0);
    w.u64(bytes ? hash_of(*bytes) : 0);
  }
  w.text(map_bytes(vi));
  w.text(map_bytes(en));
  return w.take();
}

std::optional<MapInputs> load_baked(std::string_view bytes, const std::string& boundary_file, const std::string& data_dir,
                                    Lang lang) {
  Reader r(bytes);
  if (r.text() != kMagic || r.text() != resolved_boundaries(boundary_file) || r.text() != resolved_data_dir(data_dir))
    return std::nullopt;
  const std::vector<std::string> sources = default_map_sources(boundary_file, data_dir);
  if (r.count(24) != sources.size()) return std::nullopt;
  for (const std::string& path : sources) {
    const std::string baked_path = r.text();
    const std::uint64_t size = r.u64(), hash = r.u64();
    std::error_code error;
    if (!r.ok() || baked_path != path || fs::file_size(path, error) != size || error) return std::nullopt;
    const std::optional<std::string> now = bytes_of(path);
    if (!now || hash_of(*now) != hash) return std::nullopt;
  }
  std::string_view maps[2];  // Vietnamese, English
  for (std::string_view& m : maps) {
    const std::size_t n = r.count(1);
    m = r.rest().substr(0, n);
    r.skip(n);
  }
  if (!r.ok() || !r.at_end()) return std::nullopt;
  Reader map(maps[lang == Lang::en ? 1 : 0]);
  MapInputs in;
  in.boundaries = map.boundaries();
  in.locator = map.locator();
  if (!r.ok() || !map.ok() || !map.at_end()) return std::nullopt;
  in.data = load_project_data(data_dir, lang);
  // districts.csv was hashed above and is read again here: should it change in between, the
  // baked districts may not be this registry's.
  for (const DistrictGeometry& g : in.boundaries.districts)
    if (g.district >= in.data.registry.size()) return std::nullopt;
  return in;
}

}  // namespace hgm::io
