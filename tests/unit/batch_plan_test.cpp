// plan_batch: which maps a batch draws, in what order, under which file names, and what
// it refuses before anything is drawn.
#include "core/spec/batch_plan.h"

#include <gtest/gtest.h>

#include "core/errors.h"

namespace hgm {
namespace {

// Two periods; "a" has figures in both, "b" only in Q1 (a district), "c" only in Q2 (the
// province figure alone). What the figures are does not matter to a plan.
IndicatorTable two_periods() {
  IndicatorTable table;
  for (const char* id : {"a", "b", "c"}) {
    Indicator indicator;
    indicator.id = id;
    table.add_indicator(indicator);
  }
  table.add_period("2021-Q1");
  table.add_period("2021-Q2");
  table.set_value("a", "2021-Q1", "024", StatedValue{});
  table.set_value("a", "2021-Q2", "024", StatedValue{});
  table.set_value("b", "2021-Q1", "026", StatedValue{});
  ProvinceReference province;
  province.value = 4;
  table.set_reference("c", "2021-Q2", province);
  return table;
}

std::vector<std::string> names(const BatchPlan& plan) {
  std::vector<std::string> out;
  for (const BatchItem& item : plan.items) out.push_back(item.file_name);
  return out;
}

TEST(BatchPlan, AllPassesOverIndicatorsWithoutFiguresAndSaysSo) {
  MapSpec base;
  base.lang = Lang::en;
  const BatchPlan plan = plan_batch(base, {{"all"}, {"all"}}, two_periods());
  EXPECT_EQ(names(plan), (std::vector<std::string>{"a_2021-Q1.png", "b_2021-Q1.png", "a_2021-Q2.png", "c_2021-Q2.png"}));
  EXPECT_EQ(plan.skipped, (std::vector<std::string>{"skipped c (2021-Q1): no figures", "skipped b (2021-Q2): no figures"}));
  EXPECT_EQ(plan.items[3].spec.indicator, "c");
  EXPECT_EQ(plan.items[3].spec.period, "2021-Q2");
  EXPECT_EQ(plan.items[3].spec.lang, Lang::en);  // the rest of the spec is the base's
}

TEST(BatchPlan, NamedIndicatorsAreDrawnEvenWithoutFigures) {
  MapSpec base;
  base.period = "2021-Q2";
  BatchRequest request{{"b", "a"}, {}, "{lang}-{indicator}.{ext}", "svg"};
  EXPECT_EQ(names(plan_batch(base, request, two_periods())), (std::vector<std::string>{"vi-b.svg", "vi-a.svg"}));
}

TEST(BatchPlan, RefusesBeforeDrawingAnything) {
  MapSpec base;
  base.lang = Lang::en;
  const IndicatorTable table = two_periods();
  EXPECT_THROW(plan_batch(base, {{"a", "zzz"}, {}}, table), UsageError);
  EXPECT_THROW(plan_batch(base, {{"a"}, {"2021-Q3"}}, table), UsageError);
  // "a.png" twice: "a" has figures in both periods.
  EXPECT_THROW(plan_batch(base, {{"all"}, {"all"}, "{indicator}.png"}, table), UsageError);
  EXPECT_THROW(plan_batch(base, {{"all"}, {}, "out/{indicator}.png"}, table), UsageError);
  try {
    plan_batch(base, {{"all"}, {"all"}, "map.{ext}"}, table);
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(),
                 "the name pattern 'map.{ext}' gives two maps the same name 'map.png'; put {indicator} and {period} in it");
  }
  IndicatorTable empty;
  empty.add_period("2021-Q1");
  Indicator lonely;
  lonely.id = "a";
  empty.add_indicator(lonely);
  EXPECT_THROW(plan_batch(base, {{"all"}, {}}, empty), UsageError);
}

TEST(BatchPlan, OnlyAllOrACommaListNamesABatch) {
  EXPECT_TRUE(names_a_batch("all"));
  EXPECT_TRUE(names_a_batch("a,b"));
  EXPECT_FALSE(names_a_batch("budget_revenue_attainment"));
  EXPECT_FALSE(names_a_batch("All"));
}

}  // namespace
}  // namespace hgm
