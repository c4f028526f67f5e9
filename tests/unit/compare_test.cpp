// Ranks, comparisons with the province, the overview and district profiles: computed on
// what the words allow, checked against hand-worked expectations.
#include <gtest/gtest.h>

#include <map>

#include "core/compare/comparison.h"
#include "core/compare/overview.h"
#include "core/compare/profile.h"
#include "core/compare/ranking.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "project_tables.h"

namespace hgm {
namespace {

StatedValue exact(double v) {
  StatedValue s;
  s.kind = ValueKind::exact;
  s.value = v;
  return s;
}

StatedValue bound(std::optional<double> lower, std::optional<double> upper, bool inclusive) {
  StatedValue s;
  s.kind = !lower ? ValueKind::at_most : !upper ? ValueKind::at_least : ValueKind::interval;
  s.lower = lower;
  s.upper = upper;
  s.lower_inclusive = s.upper_inclusive = inclusive;
  return s;
}

ProvinceReference province(double v) {
  ProvinceReference r;
  r.value = v;
  return r;
}

TEST(Comparison, ExactFiguresFollowThePolarity) {
  const ProvinceReference p = province(15.8);
  const StatedValue above = exact(47.4), below = exact(8.6), equal = exact(15.8);
  EXPECT_EQ(compare_with_reference(&above, &p, Polarity::higher_is_better), Comparison::better);
  EXPECT_EQ(compare_with_reference(&below, &p, Polarity::higher_is_better), Comparison::worse);
  EXPECT_EQ(compare_with_reference(&equal, &p, Polarity::higher_is_better), Comparison::same);
  EXPECT_EQ(compare_with_reference(&above, &p, Polarity::lower_is_better), Comparison::worse);
  EXPECT_EQ(compare_with_reference(&below, &p, Polarity::lower_is_better), Comparison::better);
}

TEST(Comparison, BoundsSayOnlyWhatIsCertain) {
  const ProvinceReference p = province(15.8);
  const StatedValue at_most_ref = bound(std::nullopt, 15.8, true);     // "không trên 15,8%"
  const StatedValue below_51 = bound(std::nullopt, 51.0, false);       // "dưới 51%"
  const StatedValue above_ref = bound(15.8, std::nullopt, false);      // "trên 15,8%"
  const StatedValue at_least_ref = bound(15.8, std::nullopt, true);    // "từ 15,8% trở lên"
  const StatedValue below_10 = bound(std::nullopt, 10.0, false);
  EXPECT_EQ(compare_with_reference(&at_most_ref, &p, Polarity::higher_is_better), Comparison::not_better);
  EXPECT_EQ(compare_with_reference(&at_most_ref, &p, Polarity::lower_is_better), Comparison::not_worse);
  EXPECT_EQ(compare_with_reference(&below_51, &p, Polarity::higher_is_better), Comparison::cannot_tell);
  EXPECT_EQ(compare_with_reference(&above_ref, &p, Polarity::higher_is_better), Comparison::better);
  EXPECT_EQ(compare_with_reference(&at_least_ref, &p, Polarity::higher_is_better), Comparison::not_worse);
  EXPECT_EQ(compare_with_reference(&below_10, &p, Polarity::higher_is_better), Comparison::worse);
}

TEST(Comparison, MissingPiecesAreNamed) {
  const ProvinceReference p = province(15.8);
  const StatedValue v = exact(20);
  StatedValue flag;
  flag.kind = ValueKind::flag;
  EXPECT_EQ(compare_with_reference(nullptr, &p, Polarity::higher_is_better), Comparison::no_data);
  EXPECT_EQ(compare_with_reference(&v, nullptr, Polarity::higher_is_better), Comparison::no_reference);
  EXPECT_EQ(compare_with_reference(&flag, &p, Polarity::higher_is_better), Comparison::cannot_tell);
  EXPECT_EQ(compare_with_reference(&v, &p, Polarity::neutral), Comparison::cannot_tell);
  EXPECT_STREQ(comparison_id(Comparison::not_better), "not_better");
}

// A small table: four districts with figures, one bound, one flag, the rest no data.
struct SmallTable {
  test::ProjectTables project;  // for the real registry
  IndicatorTable table;
  SmallTable(Polarity polarity) {
    Indicator ind;
    ind.id = "x";
    ind.polarity = polarity;
    table.add_indicator(ind);
    const auto& r = project.registry;
    table.set_value("x", "2021-Q1", r.at(0).code, exact(30));
    table.set_value("x", "2021-Q1", r.at(1).code, exact(20));
    table.set_value("x", "2021-Q1", r.at(2).code, exact(20));
    table.set_value("x", "2021-Q1", r.at(3).code, exact(10));
    table.set_value("x", "2021-Q1", r.at(4).code, bound(std::nullopt, 25.0, false));
    StatedValue flag;
    flag.kind = ValueKind::flag;
    table.set_value("x", "2021-Q1", r.at(5).code, flag);
  }
  std::map<std::size_t, std::pair<int, int>> ranks() const {
    const Ranking rk = rank_districts(project.registry, table, "x", "2021-Q1");
    std::map<std::size_t, std::pair<int, int>> out;
    for (const RankedDistrict& d : rk.ranked) out[d.district] = {d.rank_min, d.rank_max};
    return out;
  }
};

TEST(Ranking, TiesShareARankAndBoundsGetARange) {
  const SmallTable t(Polarity::higher_is_better);
  const auto ranks = t.ranks();
  ASSERT_EQ(ranks.size(), 5u);
  EXPECT_EQ(ranks.at(0), std::make_pair(1, 1));  // 30
  EXPECT_EQ(ranks.at(1), std::make_pair(2, 3));  // 20, tied, and "< 25" may be above
  EXPECT_EQ(ranks.at(2), std::make_pair(2, 3));
  EXPECT_EQ(ranks.at(3), std::make_pair(4, 5));  // 10: 30 and the two 20s are surely above, "< 25" may be
  EXPECT_EQ(ranks.at(4), std::make_pair(2, 5));  // "< 25": below 30 for sure, may be below all
}

TEST(Ranking, LowerIsBetterRanksTheSmallestFirst) {
  const SmallTable t(Polarity::lower_is_better);
  const auto ranks = t.ranks();
  EXPECT_EQ(ranks.at(3), std::make_pair(1, 2));  // 10, and "< 25" could be lower
  EXPECT_EQ(ranks.at(0), std::make_pair(5, 5));  // 30 is the worst
  EXPECT_EQ(ranks.at(4), std::make_pair(1, 4));
}

TEST(Ranking, FlagsAndMissingFiguresAreKeptApart) {
  const SmallTable t(Polarity::higher_is_better);
  const Ranking rk = rank_districts(t.project.registry, t.table, "x", "2021-Q1");
  ASSERT_EQ(rk.unranked.size(), 1u);
  EXPECT_EQ(rk.unranked[0].district, 5u);
  EXPECT_EQ(rk.no_data.size(), t.project.registry.size() - 6);
  EXPECT_EQ(rk.ranked.front().district, 0u);  // best first
}

TEST(Ranking, AnEstimateIsUnrankedAndNotCompared) {
  SmallTable t(Polarity::higher_is_better);
  StatedValue estimate;  // "khoảng 100": one district's own estimate, shared by no group
  estimate.kind = ValueKind::approximate;
  estimate.value = 100;
  ASSERT_FALSE(estimate.is_shared());
  t.table.set_value("x", "2021-Q1", t.project.registry.at(6).code, estimate);
  const Ranking rk = rank_districts(t.project.registry, t.table, "x", "2021-Q1");
  ASSERT_EQ(rk.unranked.size(), 2u);
  EXPECT_EQ(rk.unranked[1].district, 6u);
  EXPECT_EQ(rk.unranked[1].rank_min, 0);
  EXPECT_EQ(rk.ranked.size(), 5u);
  EXPECT_EQ(t.ranks(), SmallTable(Polarity::higher_is_better).ranks());  // 100 pushed no one down
  const ProvinceReference p = province(15.8);
  EXPECT_EQ(compare_with_reference(&estimate, &p, Polarity::higher_is_better), Comparison::cannot_tell);
  EXPECT_STREQ(tr(Lang::en, Msg::unranked_group), "Named, categorised, estimates or shared by a group (not ranked)");
}

TEST(Ranking, UnknownIdsAreRefusedInTheChosenLanguage) {
  const SmallTable t(Polarity::higher_is_better);
  try {
    rank_districts(t.project.registry, t.table, "nope", "2021-Q1", Lang::vi);
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("không có chỉ tiêu 'nope'; các chỉ tiêu: x"), std::string::npos);
  }
  EXPECT_THROW(rank_districts(t.project.registry, t.table, "x", "2031-Q1", Lang::en), UsageError);
}

}  // namespace
}  // namespace hgm
