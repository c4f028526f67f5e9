// The change between two periods: exact − exact, bounds, intervals, estimates, missing and
// not comparable figures, worked by hand from the report's Q1 budget revenue figures and a
// second period the test writes; and the change map drawn from it (colours around 0, ranges
// hatched, the legend saying what is subtracted from what).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/compare/change.h"
#include "core/data/indicator_csv.h"
#include "core/errors.h"
#include "core/views/change_view.h"
#include "project_tables.h"

namespace hgm {
namespace {

// Q1 (the report): Xín Mần 47,4; Đồng Văn 24,9; Vị Xuyên 21,7; Quản Bạ 11,5; Mèo Vạc 8,6;
// Yên Minh, Bắc Mê, Hoàng Su Phì, Bắc Quang, Quang Bình "không trên 15,8%"; the city none.
constexpr const char* kHeader =
    "indicator,period,code,district,kind,value,lower,lower_inclusive,upper,upper_inclusive,label,stated,display,"
    "document,section,quote,inferred_from,inferred_from_vi,label_en\n";
constexpr const char* kSecondPeriod =
    "budget_revenue_attainment,2021-Q2,024,TP Hà Giang,exact,30,,,,,,\"30%\",,q2.csv,,TP 30%,,,\n"
    "budget_revenue_attainment,2021-Q2,026,Đồng Văn,at_least,,30,no,,,,trên 30%,,q2.csv,,Đồng Văn trên 30%,,,\n"
    "budget_revenue_attainment,2021-Q2,027,Mèo Vạc,approximate,10,,,,,,khoảng 10%,,q2.csv,,Mèo Vạc khoảng 10%,,,\n"
    "budget_revenue_attainment,2021-Q2,028,Yên Minh,exact,20.1,,,,,,\"20,1%\",,q2.csv,,\"Yên Minh 20,1%\",,,\n"
    "budget_revenue_attainment,2021-Q2,029,Quản Bạ,interval,,10,yes,12,yes,,10% đến 12%,,q2.csv,,Quản Bạ 10–12%,,,\n"
    "budget_revenue_attainment,2021-Q2,030,Vị Xuyên,exact,19,,,,,,19%,,q2.csv,q2.csv:7,,,,\n"  // a table: no quote
    "budget_revenue_attainment,2021-Q2,031,Bắc Mê,interval,,10,yes,12,no,,từ 10% đến dưới 12%,,q2.csv,,Bắc Mê,,,\n"
    "budget_revenue_attainment,2021-Q2,032,Hoàng Su Phì,at_most,,,,20,yes,,không quá 20%,,q2.csv,,HSP,,,\n"
    "budget_revenue_attainment,2021-Q2,033,Xín Mần,exact,50.2,,,,,,\"50,2%\",,q2.csv,,\"Xín Mần 50,2%\",,,\n"
    "budget_revenue_attainment,2021-Q2,035,Quang Bình,flag,,,,,,thu thấp,thu thấp,,q2.csv,,Quang Bình,,,low revenue\n";
constexpr const char* kSecondReference =
    "indicator,period,value,stated,definition_vi,definition_en,document,section,quote\n"
    "budget_revenue_attainment,2021-Q2,30,30%,Toàn tỉnh,Province,q2.csv,,toàn tỉnh 30%\n";

struct TwoPeriods : test::ProjectTables {
  TwoPeriods() {
    parse_district_values(std::string(kHeader) + kSecondPeriod, "q2.csv", registry, table);
    parse_province_references(kSecondReference, "q2-ref.csv", table);
  }
  const DistrictChange& of(const IndicatorChange& c, const std::string& code) const {
    return c.districts.at(*registry.find_code(code));
  }
};

TEST(Change, EachKindOfDifferenceAsWorkedByHand) {
  const TwoPeriods t;
  const IndicatorChange c = compute_change(t.registry, t.table, "budget_revenue_attainment", "2021-Q1", "2021-Q2");
  EXPECT_EQ(c.unit, "điểm %");
  ASSERT_TRUE(c.province);
  EXPECT_DOUBLE_EQ(*c.province, 14.2);  // 30 − 15,8
  EXPECT_EQ(c.province_text, "+14,2 điểm %");

  // exact − exact: 50,2 − 47,4; 19 − 21,7 (a fall).
  const DistrictChange& xin_man = t.of(c, "033");
  EXPECT_EQ(xin_man.kind, ChangeKind::exact);
  EXPECT_DOUBLE_EQ(xin_man.span.lo, 2.8);
  EXPECT_EQ(xin_man.text, "+2,8 điểm %");
  EXPECT_EQ(t.of(c, "030").text, "−2,7 điểm %");

  // exact − bound: 20,1 − "≤ 15,8" is at least +4,3, reached (both ends may be taken).
  const DistrictChange& yen_minh = t.of(c, "028");
  EXPECT_EQ(yen_minh.kind, ChangeKind::at_least);
  EXPECT_DOUBLE_EQ(yen_minh.span.lo, 4.3);
  EXPECT_TRUE(yen_minh.span.lo_included);
  EXPECT_TRUE(std::isinf(yen_minh.span.hi));
  EXPECT_EQ(yen_minh.text, "≥ +4,3 điểm %");

  // bound − exact: "trên 30%" − 24,9 is more than +5,1, never exactly.
  const DistrictChange& dong_van = t.of(c, "026");
  EXPECT_EQ(dong_van.kind, ChangeKind::at_least);
  EXPECT_DOUBLE_EQ(dong_van.span.lo, 5.1);
  EXPECT_FALSE(dong_van.span.lo_included);
  EXPECT_EQ(dong_van.text, "> +5,1 điểm %");

  // interval − exact: [10; 12] − 11,5 is between −1,5 and +0,5.
  const DistrictChange& quan_ba = t.of(c, "029");
  EXPECT_EQ(quan_ba.kind, ChangeKind::interval);
  EXPECT_DOUBLE_EQ(quan_ba.span.lo, -1.5);
  EXPECT_DOUBLE_EQ(quan_ba.span.hi, 0.5);
  EXPECT_EQ(quan_ba.text, "−1,5 đến +0,5 điểm %");

  // interval − bound: [10; 12) − "≤ 15,8" is at least 10 − 15,8 = −5,8; no upper end.
  const DistrictChange& bac_me = t.of(c, "031");
  EXPECT_EQ(bac_me.kind, ChangeKind::at_least);
  EXPECT_DOUBLE_EQ(bac_me.span.lo, -5.8);
  EXPECT_TRUE(bac_me.span.lo_included);
  EXPECT_EQ(bac_me.text, "≥ −5,8 điểm %");

  // bound − bound on the same side: any change is possible.
  EXPECT_EQ(t.of(c, "032").kind, ChangeKind::unbounded);
  EXPECT_FALSE(t.of(c, "032").is_numeric());

  // An estimate stays an estimate: "khoảng 10%" − 8,6.
  const DistrictChange& meo_vac = t.of(c, "027");
  EXPECT_EQ(meo_vac.kind, ChangeKind::approximate);
  EXPECT_DOUBLE_EQ(meo_vac.span.lo, 1.4);
  EXPECT_EQ(meo_vac.text, "≈ +1,4 điểm %");

  // Missing in either period: no data, saying which period lacks it.
  EXPECT_EQ(t.of(c, "024").kind, ChangeKind::no_data);  // none in Q1
  EXPECT_NE(t.of(c, "024").text.find("Quý I/2021"), std::string::npos) << t.of(c, "024").text;
  EXPECT_EQ(t.of(c, "034").kind, ChangeKind::no_data);  // none in Q2
  EXPECT_NE(t.of(c, "034").text.find("Quý II/2021"), std::string::npos) << t.of(c, "034").text;

  // A flag is no figure of the district's own.
  EXPECT_EQ(t.of(c, "035").kind, ChangeKind::not_comparable);
}

TEST(Change, EnglishSaysPercentagePointsWithSigns) {
  const TwoPeriods t;
  const IndicatorChange c =
      compute_change(t.registry, t.table, "budget_revenue_attainment", "2021-Q1", "2021-Q2", Lang::en);
  EXPECT_EQ(c.unit, "percentage points");
  EXPECT_EQ(t.of(c, "028").text, "≥ +4.3 percentage points");
  EXPECT_EQ(t.of(c, "029").text, "−1.5 to +0.5 percentage points");
  // The other way round the signs turn: Q1 − Q2.
  const IndicatorChange back =
      compute_change(t.registry, t.table, "budget_revenue_attainment", "2021-Q2", "2021-Q1", Lang::en);
  EXPECT_EQ(t.of(back, "028").text, "≤ −4.3 percentage points");
  EXPECT_EQ(t.of(back, "033").text, "−2.8 percentage points");
}

TEST(Change, AnEstimateAgainstABoundIsAnApproximateBound) {
  const test::ProjectTables base;
  IndicatorTable table;
  Indicator ind;
  ind.id = "x";
  ind.unit = ind.unit_en = "tấn";
  table.add_indicator(ind);
  table.add_period("2021-Q1");
  table.add_period("2021-Q2");
  StatedValue below;
  below.kind = ValueKind::at_most;
  below.upper = 100;
  below.upper_inclusive = true;
  StatedValue about;
  about.kind = ValueKind::approximate;
  about.value = 130;
  table.set_value("x", "2021-Q1", "026", below);
  table.set_value("x", "2021-Q2", "026", about);
  const IndicatorChange c = compute_change(base.registry, table, "x", "2021-Q1", "2021-Q2");
  const DistrictChange& d = c.districts.at(*base.registry.find_code("026"));
  EXPECT_EQ(c.unit, "tấn");
  EXPECT_EQ(d.kind, ChangeKind::approximate);
  EXPECT_DOUBLE_EQ(d.span.lo, 30);
  EXPECT_EQ(d.text, "≥ ≈ +30 tấn");
  EXPECT_FALSE(c.province);
}

TEST(Change, RefusesTheSamePeriodAndUnknownNames) {
  const TwoPeriods t;
  EXPECT_THROW(compute_change(t.registry, t.table, "budget_revenue_attainment", "2021-Q1", "2021-Q1"), UsageError);
  EXPECT_THROW(compute_change(t.registry, t.table, "budget_revenue_attainment", "2021-Q1", "2030-Q4"), UsageError);
  EXPECT_THROW(compute_change(t.registry, t.table, "no_such", "2021-Q1", "2021-Q2"), UsageError);
}

bool bluish(Color c) { return c.b > c.r + 40; }
bool reddish(Color c) { return c.r > c.b + 40; }

TEST(ChangeMap, DivergesAroundZeroWithTheIndicatorsPolarityAndHatchesRanges) {
  TwoPeriods t;
  MapInputs inputs;
  inputs.data.registry = t.registry;
  inputs.data.table = t.table;
  MapSpec spec;
  spec.view = ViewKind::change;
  spec.indicator = "budget_revenue_attainment";
  spec.period = "2021-Q1";
  spec.compared_period = "2021-Q2";
  const auto p = make_change_picture(inputs, inputs.data.table, spec);
  const Choropleth& c = p->choropleth;
  const auto shading = [&](const std::string& code) -> const DistrictShading& {
    return c.districts.at(*t.registry.find_code(code));
  };
  EXPECT_EQ(c.palette, "RdBu");
  EXPECT_TRUE(c.centered_on_reference);
  EXPECT_DOUBLE_EQ(c.classes.center, 0);
  // Higher is better: the rise blue, the fall red, both solid.
  EXPECT_EQ(shading("033").style.pattern, FillPattern::solid);
  EXPECT_TRUE(bluish(shading("033").style.fill)) << "+2,8";
  EXPECT_TRUE(reddish(shading("030").style.fill)) << "−2,7";
  // Ranges hatched; the estimate hatched in a colour of its own; missing is no data.
  EXPECT_EQ(shading("028").style.pattern, FillPattern::hatch);
  EXPECT_EQ(shading("029").style.pattern, FillPattern::hatch);
  EXPECT_EQ(shading("027").style.pattern, FillPattern::hatch);
  EXPECT_EQ(shading("024").style.pattern, FillPattern::no_data);
  EXPECT_EQ(shading("034").style.pattern, FillPattern::no_data);
  EXPECT_NE(shading("032").style.pattern, FillPattern::no_data) << "both periods have figures";
  EXPECT_EQ(shading("028").value_text, "≥ +4,3 điểm %");
  // The hover's words: both periods', a table's figure (no quote) by what it stated and where.
  const std::string& hover = shading("030").value->provenance.quote;
  EXPECT_EQ(hover.substr(hover.size() - std::string(" → 19% (q2.csv:7)").size()), " → 19% (q2.csv:7)") << hover;

  const Legend& legend = c.legend;
  EXPECT_EQ(legend.title, "Quý II/2021 − Quý I/2021 (điểm %)");
  const auto has_note = [&](const std::string& words) {
    return std::any_of(legend.notes.begin(), legend.notes.end(),
                       [&](const std::string& n) { return n.find(words) != std::string::npos; });
  };
  EXPECT_TRUE(has_note("Toàn tỉnh: +14,2 điểm %"));
  EXPECT_TRUE(has_note("xanh là tăng"));
  EXPECT_FALSE(has_note("Toàn tỉnh: 0"));
  std::map<std::string, std::string> counts;
  for (const LegendEntry& e : legend.entries) counts[e.label] = e.count_label;
  EXPECT_EQ(counts["≥ +4,3"], "1 huyện/TP");  // the unit is in the title
  EXPECT_EQ(counts["Không có số liệu"], "2 huyện/TP");
  EXPECT_EQ(counts["Không so sánh được"], "1 huyện/TP");
  EXPECT_EQ(counts["Không xác định được (cả hai kỳ chỉ có cận)"], "1 huyện/TP");
  EXPECT_EQ(p->scene.subtitle, "Thay đổi từ Quý I/2021 đến Quý II/2021");
  EXPECT_NE(p->scene.source_line.find("q2.csv"), std::string::npos) << p->scene.source_line;

  // Lower is better: the same rise is red.
  IndicatorTable flipped;
  for (Indicator ind : t.table.indicators()) {
    if (ind.id == "budget_revenue_attainment") ind.polarity = Polarity::lower_is_better;
    flipped.add_indicator(ind);
  }
  for (const std::string& period : t.table.periods()) flipped.add_period(period);
  for (const District& d : t.registry.districts())
    for (const char* period : {"2021-Q1", "2021-Q2"})
      if (const StatedValue* v = t.table.find("budget_revenue_attainment", period, d.code))
        flipped.set_value("budget_revenue_attainment", period, d.code, *v);
  const auto q = make_change_picture(inputs, flipped, spec);
  EXPECT_TRUE(reddish(q->choropleth.districts.at(*t.registry.find_code("033")).style.fill));
  EXPECT_TRUE(bluish(q->choropleth.districts.at(*t.registry.find_code("030")).style.fill));

  spec.compared_period.clear();
  EXPECT_THROW(make_change_picture(inputs, inputs.data.table, spec), UsageError);
}

}  // namespace
}  // namespace hgm
