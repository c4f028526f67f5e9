// The Q1/2021 report's figures as the report states them (issue 9, part A): who a count
// of huyện covers, a clause closed by a parenthesis, estimates, and stated vs inferred.
#include <gtest/gtest.h>

#include "core/data/inference_rule.h"
#include "core/errors.h"
#include "core/thematic/choropleth.h"
#include "project_tables.h"

namespace hgm {
namespace {

ChoroplethOptions opts(const std::string& indicator, Lang lang = Lang::vi) {
  ChoroplethOptions o;
  o.indicator = indicator;
  o.period = "2021-Q1";
  o.lang = lang;
  return o;
}

const LegendEntry* entry_labelled(const Legend& legend, const std::string& label) {
  for (const LegendEntry& e : legend.entries)
    if (e.label == label) return &e;
  return nullptr;
}

TEST(ReportFidelity, ThreeHuyenAboveTheAverageSayNothingAboutTheCity) {
  const test::ProjectTables p;
  EXPECT_EQ(p.table.find("budget_revenue_attainment", "2021-Q1", "024"), nullptr);  // the city: no data
  const Choropleth c = build_choropleth(p.registry, p.table, opts("budget_revenue_attainment"));
  const DistrictShading& city = c.districts.at(*p.registry.find_code("024"));
  EXPECT_EQ(city.style.pattern, FillPattern::no_data);
  const LegendEntry* bound = entry_labelled(c.legend, "không trên 15,8% (suy ra)");
  ASSERT_NE(bound, nullptr);
  EXPECT_EQ(bound->count_label, "5 huyện/TP");  // the five other huyện, not the city
  const Choropleth en = build_choropleth(p.registry, p.table, opts("budget_revenue_attainment", Lang::en));
  const LegendEntry* bound_en = entry_labelled(en.legend, "at most 15.8% (inferred)");
  ASSERT_NE(bound_en, nullptr);
  EXPECT_EQ(bound_en->count_label, "5 units");
}

TEST(InferenceRule, ACountOfHuyenNeverCoversTheCity) {
  const test::ProjectTables p;
  const District& city = p.registry.at(*p.registry.find_code("024"));
  const District& bac_me = p.registry.at(*p.registry.find_code("031"));
  ASSERT_EQ(city.type_vi, "Thành phố");
  ASSERT_EQ(bac_me.type_vi, "Huyện");
  for (const char* counted : {"có 3 huyện có số thu nộp trên mức bình quân chung của tỉnh", "3/4 huyện với 07/8 xã",
                              "03 huyện Bắc Quang, Quang Bình và Vị Xuyên", "CÓ 3 HUYỆN"}) {
    EXPECT_FALSE(statement_can_cover(counted, city)) << counted;
    EXPECT_TRUE(statement_can_cover(counted, bac_me)) << counted;
  }
  for (const char* both : {"Đã có 11/11 huyện/thành phố ban hành kế hoạch", "các huyện/thành phố còn lại đều đạt dưới 51%",
                           "trở lại trường học từ ngày 22/02/2021", "tại huyện Mèo Vạc"})
    EXPECT_TRUE(statement_can_cover(both, city)) << both;
}

TEST(InferenceRule, EveryInferredRowOfTheReportFollowsIt) {
  const test::ProjectTables p;
  int inferred = 0;
  for (const District& d : p.registry.districts())
    for (const Indicator& ind : p.table.indicators())
      if (const StatedValue* v = p.table.find(ind.id, "2021-Q1", d.code); v && !v->provenance.inferred_from.empty()) {
        ++inferred;
        EXPECT_TRUE(statement_can_cover(v->provenance.quote, d)) << ind.id << " " << d.code << ": " << v->provenance.quote;
      }
  EXPECT_GE(inferred, 10);
}

TEST(InferenceRule, TheLoaderRefusesACityInferredFromACountOfHuyen) {
  const test::ProjectTables p;
  IndicatorTable table = p.table;
  const std::string csv =
      "indicator,period,code,district,kind,value,lower,lower_inclusive,upper,upper_inclusive,label,stated,display,"
      "document,section,quote,inferred_from,inferred_from_vi\n"
      "budget_revenue_attainment,2021-Q1,024,Thành phố Hà Giang,at_most,,,,15.8,yes,,\"mức bình quân chung của tỉnh\","
      "\"không trên 15,8%\",r.txt,I.5.a,\"có 3 huyện có số thu nộp trên mức bình quân chung của tỉnh\",\"only 3 above\","
      "\"chỉ 3 huyện trên mức\"\n";
  try {
    parse_district_values(csv, "values-2021-Q1.csv", p.registry, table);
    FAIL() << "a thành phố was covered by '3 huyện'";
  } catch (const DataError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("values-2021-Q1.csv:2"), std::string::npos) << msg;
    EXPECT_NE(msg.find("Thành phố Hà Giang"), std::string::npos) << msg;
    EXPECT_NE(msg.find("huyện only"), std::string::npos) << msg;
  }
}

// geodata/README.md: label needs label_en, inferred_from needs inferred_from_vi.
TEST(InferenceRule, TheLoaderRefusesAWordWithoutItsOtherLanguage) {
  const test::ProjectTables p;
  const std::string header =
      "indicator,period,code,district,kind,value,lower,lower_inclusive,upper,upper_inclusive,label,stated,display,"
      "document,section,quote,inferred_from,inferred_from_vi,label_en\n";
  // 2021-Q3: the project's own 2021-Q1 figures are in the table already (a repeat is refused).
  const std::string flag_row = "budget_revenue_attainment,2021-Q3,033,Xín Mần,flag,,,,,,Nhóm A,\"nêu tên\",,r.txt,I.5.a,q,,,";
  auto refusal = [&](const std::string& csv) {
    IndicatorTable table = p.table;
    try {
      parse_district_values(csv, "values-x.csv", p.registry, table);
    } catch (const DataError& e) {
      return std::string(e.what());
    }
    return std::string("(accepted)");
  };
  const std::string no_en = refusal(header + flag_row + "\n");
  EXPECT_EQ(no_en.rfind("values-x.csv:2: ", 0), 0u) << no_en;
  EXPECT_NE(no_en.find("'label' is filled ('Nhóm A') but 'label_en' is empty; fill column 'label_en'"),
            std::string::npos) << no_en;
  EXPECT_EQ(refusal(header + flag_row + "Group A\n"), "(accepted)");

  const std::string inferred_row = "budget_revenue_attainment,2021-Q3,033,Xín Mần,at_most,,,,15.8,yes,,\"x\",,r.txt,"
                                   "I.5.a,\"các huyện còn lại\",\"only 3 above\",";
  const std::string no_vi = refusal(header + inferred_row + ",\n");
  EXPECT_EQ(no_vi.rfind("values-x.csv:2: ", 0), 0u) << no_vi;
  EXPECT_NE(no_vi.find("'inferred_from' is filled ('only 3 above') but 'inferred_from_vi' is empty; fill column "
                       "'inferred_from_vi'"),
            std::string::npos) << no_vi;
  EXPECT_EQ(refusal(header + inferred_row + "\"chỉ 3 huyện\",\n"), "(accepted)");
}

TEST(ReportFidelity, HoangSuPhiHasAllThreeFiguresOfItsClause) {
  const test::ProjectTables p;
  const StatedValue* days = p.table.find("garden_improvement_workdays", "2021-Q1", "032");
  const StatedValue* sessions = p.table.find("garden_improvement_technical_sessions", "2021-Q1", "032");
  const StatedValue* money = p.table.find("garden_improvement_contributions", "2021-Q1", "032");
  ASSERT_TRUE(days && sessions && money);
  EXPECT_EQ(days->kind, ValueKind::at_least);  // "hơn 4.100": 4.100 itself excluded
  EXPECT_EQ(days->lower, 4100.0);
  EXPECT_FALSE(days->lower_inclusive);
  EXPECT_EQ(days->stated, "hơn 4.100 ngày công");
  EXPECT_EQ(sessions->kind, ValueKind::exact);
  EXPECT_EQ(sessions->value, 18.0);
  EXPECT_EQ(money->kind, ValueKind::at_least);
  EXPECT_EQ(money->lower, 33.0);
  EXPECT_FALSE(money->lower_inclusive);
  for (const StatedValue* v : {days, sessions, money}) {
    // The note says the attribution rests on the parenthesis, in each language.
    EXPECT_NE(v->provenance.inferred_note(Lang::vi).find("(huyện Hoàng Su Phì)"), std::string::npos) << v->stated;
    EXPECT_NE(v->provenance.inferred_note(Lang::vi).find("ngoặc"), std::string::npos) << v->stated;
    EXPECT_NE(v->provenance.inferred_note(Lang::en).find("parenthesis"), std::string::npos) << v->stated;
  }
  // Only Hoàng Su Phì: the clause names no other district.
  for (const District& d : p.registry.districts())
    if (d.code != "032") {
      EXPECT_EQ(p.table.find("garden_improvement_workdays", "2021-Q1", d.code), nullptr);
    }
}

TEST(ReportFidelity, AnEstimateIsItsOwnKindSaidWithAboutSign) {
  const test::ProjectTables p;
  const StatedValue* drop = p.table.find("orange_fruit_drop", "2021-Q1", "034");
  ASSERT_NE(drop, nullptr);
  EXPECT_EQ(drop->kind, ValueKind::approximate);
  EXPECT_EQ(drop->stated, "khoảng 4.076 tấn");
  const Choropleth c = build_choropleth(p.registry, p.table, opts("orange_fruit_drop"));
  EXPECT_EQ(c.classes.size(), 0u);  // no exact figure: no class limits at all
  const DistrictShading& bac_quang = c.districts.at(*p.registry.find_code("034"));
  EXPECT_EQ(bac_quang.value_text, "≈ 4.076 tấn (chung 2 huyện: Bắc Quang, Quang Bình)");
  EXPECT_EQ(bac_quang.style.pattern, FillPattern::hatch);
  EXPECT_EQ(bac_quang.class_index, -1);
  const LegendEntry* entry = entry_labelled(c.legend, bac_quang.value_text);
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->style, bac_quang.style);
  EXPECT_EQ(entry->count_label, "2 huyện/TP");
  const Choropleth en = build_choropleth(p.registry, p.table, opts("orange_fruit_drop", Lang::en));
  EXPECT_EQ(en.districts.at(*p.registry.find_code("035")).value_text.rfind("about 4,076 ", 0), 0u)
      << en.districts.at(*p.registry.find_code("035")).value_text;
}

