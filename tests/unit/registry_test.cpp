#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/data/district_registry.h"
#include "core/errors.h"

namespace hgm {
namespace {

DistrictRegistry project_registry() {
  const std::string path = std::string(HGM_TEST_PROJECT_GEODATA_DIR) + "/districts.csv";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return DistrictRegistry::from_csv(text.str(), path);
}

std::string matched_code(const DistrictRegistry& r, const std::string& name) {
  const NameMatch m = r.match_name(name);
  return m.status == NameMatch::Status::matched ? r.at(m.index).code : "none";
}

TEST(DistrictRegistry, ProjectRegistryHasElevenUnits) {
  const DistrictRegistry r = project_registry();
  ASSERT_EQ(r.size(), 11u);
  EXPECT_EQ(r.at(0).code, "024");
  EXPECT_EQ(r.at(0).name_vi, "Thành phố Hà Giang");
  EXPECT_EQ(r.at(0).short_vi, "TP. Hà Giang");
}

TEST(DistrictRegistry, FindsCodesWithOrWithoutLeadingZeros) {
  const DistrictRegistry r = project_registry();
  EXPECT_EQ(r.at(*r.find_code("033")).name_vi, "Xín Mần");
  EXPECT_EQ(r.at(*r.find_code("24")).name_vi, "Thành phố Hà Giang");
  EXPECT_EQ(r.at(*r.find_code(" 035 ")).name_vi, "Quang Bình");
  EXPECT_FALSE(r.find_code("025"));
  EXPECT_FALSE(r.find_code("abc"));
  EXPECT_FALSE(r.find_code(""));
}

TEST(DistrictRegistry, MatchesNamesWhateverTheirSpelling) {
  const DistrictRegistry r = project_registry();
  EXPECT_EQ(matched_code(r, "Xín Mần"), "033");
  EXPECT_EQ(matched_code(r, "Xin Man"), "033");
  EXPECT_EQ(matched_code(r, "XIN MAN"), "033");
  EXPECT_EQ(matched_code(r, "  Huyện   Xín Mần "), "033");
  EXPECT_EQ(matched_code(r, "H. Đồng Văn"), "026");
  EXPECT_EQ(matched_code(r, "huyen dong van"), "026");
  EXPECT_EQ(matched_code(r, "Thành phố Hà Giang"), "024");
  EXPECT_EQ(matched_code(r, "TP. Hà Giang"), "024");
  EXPECT_EQ(matched_code(r, "TP Ha Giang"), "024");
  EXPECT_EQ(matched_code(r, "Hoang Su Phi"), "032");
  // NFD: "Mèo Vạc" with combining grave and dot below, matched ignoring marks.
  EXPECT_EQ(matched_code(r, "Me\xCC\x80o Va\xCC\xA3" "c"), "027");
}

TEST(DistrictRegistry, ProvinceQuangBinhNeverMatchesTheDistrict) {
  const DistrictRegistry r = project_registry();
  EXPECT_EQ(matched_code(r, "Quang Bình"), "035");
  const NameMatch m = r.match_name("Quảng Bình");
  EXPECT_EQ(m.status, NameMatch::Status::unmatched);
  ASSERT_FALSE(m.candidates.empty());
  EXPECT_EQ(r.at(m.candidates.front()).code, "035");  // offered as the closest, not taken
}

TEST(DistrictRegistry, BareHaGiangIsAmbiguous) {
  const DistrictRegistry r = project_registry();
  for (const char* name : {"Hà Giang", "Ha Giang", "HÀ GIANG"}) {
    const NameMatch m = r.match_name(name);
    EXPECT_EQ(m.status, NameMatch::Status::ambiguous) << name;
    EXPECT_EQ(m.why, NameMatch::Why::city_or_province);
  }
}

TEST(DistrictRegistry, InADistrictLayerBareHaGiangIsTheCity) {
  const DistrictRegistry r = project_registry();
  const NameMatch m = r.match_name("Ha Giang", /*district_level_only=*/true);
  ASSERT_EQ(m.status, NameMatch::Status::matched);
  EXPECT_EQ(r.at(m.index).code, "024");
  EXPECT_EQ(r.match_name("Quảng Bình", true).status, NameMatch::Status::unmatched);
}

TEST(DistrictRegistry, UnknownNamesListCandidates) {
  const DistrictRegistry r = project_registry();
  const NameMatch m = r.match_name("Xin Mam");
  EXPECT_EQ(m.status, NameMatch::Status::unmatched);
  EXPECT_EQ(m.why, NameMatch::Why::unknown_name);
  ASSERT_FALSE(m.candidates.empty());
  EXPECT_EQ(r.at(m.candidates.front()).code, "033");
  EXPECT_EQ(r.match_name("").status, NameMatch::Status::unmatched);
  EXPECT_EQ(r.match_name("Hà Nội").status, NameMatch::Status::unmatched);
}

TEST(DistrictRegistry, RejectsDuplicateCodesWithLine) {
  try {
    DistrictRegistry::from_csv("code,name_vi,name_full,name_en\n024,A,A,A\n024,B,B,B\n", "d.csv");
    FAIL() << "expected DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("d.csv:3"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

// A few units as a national layer gives them: several districts share a name across provinces.
DistrictRegistry layer_registry() {
  return DistrictRegistry::from_units({unit_from_layer("VNM-1", "Huyện Châu Thành"), unit_from_layer("VNM-2", "Huyện Châu Thành"),
                                       unit_from_layer("VNM-3", "Quận 1"), unit_from_layer("026", "Huyện Đồng Văn"),
                                       unit_from_layer("VNM-5", "Thị xã Sa Pa")});
}

TEST(LayerUnits, TakeTypeAndLabelFromTheLayersName) {
  const District dong_van = unit_from_layer(" 026 ", "Huyện Đồng Văn");
  EXPECT_EQ(dong_van.code, "026");
  EXPECT_EQ(dong_van.type_vi, "Huyện");
  EXPECT_EQ(dong_van.short_vi, "Đồng Văn");
  EXPECT_EQ(dong_van.name_vi, "Huyện Đồng Văn");
  // A numbered district keeps its type: "1" alone would name nothing.
  EXPECT_EQ(unit_from_layer("760", "Quận 1").short_vi, "Quận 1");
  EXPECT_EQ(unit_from_layer("x", "Mường Tè").type_vi, "");
  EXPECT_EQ(unit_from_layer("x", "Mường Tè").short_vi, "Mường Tè");
}

TEST(LayerUnits, AreFoundByTheirOwnCodesAndNames) {
  const DistrictRegistry r = layer_registry();
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r.at(*r.find_code("VNM-3")).name_vi, "Quận 1");  // codes of letters: as written
  EXPECT_FALSE(r.find_code("VNM-03"));
  EXPECT_EQ(r.at(*r.find_code("26")).name_vi, "Huyện Đồng Văn");  // codes of digits: as numbers
  EXPECT_EQ(matched_code(r, "Đồng Văn"), "026");
  EXPECT_EQ(matched_code(r, "H. Dong Van"), "026");
  EXPECT_EQ(matched_code(r, "Sa Pa"), "VNM-5");
  EXPECT_EQ(matched_code(r, "Quận 1"), "VNM-3");
}

TEST(LayerUnits, ANameSeveralUnitsBearIsAmbiguousNotTheFirst) {
  const DistrictRegistry r = layer_registry();
  const NameMatch m = r.match_name("Châu Thành");
  EXPECT_EQ(m.status, NameMatch::Status::ambiguous);
  EXPECT_EQ(m.why, NameMatch::Why::same_name);
  EXPECT_EQ(m.candidates, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(r.match_name("Chau Thanh").status, NameMatch::Status::ambiguous);
  EXPECT_EQ(r.match_name("Châu Đốc").status, NameMatch::Status::unmatched);
}

}  // namespace
}  // namespace hgm
