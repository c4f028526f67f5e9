#include <gtest/gtest.h>

#include <cmath>

#include "core/thematic/classify.h"
#include "core/errors.h"

namespace hgm {
namespace {

TEST(Classify, NaturalBreaksOnTheReportValues) {
  // Budget revenue attainment 2021-Q1, the five districts stated exactly.
  const Classes c = classify({47.4, 24.9, 21.7, 8.6, 11.5}, ClassMethod::natural_breaks, 3);
  EXPECT_EQ(c.upper, (std::vector<double>{11.5, 24.9, 47.4}));
  EXPECT_EQ(c.counts, (std::vector<int>{2, 2, 1}));
  EXPECT_DOUBLE_EQ(c.min, 8.6);
  EXPECT_EQ(c.class_of(8.6), 0);
  EXPECT_EQ(c.class_of(11.5), 0);  // upper limits are inclusive
  EXPECT_EQ(c.class_of(11.6), 1);
  EXPECT_EQ(c.class_of(47.4), 2);
  EXPECT_EQ(c.class_of(50), -1);
  EXPECT_EQ(c.class_of(1), -1);
}

TEST(Classify, FisherJenksKnownOptimum) {
  // Hand-checked: the best 3-way split of these values has SSD 2+2+2.
  const std::vector<double> v{1, 2, 3, 10, 11, 12, 20, 21, 22};
  EXPECT_EQ(fisher_jenks_groups(v, 3), (std::vector<std::size_t>{3, 6, 9}));
  const Classes c = classify({22, 1, 11, 3, 20, 2, 12, 10, 21}, ClassMethod::natural_breaks, 3);
  EXPECT_EQ(c.upper, (std::vector<double>{3, 12, 22}));
}

TEST(Classify, NaturalBreaksAreDeterministic) {
  const std::vector<double> v{5, 5, 5, 5, 1, 9, 9, 3, 7, 7};
  const Classes a = classify(v, ClassMethod::natural_breaks, 3);
  for (int i = 0; i < 20; ++i) EXPECT_EQ(classify(v, ClassMethod::natural_breaks, 3).upper, a.upper);
}

TEST(Classify, FewerDistinctValuesThanClassesSaysSo) {
  const Classes c = classify({3, 3, 7}, ClassMethod::quantile, 5);
  EXPECT_EQ(c.upper, (std::vector<double>{3, 7}));
  EXPECT_EQ(c.counts, (std::vector<int>{2, 1}));
  EXPECT_EQ(c.adjustment, Classes::Adjustment::one_class_per_value);
  EXPECT_EQ(c.requested, 5);
}

TEST(Classify, EqualIntervalAndQuantile) {
  const Classes e = classify({0, 1, 2, 3, 4, 10}, ClassMethod::equal_interval, 2);
  EXPECT_EQ(e.upper, (std::vector<double>{5, 10}));
  EXPECT_EQ(e.counts, (std::vector<int>{5, 1}));
  const Classes q = classify({1, 2, 3, 4, 5, 6}, ClassMethod::quantile, 3);
  EXPECT_EQ(q.upper, (std::vector<double>{2, 4, 6}));
}

TEST(Classify, QuantileTiesAcrossABoundaryDoNotMakeEmptyClasses) {
  const Classes q = classify({1, 2, 2, 2, 2, 3, 4}, ClassMethod::quantile, 3);
  for (int count : q.counts) EXPECT_GT(count, 0);
  EXPECT_EQ(q.adjustment, Classes::Adjustment::merged_tied_quantiles);
}

TEST(Classify, IgnoresNonFiniteValues) {
  const Classes c = classify({1, std::nan(""), 2, INFINITY}, ClassMethod::natural_breaks, 2);
  EXPECT_EQ(c.upper, (std::vector<double>{1, 2}));
  EXPECT_TRUE(classify({}, ClassMethod::natural_breaks, 3).upper.empty());
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

TEST(Classify, StandardDeviationClassesAroundACentre) {
  // Values 10, 20, 30: mean 20, population sd = sqrt(200/3) = 8.1650.
  ClassifyOptions o;
  o.method = ClassMethod::std_dev;
  o.classes = 4;  // even: a break at the centre, then one sd either side
  const Classes c = classify({10, 20, 30}, o);
  const double sd = std::sqrt(200.0 / 3);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_NEAR(c.std_dev, sd, 1e-12);
  EXPECT_NEAR(c.center, 20, 1e-12);
  EXPECT_NEAR(c.upper[0], 20 - sd, 1e-12);
  EXPECT_NEAR(c.upper[1], 20, 1e-12);
  EXPECT_NEAR(c.upper[2], 20 + sd, 1e-12);
  EXPECT_TRUE(c.open_below && c.open_above);
  EXPECT_EQ(c.counts, (std::vector<int>{1, 1, 0, 1}));
  // Centred on a reference instead of the mean, odd classes straddle it.
  o.center = 15.8;
  o.classes = 3;
  const Classes r = classify({10, 20, 30}, o);
  EXPECT_NEAR(r.upper[0], 15.8 - sd / 2, 1e-12);
  EXPECT_NEAR(r.upper[1], 15.8 + sd / 2, 1e-12);
  EXPECT_EQ(r.class_of(-1000), 0);  // open ends reach infinity
  EXPECT_EQ(r.class_of(1000), 2);
}

TEST(Classify, ManualAndUniqueClasses) {
  ClassifyOptions o;
  o.method = ClassMethod::manual;
  o.manual_breaks = {10, 15.8, 30};
  const Classes m = classify({8.6, 11.5, 21.7, 24.9, 47.4}, o);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m.counts, (std::vector<int>{1, 1, 2, 1}));
  EXPECT_EQ(m.class_of(10), 0);  // a limit belongs to the class below it
  EXPECT_EQ(m.class_of(10.0001), 1);
  o.manual_breaks = {30, 10};
  EXPECT_THROW(classify({1, 2}, o), UsageError);
  o.lang = Lang::vi;
  try {
    classify({1, 2}, o);
    ADD_FAILURE() << "falling breaks were accepted";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("tăng dần"), std::string::npos);
  }
  ClassifyOptions u;
  u.method = ClassMethod::unique;
  const Classes q = classify({3, 1, 3, 2}, u);
  EXPECT_EQ(q.upper, (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(q.counts, (std::vector<int>{1, 1, 2}));
}

TEST(Classify, EveryMethodIsListedOnceAndReadsBackByItsId) {
  const std::vector<ClassMethod>& all = all_class_methods();
  EXPECT_EQ(all.size(), 6u);
  EXPECT_EQ(all.front(), ClassMethod::natural_breaks);  // the default is named first
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(parse_class_method(class_method_id(all[i])), all[i]) << class_method_id(all[i]);
    for (std::size_t j = 0; j < i; ++j) EXPECT_NE(all[i], all[j]);
  }
}

}  // namespace
}  // namespace hgm