TEST(ReportFidelity, AnEstimateNeverSetsAClassLimit) {
  const test::ProjectTables p;
  IndicatorTable table = p.table;
  auto exact = [](double x) {
    StatedValue v;
    v.kind = ValueKind::exact;
    v.value = x;
    return v;
  };
  table.set_value("avian_flu_vaccine_doses", "2021-Q1", "024", exact(1000));
  table.set_value("avian_flu_vaccine_doses", "2021-Q1", "026", exact(3000));
  StatedValue about;
  about.kind = ValueKind::approximate;
  about.value = 90000;
  about.stated = "khoảng 90.000 liều";
  table.set_value("avian_flu_vaccine_doses", "2021-Q1", "027", about);
  const Choropleth c = build_choropleth(p.registry, table, opts("avian_flu_vaccine_doses"));
  ASSERT_GT(c.classes.size(), 0u);
  EXPECT_LE(c.classes.upper.back(), 20000);  // 20.000 (Bắc Quang) is the largest exact figure
  const DistrictShading& meo_vac = c.districts.at(*p.registry.find_code("027"));
  EXPECT_EQ(meo_vac.class_index, -1);
  EXPECT_EQ(meo_vac.value_text, "≈ 90.000 liều");
  EXPECT_EQ(meo_vac.style.pattern, FillPattern::hatch);
  for (const Color& class_color : c.colors) EXPECT_NE(meo_vac.style.fill, class_color);
  const LegendEntry* entry = entry_labelled(c.legend, "≈ 90.000 liều");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->count_label, "1 huyện/TP");
  ASSERT_TRUE(c.legend.histogram.has_value());
  for (const auto& bar : c.legend.histogram->values) EXPECT_NE(bar.value, 90000);
}

