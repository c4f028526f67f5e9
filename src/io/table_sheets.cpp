#include "io/table_sheets.h"

#include <ogrsf_frmts.h>

#include <algorithm>

#include "core/data/table_import.h"
#include "core/errors.h"
#include "core/text/text_fold.h"
#include "core/text/text_join.h"
#include "io/io_text.h"

namespace hgm::io {

namespace {

bool has_district_column(OGRLayer& layer) {
  const OGRFeatureDefn* defn = layer.GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    if (is_district_header(defn->GetFieldDefn(i)->GetNameRef())) return true;
  return false;
}

std::vector<std::string> quoted(const std::vector<std::string>& names) {
  std::vector<std::string> q;
  for (const std::string& n : names) q.push_back("'" + n + "'");
  return q;
}

}  // namespace

ChosenSheet choose_sheet(GDALDataset& ds, const std::string& path, const std::string& wanted, Lang lang) {
  ChosenSheet chosen;
  for (int i = 0; i < ds.GetLayerCount(); ++i) chosen.names.emplace_back(ds.GetLayer(i)->GetName());
  if (chosen.names.empty()) throw DataError(io_message(lang, IoText::table_no_sheet, {{"path", path}}));
  const bool csv = ds.GetDriver() && std::string(ds.GetDriver()->GetDescription()) == "CSV";
  // Ignoring the name would load the CSV as if the sheet asked for had been found.
  if (csv && !wanted.empty())
    throw UsageError(io_message(lang, IoText::table_csv_no_sheets, {{"path", path}, {"sheet", wanted}}));
  if (csv || (wanted.empty() && chosen.names.size() == 1)) {
    chosen.layer = ds.GetLayer(0);
    return chosen;
  }
  if (!wanted.empty()) {
    auto it = std::find(chosen.names.begin(), chosen.names.end(), wanted);
    if (it == chosen.names.end())
      it = std::find_if(chosen.names.begin(), chosen.names.end(),
                        [&](const std::string& n) { return fold_for_matching(n) == fold_for_matching(wanted); });
    if (it == chosen.names.end())
      throw UsageError(io_message(lang, IoText::table_no_such_sheet,
                                  {{"path", path}, {"sheet", wanted}, {"sheets", join(quoted(chosen.names))}}));
    chosen.layer = ds.GetLayer(static_cast<int>(it - chosen.names.begin()));
    return chosen;
  }
  for (int i = 0; i < ds.GetLayerCount(); ++i)
    if (has_district_column(*ds.GetLayer(i))) {
      chosen.layer = ds.GetLayer(i);
      chosen.picked = true;
      return chosen;
    }
  throw DataError(io_message(lang, IoText::table_no_district_sheet, {{"path", path}, {"sheets", join(quoted(chosen.names))}}));
}

}  // namespace hgm::io