TEST(ReportFidelity, TheEightCommunesAreInAllFourHuyen) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("ntm_communes_with_plan"));
  const DistrictShading& vi_xuyen = c.districts.at(*p.registry.find_code("030"));
  EXPECT_EQ(vi_xuyen.value->stated, "07/8 xã");
  EXPECT_NE(vi_xuyen.value_text.find("8 xã đăng ký thuộc 4 huyện"), std::string::npos) << vi_xuyen.value_text;
  EXPECT_EQ(vi_xuyen.value_text.find("chung 3 huyện"), std::string::npos) << vi_xuyen.value_text;
  const LegendEntry* entry = entry_labelled(c.legend, vi_xuyen.value_text);
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->count_label, "3 huyện/TP");
}

TEST(ReportFidelity, ABoundTheReportStatesIsNotCalledInferred) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("digital_signature_use"));
  for (const DistrictShading& s : c.districts)
    if (s.value && s.value->kind == ValueKind::at_most) {
      EXPECT_TRUE(s.value->provenance.inferred_from.empty());
    }
  const LegendEntry* bound = entry_labelled(c.legend, "dưới 51%");
  ASSERT_NE(bound, nullptr);
  EXPECT_EQ(bound->count_label, "10 huyện/TP");
  for (const LegendEntry& e : c.legend.entries) EXPECT_EQ(e.label.find("suy ra"), std::string::npos) << e.label;
}

TEST(ReportFidelity, TheDisplayPhraseIsShownAndTheReportsWordsKept) {
  const test::ProjectTables p;
  const StatedValue* bac_me = p.table.find("budget_revenue_attainment", "2021-Q1", "031");
  ASSERT_NE(bac_me, nullptr);
  EXPECT_EQ(bac_me->stated, "mức bình quân chung của tỉnh");
  EXPECT_EQ(bac_me->display, "không trên 15,8%");
  const Indicator& ind = *p.table.find_indicator("budget_revenue_attainment");
  EXPECT_EQ(value_text(*bac_me, ind, Lang::vi), "không trên 15,8%");
  const StatedValue* amount = p.table.find("orange_loan_pilot_amount", "2021-Q1", "034");
  ASSERT_NE(amount, nullptr);
  EXPECT_EQ(amount->stated, "12 tỷ đồng");
}

}  // namespace
}  // namespace hgm
